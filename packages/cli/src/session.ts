import {resolve} from 'node:path'
import {
  ConfigFinder,
  ConfigError,
  Linter,
  NestingLimitError,
  RuleRegistry,
  SettingsResolver,
  addFingerprints,
  formatOf,
  isIgnoredByConfig,
  loadConfigFile,
  languageFromTag,
  ruleUrl,
  type CliOverrides,
  type Config,
  type FileResult,
  type FileSettings,
  type Language
} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {webRules} from '@klarsprak/rules-web'
import {templateRules} from '@klarsprak/templates/rules'
import {laterExtensions, templateExtensions} from './files.js'
import type {TextEncoding} from './encoding.js'
import {readDocx} from './docx.js'
import {readTextFile} from './read.js'

/** What a session needs to know; plain data, so it can be handed to worker threads. */
export interface SessionOptions {
  cwd: string
  configPath?: string
  noConfig: boolean
  overrides: CliOverrides
  fix: boolean
}

export interface CheckedFile {
  result: FileResult
  /** Whether the file started with a byte order mark (kept when fixed text is written back). */
  bom: boolean
  /** The file's encoding, used again when fixed text is written back. */
  encoding: TextEncoding
  /** SHA-256 of the bytes that were checked; `--fix` writes only while the file on disk still holds them. */
  digest?: string
}

export function createRegistry(): RuleRegistry {
  return new RuleRegistry([swedish, english], {rules: templateRules, pageRules: webRules})
}

/** Everything needed to check files: rules, config lookup, settings and the linter, shared by all files. */
export class Session {
  readonly registry = createRegistry()
  readonly linter = new Linter(this.registry)
  readonly #finder = new ConfigFinder(this.registry)
  readonly #resolver: SettingsResolver
  #explicit: Promise<Config> | undefined

  constructor(readonly options: SessionOptions) {
    this.#resolver = new SettingsResolver(this.registry, options.overrides)
    if (options.configPath) this.#explicit = loadConfigFile(resolve(options.cwd, options.configPath), this.registry)
  }

  /** Load the config that `--config` names now, so a broken one stops the run before any file is read. */
  async ready(): Promise<void> {
    await this.#explicit
  }

  async configFor(absolutePath: string): Promise<Config | undefined> {
    if (this.options.noConfig) return undefined
    if (this.#explicit) return this.#explicit
    return this.#finder.forFile(absolutePath)
  }

  async settingsFor(absolutePath: string): Promise<{settings: FileSettings; ignored: boolean}> {
    const config = await this.configFor(absolutePath)
    return {settings: this.#resolver.settingsFor(absolutePath, config), ignored: isIgnoredByConfig(config, absolutePath)}
  }

  /**
   * Check one file (or, with `value`, text from standard input under that name). Returns `undefined` when the
   * config ignores the file. Problems reading or parsing the file become a `parse-error` message.
   */
  async check(path: string, value?: string): Promise<CheckedFile | undefined> {
    const absolute = resolve(this.options.cwd, path)
    const {settings, ignored} = await this.settingsFor(absolute)
    if (ignored && value === undefined) return undefined

    if (templateExtensions.some((extension) => path.toLowerCase().endsWith(extension))) return this.#checkTemplate(path, absolute, settings, value)

    const docx = path.toLowerCase().endsWith('.docx')
    const format = docx ? 'lines' : (formatOf(path) ?? (value !== undefined ? 'text' : undefined))
    if (!format) {
      const later = laterExtensions.some((extension) => path.toLowerCase().endsWith(extension))
      return {
        result: parseError(path, settings, later
          ? {sv: 'Den här filtypen stöds inte ännu i den här versionen.', en: 'This file type is not supported yet in this version.'}
          : {sv: 'Filtypen stöds inte: använd .md, .html, .txt eller .docx.', en: 'Unsupported file type: use .md, .html, .txt or .docx.'}),
        bom: false,
        encoding: 'utf-8'
      }
    }

    let text = value
    let bom = false
    let encoding: TextEncoding = 'utf-8'
    let digest: string | undefined
    if (text === undefined && docx) {
      const read = await readDocx(absolute)
      if (!read.ok) return {result: parseError(path, settings, read.reason), bom: false, encoding}
      text = read.value
    } else if (text === undefined) {
      const read = await readTextFile(absolute)
      if (!read.ok) return {result: parseError(path, settings, read.reason), bom: false, encoding}
      ;({value: text, bom, encoding, digest} = read)
    }
    try {
      // Word files are never rewritten (the check command says so); their text is only checked.
      const fix = this.options.fix && !docx
      return {result: await this.linter.lint({path, value: text, format}, settings, {fix}), bom, encoding, digest}
    } catch (error) {
      if (error instanceof ConfigError) throw error
      if (error instanceof NestingLimitError) return {result: parseError(path, settings, error.reason, error.line), bom, encoding}
      const reason = (error as Error).message.split('\n')[0]
      const result = parseError(path, settings, {sv: `Filen kunde inte tolkas: ${reason}`, en: `The file could not be parsed: ${reason}`})
      return {result, bom, encoding}
    }
  }

  /** A `parse-error` result for input that is refused before it is read as a document (standard input over the limit). */
  async refuse(path: string, reason: {sv: string; en: string}): Promise<CheckedFile> {
    const {settings} = await this.settingsFor(resolve(this.options.cwd, path))
    return {result: parseError(path, settings, reason), bom: false, encoding: 'utf-8'}
  }

  /** A Handlebars template: template rules and language rules (templates.md); `--fix` changes only static text. */
  async #checkTemplate(path: string, absolute: string, settings: FileSettings, value: string | undefined): Promise<CheckedFile> {
    let text = value
    let bom = false
    let encoding: TextEncoding = 'utf-8'
    let digest: string | undefined
    if (text === undefined) {
      const read = await readTextFile(absolute)
      if (!read.ok) return {result: parseError(path, settings, read.reason), bom, encoding}
      ;({value: text, bom, encoding, digest} = read)
    }
    // Loaded only when a template is checked: Handlebars is not needed for Markdown, HTML or text.
    const {lintTemplate} = await import('@klarsprak/templates')
    try {
      const options = {fix: this.options.fix, metadata: 'when-present'} as const
      return {result: await lintTemplate({path, value: text}, {linter: this.linter, settings}, options), bom, encoding, digest}
    } catch (error) {
      if (error instanceof ConfigError) throw error
      if (error instanceof NestingLimitError) return {result: parseError(path, settings, error.reason, error.line), bom, encoding}
      const reason = (error as Error).message.split('\n')[0]
      return {result: parseError(path, settings, {sv: `Mallen kunde inte kontrolleras: ${reason}`, en: `The template could not be checked: ${reason}`}), bom, encoding}
    }
  }
}

function parseError(path: string, settings: FileSettings, reason: {sv: string; en: string}, line = 1): FileResult {
  const language: Language = settings.language === 'auto' ? (languageFromTag(process.env.LANG) ?? 'sv') : settings.language
  const result: FileResult = {
    path,
    language,
    textType: settings.textType,
    stats: {words: 0, sentences: 0, longWords: 0, lix: null, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0},
    messages: [
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: reason[language],
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        url: ruleUrl('parse-error'),
        fingerprint: ''
      }
    ]
  }
  addFingerprints(path, result.messages, () => '')
  return result
}
