import {micromark} from 'micromark'
import {compile} from './environment.js'
import type {DataProblem, OutputFormat, Template} from './types.js'
import {validateData} from './validate.js'

export interface RenderOptions {
  /** `text` (default), `markdown`, or `html` for e-mail and web (every value HTML-escaped). */
  format?: OutputFormat
}

/** Data that does not fit the template's variables; nothing was rendered. */
export class TemplateDataError extends Error {
  constructor(
    readonly template: Template,
    readonly problems: DataProblem[]
  ) {
    const language = template.meta.language
    super(
      (language === 'sv'
        ? `Datan passar inte mallen ${template.meta.id} (${problems.length} fel):\n`
        : `The data does not fit the template ${template.meta.id} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n`) +
        problems.map((problem) => `  - ${problem.message[language]}`).join('\n')
    )
    this.name = 'TemplateDataError'
  }
}

/** The template could not be rendered with valid data (for example a helper given a value it cannot format). */
export class TemplateRenderError extends Error {
  constructor(
    readonly template: Template,
    readonly reason: {sv: string; en: string}
  ) {
    super(`${template.path}: ${reason[template.meta.language]}`)
    this.name = 'TemplateRenderError'
  }
}

/** Data without empty optional fields, so that `{{#if field}}` and strict lookups see them as absent. */
export function withoutBlanks(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined && value !== ''))
}

type Mode = 'plain' | 'escaped'
const compiled = new WeakMap<Template, Map<Mode, ReturnType<typeof compile>>>()

function compiledFor(template: Template, mode: Mode): ReturnType<typeof compile> {
  let byMode = compiled.get(template)
  if (!byMode) {
    byMode = new Map()
    compiled.set(template, byMode)
  }
  let fn = byMode.get(mode)
  if (!fn) {
    fn = compile(template.body, template.meta.language, template.meta.format === 'markdown', {noEscape: mode === 'plain'})
    byMode.set(mode, fn)
  }
  return fn
}

/** Why a render failed, per language, with the line counted in the whole file. */
export function renderFailure(error: unknown, template: Template): {sv: string; en: string} {
  const message = error instanceof Error ? error.message : String(error)
  const place = / - (\d+):(\d+)$/.exec(message)
  const bodyLine = place ? Number(place[1]) : (error as {lineNumber?: number}).lineNumber
  const at = bodyLine !== undefined ? {sv: `rad ${bodyLine + template.bodyLine}: `, en: `line ${bodyLine + template.bodyLine}: `} : {sv: '', en: ''}
  const text = message.replace(/ - \d+:\d+$/, '')
  const missing = /^"([^"]+)" not defined in /.exec(text)
  if (missing) {
    const name = missing[1]
    return {
      sv: `${at.sv}”${name}” finns inte i datan; skriv {{#if ${name}}} … {{/if}} runt en valfri variabel`,
      en: `${at.en}“${name}” is not in the data; put {{#if ${name}}} … {{/if}} around an optional variable`
    }
  }
  const helper = /unknown helper (\S+)/.exec(text)
  if (helper) return {sv: `${at.sv}okänd hjälpfunktion ”${helper[1]}”`, en: `${at.en}unknown helper “${helper[1]}”`}
  return {sv: `${at.sv}${text}`, en: `${at.en}${text}`}
}

/** Run the compiled body on data; throws TemplateRenderError with the template's line. */
export function runTemplate(template: Template, data: Record<string, unknown>, mode: Mode): string {
  try {
    return compiledFor(template, mode)(withoutBlanks(data))
  } catch (error) {
    throw new TemplateRenderError(template, renderFailure(error, template))
  }
}

/** Blank lines kept to one, trailing spaces removed, one final newline. */
export function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .replace(/\n*$/, '') + '\n'
  )
}

const htmlEscapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!)

/** Web addresses and e-mail addresses in escaped text as links (punctuation after them stays outside). */
function linkify(escaped: string): string {
  return escaped.replace(/\bhttps?:\/\/[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (match) => {
    const address = match.replace(/[.,;:!?)]+$/, '')
    const rest = match.slice(address.length)
    const href = address.includes('://') ? address : `mailto:${address}`
    return `<a href="${href}">${address}</a>${rest}`
  })
}

/** Plain text as HTML: paragraphs at blank lines, line breaks kept, addresses linked. */
function textToHtml(text: string): string {
  return (
    text
      .trim()
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${linkify(escapeHtml(paragraph)).replace(/\n/g, '<br>\n')}</p>`)
      .join('\n') + '\n'
  )
}

/** Plain text as Markdown: characters Markdown would read as markup are escaped, line breaks kept. */
function textToMarkdown(text: string): string {
  return (
    text
      .trim()
      .split(/\n{2,}/)
      .map((paragraph) =>
        paragraph
          .split('\n')
          .map((line) => line.replace(/[\\`*_[\]<>&]/g, '\\$&').replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2'))
          .join('\\\n')
      )
      .join('\n\n') + '\n'
  )
}

/**
 * Render a template with data. The data is validated first: when anything is wrong, TemplateDataError lists every
 * problem and nothing is rendered. Missing variables and unknown helpers are errors (strict mode), never blanks.
 */
export function renderTemplate(template: Template, data: unknown, options: RenderOptions = {}): string {
  const problems = validateData(template, data)
  if (problems.length > 0) throw new TemplateDataError(template, problems)
  const values = data as Record<string, unknown>
  const format = options.format ?? 'text'
  if (template.meta.format === 'markdown') {
    if (format === 'text') return tidy(runTemplate(template, values, 'plain'))
    // Values are HTML-escaped by Handlebars; Markdown reads the entities back as the characters they stand for.
    const markdown = tidy(runTemplate(template, values, 'escaped'))
    return format === 'markdown' ? markdown : micromark(markdown)
  }
  const text = tidy(runTemplate(template, values, 'plain'))
  if (format === 'html') return textToHtml(text)
  if (format === 'markdown') return textToMarkdown(text)
  return text
}
