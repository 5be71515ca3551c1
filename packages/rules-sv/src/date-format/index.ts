import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type Finding, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {calendar} from './calendar.js'
import {capitalisedCalendarWords} from './capitals.js'
import {numericDates, ordinalDates, type TextFinding} from './numeric-dates.js'
import {numericSentenceText} from './sentence-text.js'

export const meta: RuleMeta = {
  id: 'date-format',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Datum som inte skrivs på svenskt sätt: ”Juni” mitt i en mening, ”den 1:a juni”, ”1/6” och ”01.06.2026”.',
    en: 'Dates not written the Swedish way: “Juni” mid-sentence, “den 1:a juni”, “1/6” and “01.06.2026”.'
  },
  options: {numericDates: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /**
   * Check dates written with digits only (`1/6`, `01.06.2026`, `20261123`). Turn off for texts where a compact date
   * is allowed, such as letter headings. Default: `true`.
   */
  readonly numericDates?: boolean
}

const capitalNote =
  'Månader och veckodagar skrivs med liten bokstav mitt i en mening. Källa: Språkrådet; Myndigheternas skrivregler ' +
  '9.1.3 och 12.3.1 (”15 april 2015”).'

/**
 * retext plugin: flags dates not written the Swedish way: a capitalised month or weekday mid-sentence (`den 3 Juni`,
 * `på Måndag`), ordinal dates (`den 1:a juni`) and dates written with digits only (`1/6 2026`, `01.06.2026`,
 * `20261123`). Usable on its own in any unified pipeline with a Swedish nlcst tree (SwedishParser).
 */
export default function retextSvDateFormat(options: Options = {}) {
  const data = calendar()
  const checkNumeric = options.numericDates !== false
  // A month or weekday in the project's word list is a name there (`Juni` as a first name).
  const accepted = new Set(options.words ?? [])

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      const findings: Finding[] = []
      for (const found of capitalisedCalendarWords(sentence, data, accepted)) {
        findings.push({
          ruleId: meta.id,
          reason: `Skriv ”${found.expected}” med liten bokstav.`,
          place: found.word.position,
          actual: found.actual,
          expected: [found.expected],
          note: capitalNote
        })
      }
      const numeric = numericSentenceText(sentence)
      if (numeric) {
        const textFindings: TextFinding[] = ordinalDates(numeric.text, data)
        if (checkNumeric) textFindings.push(...numericDates(numeric.text, data))
        for (const finding of textFindings) {
          findings.push({
            ruleId: meta.id,
            reason: finding.reason,
            place: numeric.span(finding.start, finding.end) ?? sentence.position,
            actual: finding.actual,
            expected: finding.expected,
            note: finding.note
          })
        }
      }
      // Capitals and numeric dates are found in two passes: report them in document order.
      if (findings.length > 1) findings.sort(byPlace)
      for (const finding of findings) report(file, finding)
    }
  }
}

function byPlace(a: Finding, b: Finding): number {
  const first = startOf(a)
  const second = startOf(b)
  return first.line - second.line || first.column - second.column
}

function startOf(finding: Finding): {line: number; column: number} {
  const place = finding.place
  if (place && 'start' in place) return place.start
  if (place && 'line' in place) return place
  return {line: 0, column: 0}
}

export const rule: LanguageRule = {meta, plugin: retextSvDateFormat}
