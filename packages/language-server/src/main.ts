import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

/** Start the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`). */
export function main(): void {
  const connection = createConnection(ProposedFeatures.all)
  startServer(connection)
}
