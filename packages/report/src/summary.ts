import {lixLimit, type FileResult, type Language, type LintResult} from '@klarsprak/core'

/** Rule ids of the web-page checks that the report counts pages for (site.md). */
export const staleContentRule = 'stale-content'
export const pageContactRule = 'page-contact'
export const fetchErrorRule = 'fetch-error'

/** A page needs this many words before its LIX means much; the same default as the readability-lix rule. */
export const lixMinWords = 40

/** The figures of one run: what the report shows and what the history keeps. */
export interface RunSummary {
  version: 1
  /** When the run was made (ISO 8601). */
  date: string
  toolVersion: string
  /** The language most of the pages are in; the report's default interface language. */
  language: Language
  pages: number
  words: number
  findings: number
  errors: number
  warnings: number
  infos: number
  /** `null` when there are no words. */
  findingsPer1000Words: number | null
  /** Pages with at least `lixMinWords` words, whose LIX counts. */
  pagesWithLix: number
  medianLix: number | null
  /** Pages whose LIX is above the limit for their text type. */
  overLixLimit: number
  /** `overLixLimit / pagesWithLix`, between 0 and 1; `null` without such pages. */
  overLixLimitShare: number | null
  staleContent: number
  missingContact: number
  fetchErrors: number
  /** Findings per rule id. */
  rules: Record<string, number>
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

/** The LIX that counts for a page, or `null` when the page is too short (or failed to load). */
export function pageLix(file: FileResult): number | null {
  if (file.stats.lix === null || file.stats.words < lixMinWords) return null
  if (file.messages.some((message) => message.ruleId === fetchErrorRule || message.ruleId === 'parse-error')) return null
  return file.stats.lix
}

export function isOverLixLimit(file: FileResult): boolean {
  const lix = pageLix(file)
  return lix !== null && lix > lixLimit[file.textType]
}

/** The language of most pages (Swedish on a tie). */
export function dominantLanguage(files: readonly FileResult[]): Language {
  const english = files.filter((file) => file.language === 'en').length
  return english > files.length - english ? 'en' : 'sv'
}

/** The date of a run: `date`, else `KLARSPRAK_RUN_DATE` (for tests and re-runs), else now. Throws on a bad date. */
export function runDate(date?: string | Date): string {
  const given = date ?? process.env.KLARSPRAK_RUN_DATE
  const parsed = given === undefined || given === '' ? new Date() : new Date(given)
  if (Number.isNaN(parsed.getTime())) throw new Error(`Not a date: \`${String(given)}\`; use ISO 8601, for example 2026-05-01T06:00:00Z`)
  return parsed.toISOString()
}

const hasRule = (file: FileResult, ruleId: string) => file.messages.some((message) => message.ruleId === ruleId)

/** The figures of a result (check or site). */
export function summarize(result: LintResult, options: {date?: string | Date} = {}): RunSummary {
  const files = result.files
  const rules: Record<string, number> = {}
  let words = 0
  let findings = 0
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const file of files) {
    words += file.stats.words
    for (const message of file.messages) {
      findings++
      rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1
      if (message.severity === 'error') errors++
      else if (message.severity === 'warning') warnings++
      else infos++
    }
  }
  const lixes = files.map(pageLix).filter((lix): lix is number => lix !== null)
  const over = files.filter(isOverLixLimit).length
  const medianLix = median(lixes)
  return {
    version: 1,
    date: runDate(options.date),
    toolVersion: result.tool.version,
    language: dominantLanguage(files),
    pages: files.length,
    words,
    findings,
    errors,
    warnings,
    infos,
    findingsPer1000Words: words > 0 ? round((findings / words) * 1000) : null,
    pagesWithLix: lixes.length,
    medianLix: medianLix === null ? null : round(medianLix),
    overLixLimit: over,
    overLixLimitShare: lixes.length > 0 ? round(over / lixes.length, 3) : null,
    staleContent: files.filter((file) => hasRule(file, staleContentRule)).length,
    missingContact: files.filter((file) => hasRule(file, pageContactRule)).length,
    fetchErrors: files.filter((file) => hasRule(file, fetchErrorRule)).length,
    rules: Object.fromEntries(Object.entries(rules).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)))
  }
}
