import type {Root, Sentence} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import type {FileSettings} from './config/types.js'
import {applyDirectives, parseDirectives} from './directives.js'
import {fixInPasses} from './fix.js'
import {addFingerprints} from './fingerprint.js'
import {formatOf, parseDocument, type FormatName, type ParsedDocument} from './formats/index.js'
import {languageFromTag} from './language/tags.js'
import type {HtmlSelection, PageInput} from './page-rules.js'
import type {RuleRegistry} from './registry.js'
import {ruleUrl} from './report.js'
import type {FileResult, LanguageSource, LintMessage} from './result.js'
import {sentencesIn} from './nlcst/walk.js'
import {splitAtBareLineBreaks} from './nlcst/line-breaks.js'
import {dropYieldedFindings} from './overlap.js'
import {isDeveloperSource} from './audience.js'
import {computeStats} from './stats.js'
import {sentenceLengthLimit} from './thresholds.js'
import type {Language, LanguagePack, LanguageRule, MessageSeverity} from './types.js'
import {capMessages} from './cap.js'

export interface LintInput {
  /** Path as shown in results (relative to the working folder), or `<stdin>`. */
  path: string
  value: string
  /** Defaults to the format of the path's extension, else plain text. */
  format?: FormatName
  /** HTML: how the main content is chosen (default: `main`, `[role=main]`, `article`, else the body). */
  html?: HtmlSelection
  /** HTML: what the fetcher knows about the page, for page rules. */
  page?: PageInput
  /** A document the caller parsed or assembled itself (the language server joins cached blocks); skips parsing. */
  document?: ParsedDocument
  /** Whether the whole document is developer documentation, when `value` is only part of it (core/audience). */
  developerText?: boolean
}

export interface LintOptions {
  /** Apply safe fixes in passes until nothing changes (at most 10) and return the fixed text as `output`. */
  fix?: boolean
  /**
   * Milliseconds per rule id, added up over calls (for the benchmark). The engine's own steps are added under
   * names in parentheses: `(parse)`, `(language)`, `(nlcst)`, `(messages)`, `(fingerprints)`, `(stats)`.
   */
  timings?: Map<string, number>
  /** Run only these rules (the language server's whole-document pass); the others keep their severity. */
  onlyRules?: ReadonlySet<string>
  /** Do not run these rules (the language server checks them on the whole document instead of per block). */
  skipRules?: ReadonlySet<string>
  /** Findings made earlier (per block, by the language server), merged in before inline directives apply. */
  extraMessages?: readonly LintMessage[]
  /** `false`: leave `fingerprint` empty (editors do not use it; hashing every finding on each change costs). */
  fingerprints?: boolean
  /** `false`: leave the figures at zero (the language server computes them with `computeStats` when asked). */
  stats?: boolean
}

const noStats: FileResult['stats'] = {words: 0, sentences: 0, longWords: 0, lix: null, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}

/** A rule that threw; it is reported once and the other rules still run. */
export interface RuleFailure {
  ruleId: string
  path: string
  error: Error
}

interface PreparedRule {
  id: string
  severity: MessageSeverity
  fixable: LanguageRule['meta']['fixable']
  processor: Processor<undefined, Root, Root>
}

/** The `unused-disable` message per language (also used by the template linter). */
export const unusedDisableText: Record<Language, (rules: string[]) => string> = {
  sv: (rules) =>
    rules.length === 0
      ? 'Kommentaren klarsprak-disable tystar inget: ta bort den.'
      : `Kommentaren klarsprak-disable tystar inget för ${rules.join(', ')}: ta bort ${rules.length === 1 ? 'regeln' : 'reglerna'} ur den.`,
  en: (rules) =>
    rules.length === 0
      ? 'This klarsprak-disable comment silences nothing: remove it.'
      : `This klarsprak-disable comment silences nothing for ${rules.join(', ')}: remove ${rules.length === 1 ? 'it' : 'them'} from it.`
}

/**
 * Lints documents: parse (Markdown, HTML or text), pick the language, build the prose tree with the language's
 * parser, run the enabled rules, apply inline directives, compute figures and fingerprints.
 */
export class Linter {
  readonly failures: RuleFailure[] = []
  readonly #prepared = new WeakMap<FileSettings, Map<Language, PreparedRule[]>>()
  readonly #failed = new Set<string>()

  constructor(readonly registry: RuleRegistry) {}

  async lint(input: LintInput, settings: FileSettings, options: LintOptions = {}): Promise<FileResult> {
    const result = await this.#lintOnce(input, settings, options)
    if (!options.fix) return capMessages(result)
    // The language is decided once, on the text as written: a fixed text must not flip to another language's rules.
    const settled = settings.language === 'auto' ? {...settings, language: result.language} : settings
    const fixed = await fixInPasses(input.value, result, (ruleId, language) => this.#isSafe(ruleId, language), (value) =>
      this.#lintOnce({...input, value}, settled, options)
    )
    return capMessages({...fixed, languageSource: result.languageSource})
  }

  #isSafe(ruleId: string, language: Language): boolean {
    return this.registry.get(ruleId)?.implementations[language]?.meta.fixable === 'safe'
  }

  async #lintOnce(input: LintInput, settings: FileSettings, options: LintOptions): Promise<FileResult> {
    const timings = options.timings
    let mark = timings ? performance.now() : 0
    /** Add the time since the last step to `step` (only when timing). */
    const lap = (step: string) => {
      if (!timings) return
      const now = performance.now()
      timings.set(step, (timings.get(step) ?? 0) + now - mark)
      mark = now
    }
    const format = input.format ?? formatOf(input.path) ?? 'text'
    const file = new VFile({path: input.path, value: input.value})
    file.data.developerText = input.developerText ?? isDeveloperSource(input.value)
    const document = input.document ?? (await parseDocument(file, format, input.html))
    lap('(parse)')

    const {language, source: languageSource} = await this.#language(settings, document.declaredLanguage, document.proseSample)
    const pack = this.registry.packs.get(language)
    if (!pack) throw new Error(`No rules are installed for language \`${language}\``)
    await pack.prepare?.()
    lap('(language)')

    const Parser = format === 'text' || format === 'lines' ? (pack.TextParser ?? pack.Parser) : pack.Parser
    const tree = document.toNlcst(Parser, file)
    splitAtBareLineBreaks(tree)
    lap('(nlcst)')

    const rules = this.#rulesFor(settings, pack)
    const severityOf = new Map<string, MessageSeverity>()
    for (const rule of rules) {
      severityOf.set(rule.id, rule.severity)
      if ((options.onlyRules && !options.onlyRules.has(rule.id)) || options.skipRules?.has(rule.id)) continue
      try {
        await rule.processor.run(tree, file)
      } catch (error) {
        this.#fail(rule.id, input.path, error)
      }
      lap(rule.id)
    }
    // An empty or blank file is an empty document, not a page without a language or contact details.
    if (document.page && /\S/.test(input.value)) await this.#runPageRules(document, file, input, settings, language, severityOf)

    const place = location(file)
    const converted = dropYieldedFindings(
      file.messages.map((message) => toLintMessage(message, severityOf, place)).filter((message) => message !== undefined),
      (ruleId) => this.registry.get(ruleId)?.implementations[language]?.meta.yieldsTo
    )
    if (options.extraMessages) converted.push(...options.extraMessages)

    const {kept, unused} = applyDirectives(converted, parseDirectives(document.comments))
    const unusedSeverity = enabledSeverity(settings, 'unused-disable')
    if (unusedSeverity) {
      for (const {comment, rules} of unused) {
        const start = place.toPoint(comment.offset)
        // The whole comment, `<!--` to `-->`; without its end offset, its first character.
        const endOffset = comment.endOffset ?? Math.min(comment.offset + 1, input.value.length)
        const end = place.toPoint(endOffset)
        kept.push({
          ruleId: 'unused-disable',
          severity: unusedSeverity,
          message: unusedDisableText[language](rules),
          line: start?.line ?? comment.line,
          column: start?.column ?? 1,
          endLine: end?.line ?? comment.endLine,
          endColumn: end?.column ?? (start?.column ?? 1) + 1,
          url: ruleUrl('unused-disable'),
          fingerprint: '',
          offset: comment.offset,
          endOffset
        })
      }
    }

    kept.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
    lap('(messages)')
    const sentences = sentencesIn(tree)
    if (options.fingerprints !== false) addFingerprints(input.path, kept, (offset) => sentenceTextAt(sentences, offset, input.value))
    lap('(fingerprints)')

    const longSentence = Number(settings.rules.get('sentence-length')?.options?.max) || sentenceLengthLimit[settings.textType]
    const stats = options.stats === false ? {...noStats} : computeStats(tree, {longSentence, isPassiveSentence: pack.isPassiveSentence})
    lap('(stats)')
    return {path: input.path, language, languageSource, textType: settings.textType, stats, messages: kept}
  }

  /** Web-page rules (registry.pageRules) on an HTML page: each enabled one gets the whole page. */
  async #runPageRules(
    document: ParsedDocument,
    file: VFile,
    input: LintInput,
    settings: FileSettings,
    language: Language,
    severityOf: Map<string, MessageSeverity>
  ): Promise<void> {
    const enabled = this.registry.pageRules.filter((rule) => enabledSeverity(settings, rule.meta.id))
    if (enabled.length === 0 || !document.page) return
    let detected: Language | undefined | null = null
    const {detectLanguage} = await import('./language/detect.js')
    // A prefix is enough to tell Swedish from English, and trigram detection costs time in proportion to the text.
    const detectedLanguage = () => (detected === null ? (detected = detectLanguage(document.proseSample.slice(0, 1500))) : detected)
    for (const rule of enabled) {
      severityOf.set(rule.meta.id, enabledSeverity(settings, rule.meta.id)!)
      try {
        await rule.check({
          tree: document.page.tree,
          main: document.page.main,
          source: input.value,
          file,
          language,
          declaredLanguage: document.declaredLanguage,
          mainText: document.proseSample,
          detectedLanguage,
          lastModified: input.page?.lastModified,
          now: input.page?.now ?? new Date(),
          options: {...settings.rules.get(rule.meta.id)?.options, textType: settings.textType},
          textSpan: document.page.textSpan
        })
      } catch (error) {
        this.#fail(rule.meta.id, input.path, error)
      }
    }
  }

  async #language(
    settings: FileSettings,
    declared: string | undefined,
    sample: string
  ): Promise<{language: Language; source: LanguageSource}> {
    if (settings.language !== 'auto') return {language: settings.language, source: 'config'}
    const fromDocument = languageFromTag(declared)
    // Loaded only when needed: most documents declare their language or get it from config.
    const {contradicts, detectLanguage} = await import('./language/detect.js')
    if (fromDocument && this.registry.packs.has(fromDocument)) {
      // A page template's `lang="en"` on a Swedish page: the text's own function words overrule a tag they clearly
      // contradict.
      const other = contradicts(fromDocument, sample)
      if (other && this.registry.packs.has(other)) return {language: other, source: 'detected'}
      return {language: fromDocument, source: 'document'}
    }
    const detected = detectLanguage(sample)
    if (detected && this.registry.packs.has(detected)) return {language: detected, source: 'detected'}
    return {language: this.registry.packs.has('sv') ? 'sv' : [...this.registry.packs.keys()][0]!, source: 'default'}
  }

  /** Frozen processors of the enabled rules, built once per settings object and language. */
  #rulesFor(settings: FileSettings, pack: LanguagePack): PreparedRule[] {
    let byLanguage = this.#prepared.get(settings)
    if (!byLanguage) {
      byLanguage = new Map()
      this.#prepared.set(settings, byLanguage)
    }
    let prepared = byLanguage.get(pack.language)
    if (!prepared) {
      prepared = []
      for (const rule of pack.rules) {
        const severity = enabledSeverity(settings, rule.meta.id)
        if (!severity) continue
        const options = {
          ...settings.rules.get(rule.meta.id)?.options,
          textType: settings.textType,
          words: settings.words,
          terms: settings.terms.map((term) => term.prefer),
          termList: settings.terms
        }
        const processor = unified().use(rule.plugin, options).freeze() as unknown as Processor<undefined, Root, Root>
        prepared.push({id: rule.meta.id, severity, fixable: rule.meta.fixable, processor})
      }
      byLanguage.set(pack.language, prepared)
    }
    return prepared
  }

  #fail(ruleId: string, path: string, error: unknown): void {
    const failure = {ruleId, path, error: error instanceof Error ? error : new Error(String(error))}
    if (this.#failed.has(ruleId)) return
    this.#failed.add(ruleId)
    this.failures.push(failure)
  }
}

function enabledSeverity(settings: FileSettings, id: string): MessageSeverity | undefined {
  const severity = settings.rules.get(id)?.severity
  return severity === undefined || severity === 'off' ? undefined : severity
}

function toLintMessage(
  message: VFileMessage,
  severityOf: ReadonlyMap<string, MessageSeverity>,
  place: ReturnType<typeof location>
): LintMessage | undefined {
  const ruleId = message.ruleId ?? 'unknown'
  const severity = severityOf.get(ruleId)
  if (!severity) return undefined
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  const line = start?.line ?? 1
  const column = start?.column ?? 1
  const result: LintMessage = {
    ruleId,
    severity,
    message: message.reason,
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    fingerprint: ''
  }
  if (message.actual !== undefined) result.actual = message.actual
  if (message.expected) result.expected = [...message.expected]
  if (message.url) result.url = message.url
  if (message.note) result.note = message.note
  const offset = start ? place.toOffset(start) : undefined
  const endOffset = end ? place.toOffset(end) : undefined
  if (offset !== undefined) result.offset = offset
  if (endOffset !== undefined) result.endOffset = endOffset
  return result
}

/** The normalised text of the sentence holding `offset` (binary search over sentences in order). */
function sentenceTextAt(sentences: readonly Sentence[], offset: number | undefined, value: string): string {
  if (offset === undefined) return ''
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const position = sentences[middle]!.position
    const start = position?.start.offset ?? 0
    const end = position?.end.offset ?? 0
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return value.slice(start, end).replace(/\s+/g, ' ').trim()
  }
  return ''
}
