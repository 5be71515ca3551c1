import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {calendar} from '../date-format/calendar.js'
import type {TextFinding} from '../date-format/numeric-dates.js'
import {numericSentenceText} from '../date-format/sentence-text.js'
import {clockTimes} from './clock-times.js'
import {timeData} from './data.js'
import {betweenWithTill, prepositionWithDash} from './ranges.js'

export const meta: RuleMeta = {
  id: 'time-format',
  defaultSeverity: 'info',
  fixable: 'safe',
  description: {
    sv: 'Klockslag som inte skrivs på svenskt sätt (”kl 8:00” → ”kl. 8.00”) och ”mellan kl. 9–17”.',
    en: 'Clock times not written the Swedish way (“kl 8:00” → “kl. 8.00”) and “mellan kl. 9–17”.'
  },
  options: {allowColon: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Accept a colon between hours and minutes (`kl. 9:45`), which Myndigheternas skrivregler allows. Default: `false`. */
  readonly allowColon?: boolean
}

/**
 * retext plugin: flags clock times not written the Swedish way: `kl` without a dot, a colon (`8:00` → `8.00`), a
 * leading zero in running text (`08.00` → `8.00`), `mellan`/`från` with a dash (`mellan kl. 9–17`) and
 * `mellan … till`. Usable on its own in any unified pipeline with a Swedish nlcst tree (SwedishParser).
 */
export default function retextSvTimeFormat(options: Options = {}) {
  const data = timeData()
  const dates = calendar()
  const clockOptions = {allowColon: options.allowColon === true}

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      const numeric = numericSentenceText(sentence)
      if (!numeric) continue
      const text = numeric.text
      const findings: TextFinding[] = [
        ...clockTimes(text, data, clockOptions),
        ...prepositionWithDash(text, data, dates),
        ...betweenWithTill(text, dates)
      ]
      if (findings.length > 1) findings.sort((a, b) => a.start - b.start)
      for (const finding of findings) {
        report(file, {
          ruleId: meta.id,
          reason: finding.reason,
          place: numeric.span(finding.start, finding.end) ?? sentence,
          actual: finding.actual,
          ...(finding.expected.length > 0 ? {expected: finding.expected} : {}),
          note: finding.note
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvTimeFormat}
