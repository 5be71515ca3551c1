import {
  addFingerprints,
  applyDirectives,
  fixInPasses,
  parseDirectives,
  ruleUrl,
  unusedDisableText,
  type FileResult,
  type FileSettings,
  type Language,
  type Linter,
  type LintMessage,
  type MessageSeverity,
  type SourceComment
} from '@klarsprak/core'
import {location} from 'vfile-location'
import {analyzeBody, type BodyAnalysis} from './analyze.js'
import {kinds} from './kinds.js'
import {renderTraced, type TracedRendering} from './mapping.js'
import {parseTemplateSource} from './parse.js'
import {TemplateRenderError} from './render.js'
import type {TemplateRuleId} from './rules.js'
import type {Template} from './types.js'
import {validateData} from './validate.js'

export interface TemplateLintInput {
  /** Path as shown in results. */
  path: string
  /** The whole `.hbs` file. */
  value: string
}

export interface TemplateLintOptions {
  /** Apply safe fixes to the template's static text and return the fixed file as `output` (as core's linter). */
  fix?: boolean
  /**
   * `required` (default): every file is a Klarspråk template and needs its front matter. `when-present`: a file
   * without any front matter is some other Handlebars file (a system's PDF or e-mail template, with helpers of its
   * own): only its syntax and its static text are checked, as HTML when it is HTML.
   */
  metadata?: 'required' | 'when-present'
}

export interface TemplateLintContext {
  /** Core's linter (its rule packs run the language rules). */
  linter: Linter
  /** The settings that apply to the file (rule severities, text type, word lists). */
  settings: FileSettings
}

/** A finding before it becomes a message: offsets into the file, text per language. */
interface Problem {
  ruleId: string
  message: string
  offset: number
  endOffset: number
  severity?: MessageSeverity
  /** Extra fields of a language rule's message. */
  from?: LintMessage
}

const emptyStats: FileResult['stats'] = {words: 0, sentences: 0, longWords: 0, lix: null, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}

/** The file's settings with the template's language, made once per settings object and language. */
const withLanguage = new WeakMap<FileSettings, Map<Language, FileSettings>>()
function settingsIn(settings: FileSettings, language: Language): FileSettings {
  if (settings.language === language) return settings
  let byLanguage = withLanguage.get(settings)
  if (!byLanguage) {
    byLanguage = new Map()
    withLanguage.set(settings, byLanguage)
  }
  let found = byLanguage.get(language)
  if (!found) {
    found = {...settings, language}
    byLanguage.set(language, found)
  }
  return found
}

/**
 * A copy of the file of the same length in which only the template's static text is left: the front matter and
 * every `{{…}}` are blanked out (line breaks kept), so a language rule's finding has the same line and column in
 * the copy as in the `.hbs` file. In Markdown, blanks at the start of a line are no-break spaces, so that they do
 * not turn the rest of the line into an indented code block.
 */
export function maskedCopy(source: string, bodyOffset: number, contents: ReadonlyArray<{start: number; end: number}>, markdown: boolean): string {
  const keep = staticMask(source.length, bodyOffset, contents)
  let out = ''
  let lineHasText = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (character === '\n' || character === '\r') {
      out += character
      lineHasText = false
    } else if (keep[index]) {
      out += character
      if (character !== ' ' && character !== '\t') lineHasText = true
    } else {
      out += markdown && !lineHasText ? '\u00a0' : ' '
    }
  }
  return out
}

/** For each character of the file: 1 when it is static text of the body. */
function staticMask(length: number, bodyOffset: number, contents: ReadonlyArray<{start: number; end: number}>): Uint8Array {
  const mask = new Uint8Array(length)
  for (const {start, end} of contents) mask.fill(1, bodyOffset + start, bodyOffset + end)
  return mask
}

/** Whether `[offset, endOffset)` holds a character that is not static text (an expression or the front matter). */
function spansExpression(source: string, isStatic: Uint8Array, offset: number, endOffset: number): boolean {
  for (let index = offset; index < endOffset; index++) {
    if (!isStatic[index] && !/\s/.test(source[index]!)) return true
  }
  return false
}

/** The static text of the body (for the phrases a kind requires). */
function staticText(body: string, analysis: BodyAnalysis): string {
  return analysis.contents.map(({start, end}) => body.slice(start, end)).join(' ')
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

/** Checks that need the front matter: unused variables and what the message kind requires. */
function metadataChecks(template: Template, analysis: BodyAnalysis, problem: (ruleId: TemplateRuleId, sv: string, en: string, offset: number, end: number) => void, variableRange: (name: string) => [number, number]) {
  const {meta, body} = template
  for (const name of Object.keys(meta.variables)) {
    if (analysis.used.has(name)) continue
    const [start, end] = variableRange(name)
    problem('template-unused-variable', `Variabeln ”${name}” är deklarerad men används aldrig: använd den i texten eller ta bort den.`, `The variable “${name}” is declared but never used: use it in the text or remove it.`, start, end)
  }
  const requirement = kinds[meta.kind]
  const frontMatterStart: [number, number] = [0, 3]
  for (const name of Object.keys(requirement.variables)) {
    const spec = meta.variables[name]
    if (!spec) {
      problem('template-required-content', `Typen ${meta.kind} kräver variabeln ”${name}”: deklarera den med required: true och använd den i texten.`, `The kind ${meta.kind} requires the variable “${name}”: declare it with required: true and use it in the text.`, ...frontMatterStart)
      continue
    }
    const [start, end] = variableRange(name)
    if (!spec.required) {
      problem('template-required-content', `Typen ${meta.kind} kräver ”${name}”: ange required: true.`, `The kind ${meta.kind} requires “${name}”: set required: true.`, start, end)
    }
    if (!analysis.used.has(name)) {
      problem('template-required-content', `Typen ${meta.kind} kräver att ”${name}” står i texten: använd {{${name}}} eller en hjälpfunktion.`, `The kind ${meta.kind} requires “${name}” in the text: use {{${name}}} or a helper.`, start, end)
    }
  }
  const phrases = requirement.phrases?.[meta.language]
  if (phrases && !phrases.some((phrase) => containsPhrase(staticText(body, analysis), phrase))) {
    problem('template-required-content', `Typen ${meta.kind} ska innehålla ${requirement.phraseName!.sv} i mallens text.`, `The kind ${meta.kind} must contain ${requirement.phraseName!.en} in the template’s text.`, template.bodyOffset, template.bodyOffset)
  }
}

/** Where a finding in a rendered sample belongs in the template file, and whether sample data is part of it. */
function mapToTemplate(rendering: TracedRendering, bodyOffset: number, start: number, end: number): {offset: number; endOffset: number; fromData: boolean} | undefined {
  const {origins, expressions} = rendering
  if (origins.length === 0) return undefined
  const first = Math.min(Math.max(0, start), origins.length - 1)
  const last = Math.min(Math.max(first, end - 1), origins.length - 1)
  let fromData = false
  for (let index = first; index <= last; index++) {
    if (origins[index]! < 0) {
      fromData = true
      break
    }
  }
  const startOrigin = origins[first]!
  const endOrigin = origins[last]!
  const offset = startOrigin >= 0 ? startOrigin : expressions[-1 - startOrigin]!.start
  let endOffset = endOrigin >= 0 ? endOrigin + 1 : expressions[-1 - endOrigin]!.end
  if (endOffset < offset) endOffset = offset
  return {offset: bodyOffset + offset, endOffset: bodyOffset + endOffset, fromData}
}

/**
 * Lint a template file: the template rules (syntax, metadata, variables, helpers, required content, unescaped
 * output), the language rules on the static text (on a masked copy of the file, so positions are exact), and the
 * language rules on each rendered sample (static text mapped back to the template; findings that involve sample
 * data name the sample). `{{!-- klarsprak-disable … --}}` comments work as in Markdown and HTML.
 */
export async function lintTemplate(input: TemplateLintInput, context: TemplateLintContext, options: TemplateLintOptions = {}): Promise<FileResult> {
  const result = await lintOnce(input, context, options)
  if (!options.fix) return result
  // As core's linter does: safe fixes of static text (never of sample data), in passes until nothing changes.
  const isSafe = (ruleId: string, language: Language) => context.linter.registry.get(ruleId)?.implementations[language]?.meta.fixable === 'safe'
  return fixInPasses(input.value, result, isSafe, (value) => lintOnce({...input, value}, context, options))
}

/** Whether a file is some other Handlebars file rather than a Klarspråk template: it has no front matter at all. */
function isForeign(source: string, options: TemplateLintOptions): boolean {
  return options.metadata === 'when-present' && !/^---\r?\n/.test(source)
}

async function lintOnce(input: TemplateLintInput, context: TemplateLintContext, options: TemplateLintOptions): Promise<FileResult> {
  const result = await lintSource(input.value.replace(/^\ufeff/, ''), input, context, options)
  // Positions are found in the text after a byte order mark; offsets, lines and columns are into the file as given.
  if (input.value.startsWith('\ufeff')) for (const message of result.messages) shiftByOne(message)
  return result
}

function shiftByOne(message: LintMessage): void {
  if (message.offset !== undefined) message.offset++
  if (message.endOffset !== undefined) message.endOffset++
  if (message.line === 1) message.column++
  if (message.endLine === 1) message.endColumn++
}

async function lintSource(source: string, input: TemplateLintInput, context: TemplateLintContext, options: TemplateLintOptions): Promise<FileResult> {
  const {linter, settings} = context
  const foreign = isForeign(source, options)
  const parsed = parseTemplateSource(source, input.path)
  // Only syntax is a Klarspråk rule's business in someone else's template; its helpers and data are its own.
  if (foreign) parsed.problems.length = 0
  const language: Language = parsed.language ?? (settings.language === 'auto' ? 'sv' : settings.language)
  const languageSettings = settingsIn(settings, language)
  const severity = (ruleId: string): MessageSeverity | undefined => {
    const value = settings.rules.get(ruleId)?.severity
    return value === undefined || value === 'off' ? undefined : value
  }
  const problems: Problem[] = []
  const add = (ruleId: TemplateRuleId, sv: string, en: string, offset: number, endOffset: number) => {
    if (severity(ruleId)) problems.push({ruleId, message: language === 'sv' ? sv : en, offset, endOffset})
  }
  for (const found of parsed.problems) add(found.ruleId, found.message.sv, found.message.en, found.offset, found.endOffset)

  const body = source.slice(parsed.bodyOffset)
  const template = parsed.template
  const analysis = analyzeBody(body, template?.meta ?? (parsed.language ? {variables: {}, format: parsed.format, language: parsed.language} : undefined))
  for (const found of analysis.findings) {
    // Without usable front matter every variable would look undeclared; only syntax and helpers are checked then.
    if (!template && found.ruleId === 'template-unknown-variable') continue
    if (foreign && found.ruleId !== 'template-syntax') continue
    add(found.ruleId, found.message.sv, found.message.en, parsed.bodyOffset + found.start, parsed.bodyOffset + found.end)
  }

  if (template && analysis.program) {
    metadataChecks(template, analysis, add, (name) => parsed.ranges.variables[name] ?? [0, 3])
  }

  let stats = emptyStats
  if (analysis.program) {
    const format = parsed.format === 'markdown' ? 'markdown' : 'text'
    const masked = maskedCopy(source, parsed.bodyOffset, analysis.contents, format === 'markdown')
    const staticFormat = foreign && /^\s*</.test(source) ? 'html' : format
    const staticResult = await linter.lint({path: input.path, value: masked, format: staticFormat}, languageSettings)
    stats = staticResult.stats
    const isStatic = staticMask(source.length, parsed.bodyOffset, analysis.contents)
    for (const message of staticResult.messages) {
      // A finding that spans a blanked-out expression (`i {{place}} i` read as `i i`) is not about the text people
      // get; the rendered samples show what is really there.
      if (spansExpression(source, isStatic, message.offset ?? 0, message.endOffset ?? message.offset ?? 0)) continue
      problems.push({ruleId: message.ruleId, message: message.message, offset: message.offset ?? 0, endOffset: message.endOffset ?? message.offset ?? 0, severity: message.severity, from: message})
    }

    // A body that refers to something that does not exist cannot render; its findings already say why.
    const renderable = analysis.findings.every((found) => found.ruleId === 'template-unescaped-output')
    if (template && renderable) {
      const seen = new Set(problems.map((problem) => `${problem.ruleId}:${problem.offset}`))
      for (const [index, sample] of template.meta.samples.entries()) {
        if (validateData(template, sample).length > 0) continue
        const number = index + 1
        let rendering: TracedRendering
        try {
          rendering = renderTraced(template, sample)
        } catch (error) {
          if (!(error instanceof TemplateRenderError)) throw error
          const [start, end] = parsed.ranges.samples[index] ?? [0, 3]
          add('template-metadata', `Exempel ${number} går inte att visa med mallen: ${error.reason.sv}`, `Sample ${number} cannot be rendered with the template: ${error.reason.en}`, start, end)
          continue
        }
        const result = await linter.lint({path: input.path, value: rendering.text, format}, languageSettings)
        for (const message of result.messages) {
          if (message.ruleId === 'unused-disable') continue
          const place = mapToTemplate(rendering, parsed.bodyOffset, message.offset ?? 0, message.endOffset ?? message.offset ?? 0)
          if (!place) continue
          // Static text gives the same finding in every sample; data gives one per distinct finding.
          const key = place.fromData ? `${message.ruleId}:${place.offset}:${message.message}` : `${message.ruleId}:${place.offset}`
          if (seen.has(key)) continue
          seen.add(key)
          const suffix = place.fromData ? (language === 'sv' ? ` (i exempel ${number})` : ` (in sample ${number})`) : ''
          // A fix for sample data cannot be applied to the template, so data findings carry no replacement.
          const from = place.fromData ? {...message, expected: undefined} : message
          problems.push({ruleId: message.ruleId, message: message.message + suffix, offset: place.offset, endOffset: place.endOffset, severity: message.severity, from})
        }
      }
    }
  }

  const messages = toMessages(source, problems, severity)
  const kept = withDirectives(source, parsed.bodyOffset, analysis, messages, severity('unused-disable'), language)
  kept.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
  const lines = source.split('\n')
  const place = location(source)
  addFingerprints(input.path, kept, (offset) => (offset === undefined ? '' : (lines[(place.toPoint(offset)?.line ?? 1) - 1] ?? '').trim()))
  return {path: input.path, language, textType: settings.textType, stats, messages: kept}
}

/**
 * Applies the template's disable comments to `messages`; a comment that silenced nothing becomes an `unused-disable`
 * finding at the comment (when that rule is on).
 */
function withDirectives(
  source: string,
  bodyOffset: number,
  analysis: ReturnType<typeof analyzeBody>,
  messages: LintMessage[],
  unusedSeverity: MessageSeverity | undefined,
  language: Language
): LintMessage[] {
  const comments = directiveComments(source, bodyOffset, analysis)
  const commentEnds = new Map(analysis.comments.map((comment) => [bodyOffset + comment.start, bodyOffset + comment.end]))
  const {kept, unused} = applyDirectives(messages, parseDirectives(comments))
  if (unusedSeverity) {
    const place = location(source)
    for (const {comment, rules} of unused) {
      const start = place.toPoint(comment.offset)
      const end = place.toPoint(commentEnds.get(comment.offset) ?? comment.offset)
      kept.push({
        ruleId: 'unused-disable',
        severity: unusedSeverity,
        message: unusedDisableText[language](rules),
        line: start?.line ?? comment.line,
        column: start?.column ?? 1,
        endLine: end?.line ?? comment.endLine,
        endColumn: end?.column ?? 1,
        url: ruleUrl('unused-disable'),
        fingerprint: '',
        offset: comment.offset,
        endOffset: commentEnds.get(comment.offset) ?? comment.offset
      })
    }
  }
  return kept
}

function toMessages(source: string, problems: readonly Problem[], severity: (ruleId: string) => MessageSeverity | undefined): LintMessage[] {
  const place = location(source)
  const messages: LintMessage[] = []
  for (const problem of problems) {
    const level = problem.severity ?? severity(problem.ruleId)
    if (!level) continue
    const [offset, endOffset] = spanOf(source, problem.offset, problem.endOffset)
    const start = place.toPoint(offset) ?? {line: 1, column: 1}
    const end = place.toPoint(endOffset) ?? start
    const message: LintMessage = {
      ruleId: problem.ruleId,
      severity: level,
      message: problem.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: problem.from?.url ?? ruleUrl(problem.ruleId),
      fingerprint: '',
      offset,
      endOffset
    }
    if (problem.from?.actual !== undefined) message.actual = problem.from.actual
    if (problem.from?.expected) message.expected = problem.from.expected
    if (problem.from?.note) message.note = problem.from.note
    messages.push(message)
  }
  return messages
}

/**
 * A problem's span in the file: inside it, and never empty when the file has text. A problem that has no extent of
 * its own (a phrase missing from the body, a template that ends inside a block) covers the text of its line, else
 * of the next line with text, else of the last one before it.
 */
export function spanOf(source: string, offset: number, endOffset: number): [number, number] {
  const start = Math.max(0, Math.min(offset, source.length))
  const end = Math.max(start, Math.min(endOffset, source.length))
  if (end > start) return [start, end]
  const lines = [...source.matchAll(/[^\r\n]*(?:\r\n?|\n|$)/g)].map((match) => {
    const text = match[0].replace(/[\r\n]+$/, '')
    const lead = text.length - text.trimStart().length
    return {start: match.index, end: match.index + match[0].length, from: match.index + lead, to: match.index + text.trimEnd().length}
  })
  const index = lines.findIndex((line) => start >= line.start && (start < line.end || line.end === source.length))
  const withText = (line: (typeof lines)[number] | undefined) => line !== undefined && line.to > line.from
  if (index !== -1 && withText(lines[index])) return [lines[index]!.from, lines[index]!.to]
  const next = lines.slice(index + 1).find(withText) ?? lines.slice(0, Math.max(0, index)).reverse().find(withText)
  return next ? [next.from, next.to] : [start, end]
}

/** Handlebars comments as core's directive comments, with lines in the whole file. */
function directiveComments(source: string, bodyOffset: number, analysis: BodyAnalysis): SourceComment[] {
  const place = location(source)
  return analysis.comments.map((comment) => {
    const offset = bodyOffset + comment.start
    return {
      value: comment.value,
      line: place.toPoint(offset)?.line ?? 1,
      endLine: place.toPoint(bodyOffset + comment.end)?.line ?? 1,
      offset,
      endOffset: bodyOffset + comment.end
    }
  })
}
