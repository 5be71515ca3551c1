import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {
  ConfigError,
  ruleUrl,
  type FileResult,
  type FileSettings,
  type Language,
  type LanguagePack
} from '@klarsprak/core'
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeResult,
  type TextEdit
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ConfigStamps} from './config-stamps.js'
import {registerCapabilities} from './registration.js'
import {warmUp} from './warm-up.js'
import {addToWordList} from './word-list.js'
import {addWordAction, addWordCommand, disableAction, fixAllKind, replacementActions} from './actions.js'
import {rangeOf, toDiagnostics} from './convert.js'
import {hoverText} from './hover.js'
import {lintHandlebars} from './handlebars.js'
import {Superseded} from './incremental.js'
import {checkerFor, kindOf, type Checker, type DocumentKind} from './route.js'
import {texts} from './texts.js'
import {defaultClientSettings, readClientSettings, Workspace, type ClientSettings} from './workspace.js'

/** Name of the custom request that returns a document's figures (words, sentences, LIX …). */
export const statsRequest = 'klarsprak/stats'
/** Server command behind the editor's "fix all" (the VS Code extension's `klarsprak.fixAll` calls it). */
export const fixAllCommand = 'klarsprak.server.fixAll'
export const rulesRequest = 'klarsprak/rules'
export const memoryRequest = 'klarsprak/memory'

/** Documents larger than this are not checked (a log line says so): checking would take seconds per change. */
const maxCharacters = 2_000_000
/** `KLARSPRAK_LS_TRACE=1`: log how long each check takes. */
const trace = process.env.KLARSPRAK_LS_TRACE === '1'

interface DocumentState {
  kind: DocumentKind
  checker: Checker
  timer?: ReturnType<typeof setTimeout>
  running?: Promise<void>
  /** A change arrived while checking: check again when done. */
  dirty: boolean
  lastStart: number
  /** The last published result, and the version it belongs to. */
  result?: FileResult
  version?: number
}

export interface StatsResult {
  uri: string
  language: Language
  words: number
  sentences: number
  longWords: number
  lix: number | null
  ovix: number | null
}

export interface ServerOptions {
  /** Language packs to check with (default: `@klarsprak/rules-sv`'s `swedish` and `@klarsprak/rules-en`'s `english`). */
  packs?: readonly LanguagePack[]
}

/** Start a Klarspråk language server on `connection` (stdio, IPC or an in-memory pair). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const states = new Map<string, DocumentState>()
  let workspace = new Workspace(undefined, defaultClientSettings, options.packs)
  let client: ClientSettings = defaultClientSettings
  let canConfigure = false
  let canWatch = false
  let canRegisterConfiguration = false
  let reportedFailures = 0
  const stamps = new ConfigStamps()
  const reportedErrors = new Set<string>()

  const log = (text: string) => connection.console.log(text)

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined
    const initial = (params.initializationOptions ?? {}) as Record<string, unknown>
    client = readClientSettings(initial.settings ?? initial)
    workspace = new Workspace(folder?.startsWith('file:') ? fileURLToPath(folder) : undefined, client, options.packs)
    canConfigure = params.capabilities.workspace?.configuration === true
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    return {
      capabilities: {
        // Saves are announced so that configs can be read again then (for clients that do not watch files).
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: true},
        hoverProvider: true,
        executeCommandProvider: {commands: [addWordCommand, fixAllCommand]}
      },
      serverInfo: {name: 'klarsprak-language-server', version: '0.1.0'}
    }
  })

  connection.onInitialized(async () => {
    await registerCapabilities(connection, {configuration: canRegisterConfiguration, watchedFiles: canWatch})
    await refreshSettings()
    await warmUp(workspace, trace ? log : undefined)
    reportConfigProblems()
  })

  /** Ask the client for its settings; when they changed, read every config again and check the open documents. */
  async function refreshSettings(): Promise<void> {
    if (!canConfigure) return
    let next: ClientSettings
    try {
      next = readClientSettings(await connection.workspace.getConfiguration('klarsprak'))
    } catch (error) {
      log(`klarsprak: could not read the client settings: ${(error as Error).message}`)
      return
    }
    if (JSON.stringify(next) === JSON.stringify(client)) return
    const onlyTiming = JSON.stringify({...next, debounceMs: 0}) === JSON.stringify({...client, debounceMs: 0})
    client = next
    if (!onlyTiming) reloadAll()
  }

  /** Read every config again and check the open documents (`only`: those documents) with the new settings. */
  function reloadAll(only?: readonly string[]): void {
    workspace.reload(client)
    stamps.clear()
    reportedErrors.clear()
    for (const document of documents.all()) {
      const state = states.get(document.uri)
      if (!state || (only && !only.includes(document.uri))) continue
      // Settings changed: every block must be checked again with the new settings.
      state.checker = checkerFor(state.kind, workspace)
      schedule(document, true)
    }
  }

  function pathOf(uri: string): string {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri)
      } catch {
        // Fall through: an odd file URI is checked like an unsaved document.
      }
    }
    const name = basename(decodeURIComponent(uri.replace(/^[a-z]+:/i, ''))) || 'untitled'
    return join(workspace.folder ?? process.cwd(), name)
  }

  function stateOf(document: TextDocument): DocumentState | undefined {
    let state = states.get(document.uri)
    if (!state) {
      const kind = kindOf(document.languageId)
      if (!kind) return undefined
      state = {kind, checker: checkerFor(kind, workspace), dirty: false, lastStart: 0}
      states.set(document.uri, state)
    }
    return state
  }

  /**
   * Check soon: at once after a quiet period, otherwise when `debounceMs` have passed since the last check started.
   * A change during a check marks it dirty; the check's result is then dropped and a new one runs.
   */
  function schedule(document: TextDocument, now = false): void {
    const state = stateOf(document)
    if (!state) return
    if (state.running) {
      state.dirty = true
      return
    }
    if (state.timer) {
      if (!now) return
      clearTimeout(state.timer)
    }
    const wait = now ? 0 : Math.max(0, state.lastStart + client.debounceMs - performance.now())
    state.timer = setTimeout(() => {
      state.timer = undefined
      const current = documents.get(document.uri)
      if (current) run(current, state)
    }, wait)
  }

  function run(document: TextDocument, state: DocumentState): void {
    state.lastStart = performance.now()
    state.dirty = false
    const version = document.version
    const isCurrent = () => documents.get(document.uri)?.version === version && states.get(document.uri) === state
    state.running = check(document, state, isCurrent)
      .catch((error: unknown) => {
        if (error instanceof Superseded) return
        reportOnce(`klarsprak: checking ${document.uri} failed: ${(error as Error).stack ?? String(error)}`)
        // Nothing rather than findings at places that no longer match the text.
        if (isCurrent()) publish(document, state, undefined)
      })
      .finally(() => {
        state.running = undefined
        const latest = documents.get(document.uri)
        if (latest && states.get(document.uri) === state && (state.dirty || latest.version !== version)) schedule(latest)
      })
  }

  async function check(document: TextDocument, state: DocumentState, isCurrent: () => boolean): Promise<void> {
    if (!client.enable) {
      publish(document, state, undefined)
      return
    }
    const value = document.getText()
    if (value.length > maxCharacters) {
      reportOnce(`klarsprak: ${document.uri} has more than ${maxCharacters} characters and is not checked`)
      publish(document, state, undefined)
      return
    }
    const path = pathOf(document.uri)
    let settings: FileSettings
    try {
      settings = await workspace.settingsFor(path)
    } catch (error) {
      if (error instanceof ConfigError) workspace.problems.add(error, true)
      else reportOnce(`klarsprak: the settings for ${document.uri} could not be read: ${(error as Error).message}`)
      publish(document, state, undefined)
      return
    } finally {
      if (!stamps.tracks(document.uri)) stamps.track(document.uri, await workspace.sourcesFor(path))
      reportConfigProblems()
    }
    const started = performance.now()
    const result = await state.checker.lint(path, value, settings, isCurrent)
    reportFailures()
    if (!isCurrent()) throw new Superseded()
    const checked = performance.now()
    publish(document, state, result)
    if (trace) log(`klarsprak: ${document.uri} v${document.version}: checked in ${(checked - started).toFixed(1)} ms, published in ${(performance.now() - checked).toFixed(1)} ms`)
  }

  function publish(document: TextDocument, state: DocumentState, result: FileResult | undefined): void {
    state.result = result
    state.version = document.version
    void connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics: result ? toDiagnostics(result, document) : []})
  }

  function reportFailures(): void {
    const failures = workspace.linter.failures
    for (; reportedFailures < failures.length; reportedFailures++) {
      const failure = failures[reportedFailures]!
      connection.console.error(`klarsprak: the rule ${failure.ruleId} failed on ${failure.path} and was skipped: ${failure.error.stack ?? failure.error.message}`)
    }
  }

  function reportConfigProblems(): void {
    workspace.problems.report(connection, clientLanguage(), workspace.folder)
  }

  /**
   * On open and save: a config that changed on disk (seen by its stamp, also by clients that do not watch files)
   * is read again, and the documents that use it checked again. A document being opened is checked anyway.
   */
  function seeConfigChanges(document: TextDocument): void {
    const {files, documents: using} = stamps.changed(workspace.candidatesFor(pathOf(document.uri)))
    if (files.size > 0) reloadAll(using)
  }

  /** A message that asks nothing: a notification, since a `window/showMessageRequest` waits (modal in some clients). */
  function inform(message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Info, message})
  }

  function reportOnce(text: string): void {
    if (reportedErrors.has(text)) return
    reportedErrors.add(text)
    connection.console.error(text)
  }

  function clientLanguage(): Language {
    return client.language === 'en' ? 'en' : 'sv'
  }

  function languageOf(uri: string): Language {
    return states.get(uri)?.result?.language ?? (client.language === 'en' ? 'en' : 'sv')
  }

  /** The result for the document as it is now, waiting for a check in progress. */
  async function currentResult(document: TextDocument): Promise<FileResult | undefined> {
    const state = stateOf(document)
    if (!state) return undefined
    for (let attempt = 0; attempt < 50 && (state.running || state.timer || state.version !== document.version); attempt++) {
      if (state.running) await state.running
      else if (state.timer || state.version !== document.version) {
        schedule(document, true)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    return state.result
  }

  documents.onDidOpen(({document}) => seeConfigChanges(document))
  documents.onDidChangeContent(({document}) => schedule(document, !states.get(document.uri)?.result))
  documents.onDidSave(({document}) => seeConfigChanges(document))
  documents.onDidClose(({document}) => {
    stamps.forget(document.uri)
    const state = states.get(document.uri)
    if (state?.timer) clearTimeout(state.timer)
    states.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  // Also sent by clients without `workspace/configuration`, with the settings in `params.settings.klarsprak`.
  connection.onDidChangeConfiguration(({settings}) => {
    if (canConfigure) return refreshSettings()
    const section = (settings as {klarsprak?: unknown} | undefined)?.klarsprak
    if (section === undefined) return undefined
    client = readClientSettings(section)
    reloadAll()
    return undefined
  })
  connection.onDidChangeWatchedFiles(({changes}) => {
    if (changes.some((change) => change.uri.startsWith('file:') && workspace.affectsConfig(fileURLToPath(change.uri)))) reloadAll()
  })

  connection.onCodeAction(async ({textDocument, context}) => {
    const document = documents.get(textDocument.uri)
    const state = document && stateOf(document)
    if (!document || !state) return []
    const language = languageOf(document.uri)
    const actions: CodeAction[] = []
    const only = context.only
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'klarsprak') continue
        actions.push(...replacementActions(diagnostic, document, language))
        const addWord = addWordAction(diagnostic, document, language)
        if (addWord) actions.push(addWord)
        const disable = disableAction(diagnostic, document, state.kind, language)
        if (disable) actions.push(disable)
      }
    }
    if (wants(fixAllKind) && (only || state.result?.messages.some((message) => isSafe(message.ruleId, message.expected, state.result!.language)))) {
      actions.push({title: texts[language].fixAll, kind: fixAllKind, data: {uri: document.uri, version: document.version}})
    }
    return actions
  })

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as {uri?: string; version?: number} | undefined
    const document = data?.uri ? documents.get(data.uri) : undefined
    if (action.kind !== fixAllKind || !document) return action
    const edit = await fixAllEdit(document)
    if (edit) action.edit = {changes: {[document.uri]: [edit]}}
    return action
  })

  function isSafe(ruleId: string, expected: string[] | undefined, language: Language): boolean {
    return expected?.length === 1 && workspace.registry.get(ruleId)?.implementations[language]?.meta.fixable === 'safe'
  }

  /** One edit that replaces the text with its fixed form (core's fix passes); `undefined` when nothing changes. */
  async function fixAllEdit(document: TextDocument): Promise<TextEdit | undefined> {
    const state = stateOf(document)
    if (!state) return undefined
    const value = document.getText()
    const path = pathOf(document.uri)
    const settings = await workspace.settingsFor(path)
    let output: string | undefined
    if (state.kind === 'handlebars') {
      output = (await lintHandlebars({path, value}, workspace.linter, settings, {fix: true})).output
    } else {
      const format = state.kind === 'text' ? 'text' : state.kind
      output = (await workspace.linter.lint({path, value, format}, settings, {fix: true})).output
    }
    if (output === undefined || output === value) return undefined
    return {range: {start: {line: 0, character: 0}, end: document.positionAt(value.length)}, newText: output}
  }

  connection.onExecuteCommand(async ({command, arguments: args = []}) => {
    if (command === fixAllCommand) {
      const document = typeof args[0] === 'string' ? documents.get(args[0]) : undefined
      if (!document) return false
      const edit = await fixAllEdit(document)
      if (!edit) {
        inform(texts[languageOf(document.uri)].nothingToFix)
        return false
      }
      return (await connection.workspace.applyEdit({label: texts[languageOf(document.uri)].fixAll, edit: {changes: {[document.uri]: [edit]}}})).applied
    }
    if (command === addWordCommand && typeof args[0] === 'string' && typeof args[1] === 'string') {
      const message = await addToWordList(workspace, pathOf(args[0]), args[1], languageOf(args[0]))
      if (message) inform(message)
      reloadAll()
      return true
    }
    return undefined
  })

  connection.onHover(async ({textDocument, position}): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri)
    const state = document && stateOf(document)
    if (!document || !state?.result || state.version !== document.version) return null
    const offset = document.offsetAt(position)
    const hits = state.result.messages.filter((message) => {
      const range = rangeOf(message, document)
      const start = document.offsetAt(range.start)
      const end = document.offsetAt(range.end)
      return start <= offset && (offset < end || (start === end && offset === start))
    })
    if (hits.length === 0) return null
    const language = state.result.language
    return {
      contents: {kind: 'markdown', value: hits.map((message) => hoverText(message, language, workspace.registry)).join('\n\n---\n\n')},
      range: rangeOf(hits[0]!, document)
    }
  })

  connection.onRequest(statsRequest, async (params: {textDocument?: {uri?: string}}): Promise<StatsResult | null> => {
    const uri = params?.textDocument?.uri
    const document = uri ? documents.get(uri) : undefined
    if (!document) return null
    const result = await currentResult(document)
    if (!result) return null
    const {words, sentences, longWords, lix, ovix} = stateOf(document)!.checker.stats(result)
    return {uri: document.uri, language: result.language, words, sentences, longWords, lix, ovix}
  })

  // Every rule with its default severity and description, for an editor's rule list.
  connection.onRequest(rulesRequest, (params: {language?: string} | undefined) => {
    const language: Language = params?.language === 'en' ? 'en' : 'sv'
    return workspace.registry.all().map((rule) => ({
      id: rule.meta.id,
      defaultSeverity: rule.meta.defaultSeverity,
      description: rule.meta.description[language],
      languages: Object.keys(rule.implementations),
      url: ruleUrl(rule.meta.id)
    }))
  })

  // For the benchmark's soak mode: the server's memory, after a full garbage collection when asked.
  connection.onRequest(memoryRequest, (params: {gc?: boolean} | undefined) => {
    if (params?.gc) {
      setFlagsFromString('--expose-gc')
      ;(runInNewContext('gc') as () => void)()
    }
    return process.memoryUsage()
  })

  documents.listen(connection)
  connection.listen()
}
