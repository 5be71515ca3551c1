import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import {configKeySpan, type ConfigError, type Language} from '@klarsprak/core'
import {DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {texts} from './texts.js'

interface Problem {
  error: ConfigError
  /** The config could not be used at all (the documents it applies to are not checked), rather than a part left out. */
  fatal: boolean
}

/**
 * Config problems since the last reload, reported as diagnostics on the config files themselves and once each as a
 * non-modal message: a `window/showMessageRequest` without actions blocks some clients (headless Neovim) and asks
 * nothing.
 */
export class ConfigProblems {
  readonly #byFile = new Map<string, Problem[]>()
  /** Config files that have diagnostics in the client, so that they are cleared once fixed. */
  readonly #published = new Set<string>()
  readonly #shown = new Set<string>()
  #changed = false

  add(error: ConfigError, fatal: boolean): void {
    const problems = this.#byFile.get(error.file) ?? []
    if (problems.some((problem) => problem.error.message === error.message)) return
    problems.push({error, fatal})
    this.#byFile.set(error.file, problems)
    this.#changed = true
  }

  /** The errors found in one config file since the last reload. */
  errorsIn(file: string): readonly ConfigError[] {
    return (this.#byFile.get(file) ?? []).map((problem) => problem.error)
  }

  /** A reload reads every config again: its problems are found again (and shown again, since the file changed). */
  clear(): void {
    this.#byFile.clear()
    this.#shown.clear()
    this.#changed = true
  }

  /** Publish the config files' diagnostics and show the new problems; nothing when nothing changed. */
  report(connection: Connection, language: Language, folder: string | undefined): void {
    if (!this.#changed) return
    this.#changed = false
    for (const file of new Set([...this.#published, ...this.#byFile.keys()])) {
      const problems = this.#byFile.get(file) ?? []
      void connection.sendDiagnostics({uri: pathToFileURL(file).href, diagnostics: diagnosticsOf(file, problems, language)})
      if (problems.length > 0) this.#published.add(file)
      else this.#published.delete(file)
      const name = folder && !relative(folder, file).startsWith('..') ? relative(folder, file) : file
      for (const {error, fatal} of problems) {
        const message = texts[language].configProblem(name, error.key, reasonOf(error), fatal)
        if (this.#shown.has(message)) continue
        this.#shown.add(message)
        connection.console.log(message)
        void connection.sendNotification(ShowMessageNotification.type, {type: fatal ? MessageType.Error : MessageType.Warning, message})
      }
    }
  }
}

function diagnosticsOf(file: string, problems: Problem[], language: Language): Diagnostic[] {
  if (problems.length === 0) return []
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    // Unreadable (that is then the problem): the diagnostics go on line 1.
  }
  const document = TextDocument.create('', '', 0, text)
  return problems.map(({error, fatal}) => {
    const span = configKeySpan(text, file, error.key)
    const start = span ? document.positionAt(span.start) : {line: 0, character: 0}
    const end = span ? document.positionAt(span.end) : {line: 0, character: 0}
    return {
      range: {start, end},
      severity: DiagnosticSeverity.Error,
      source: 'klarsprak',
      code: 'config',
      message: texts[language].configDiagnostic(error.key, reasonOf(error), fatal)
    }
  })
}

/** The message without the file and key, which the texts name themselves. */
function reasonOf(error: ConfigError): string {
  const prefix = `${error.file}: ${error.key ? `\`${error.key}\`: ` : ''}`
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
}
