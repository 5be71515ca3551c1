import {configFileNames} from '@klarsprak/core'
import {DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type Connection} from 'vscode-languageserver'

/**
 * One simple glob per registration: some clients refuse brace globs such as `{a,b}` (Emacs eglot), and a refusal then
 * costs only its own registration. `*.txt` covers word lists; other word-list names are seen on open and save.
 */
export const watchedGlobs: readonly string[] = [...configFileNames.map((name) => `**/${name}`), '**/*.txt']

export interface Registrations {
  /** The client registers `workspace/didChangeConfiguration` dynamically. */
  configuration: boolean
  /** The client registers `workspace/didChangeWatchedFiles` dynamically. */
  watchedFiles: boolean
}

/**
 * Ask the client for configuration changes and file watching. Never throws: a refused registration is logged and
 * the server goes on (settings are read, the rules warmed up); configs are then also read again on open and save.
 */
export async function registerCapabilities(connection: Connection, wanted: Registrations): Promise<void> {
  const attempt = async (what: string, register: () => Promise<unknown>) => {
    try {
      await register()
    } catch (error) {
      connection.console.log(`klarsprak: the client refused to register ${what} (${(error as Error).message}); configs are read again when a document is opened or saved`)
    }
  }
  const registrations: Array<Promise<void>> = []
  if (wanted.configuration) {
    registrations.push(attempt('workspace/didChangeConfiguration', () => connection.client.register(DidChangeConfigurationNotification.type, {section: 'klarsprak'})))
  }
  if (wanted.watchedFiles) {
    for (const globPattern of watchedGlobs) {
      registrations.push(attempt(`a file watcher for ${globPattern}`, () => connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern}]})))
    }
  }
  await Promise.all(registrations)
}
