import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  ErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node'

const bin = fileURLToPath(new URL('../bin/klarsprak-language-server.js', import.meta.url))

/** An LSP client that starts the server as an editor does (`node bin/klarsprak-language-server.js --stdio`). */
export class TestClient {
  readonly connection: ProtocolConnection
  readonly child: ChildProcess
  readonly logs: string[] = []
  /** What the client answers to `workspace/configuration` for section `klarsprak`. */
  settings: Record<string, unknown> = {debounceMs: 0}
  readonly applied: unknown[] = []
  /** `window/showMessage` notifications. */
  readonly shown: string[] = []
  /** `window/showMessageRequest` requests: they wait for the user (a modal prompt in some clients). */
  readonly asked: string[] = []
  /** Every `client/registerCapability` registration the server asked for, with whether it was accepted. */
  readonly registrations: Array<{method: string; registerOptions?: unknown; accepted: boolean}> = []
  /** Which registrations to refuse (the default accepts all), as a client that does not support them. */
  refuse: (registration: {method: string; registerOptions?: unknown}) => boolean = () => false
  /** The client's capabilities; the default is a client that asks for settings and watches files. */
  capabilities: ClientCapabilities = {workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}}}
  #versions = new Map<string, number>()
  #waiters: Array<{uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void}> = []
  readonly latest = new Map<string, PublishDiagnosticsParams>()
  /** How many times diagnostics were published for each URI. */
  readonly publishes = new Map<string, number>()

  constructor() {
    this.child = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params)
      this.publishes.set(params.uri, (this.publishes.get(params.uri) ?? 0) + 1)
      this.#waiters = this.#waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || (waiter.version !== undefined && params.version !== waiter.version)) return true
        waiter.resolve(params)
        return false
      })
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => this.logs.push(params.message))
    this.connection.onNotification('window/showMessage', (params: {message: string}) => this.shown.push(params.message))
    this.connection.onRequest('window/showMessageRequest', (params: {message: string}) => {
      this.asked.push(params.message)
      return null
    })
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', (params: {registrations: Array<{method: string; registerOptions?: unknown}>}) => {
      const refused = params.registrations.some((registration) => this.refuse(registration))
      for (const registration of params.registrations) this.registrations.push({...registration, accepted: !refused})
      // As eglot answers a glob it cannot use: an error for the whole request.
      if (refused) throw new ResponseError(ErrorCodes.InvalidParams, 'unsupported registration')
      return null
    })
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.applied.push(params)
      return {applied: true}
    })
    this.connection.listen()
  }

  async initialize(folder: string | undefined): Promise<void> {
    const rootUri = folder ? pathToUri(folder) : null
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{uri: rootUri, name: 'test'}] : null,
      capabilities: this.capabilities
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
  }

  /** Wait for diagnostics of `uri` (of `version`, when given). */
  diagnostics(uri: string, version?: number, timeout = 20_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeout)
      this.#waiters.push({uri, version, resolve: (params) => {
        clearTimeout(timer)
        resolve(params)
      }})
    })
  }

  async open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    this.#versions.set(uri, 1)
    const waiting = this.diagnostics(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return (await waiting).diagnostics
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.#versions.get(uri) ?? 1) + 1
    this.#versions.set(uri, version)
    const waiting = this.diagnostics(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    return (await waiting).diagnostics
  }

  /** Tell the server the document was saved (its text unchanged). */
  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
  }

  /** Send a change without waiting for its diagnostics (it may be superseded before it is checked). */
  async send(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.#versions.get(uri) ?? 1) + 1
    this.#versions.set(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    return version
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {
      // Already gone.
    }
    this.connection.dispose()
    this.child.kill()
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href
}
