import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {proseText, sentenceSpans, someWord} from '../number-format/prose-text.js'
import {loadRangeContext, type RangeContext} from './data.js'
import {findHyphenRanges} from './detect.js'

export const meta: RuleMeta = {
  id: 'range-dash',
  defaultSeverity: 'info',
  fixable: 'safe',
  description: {
    sv: 'Bindestreck i stället för tankstreck i intervall (8-16, måndag-fredag)',
    en: 'Hyphen instead of an en dash in a range (8-16, måndag-fredag)'
  }
}

export type Options = RuleOptions

const context = loadRangeContext()

const note =
  'I intervall skrivs tankstreck (–) utan mellanrum: 8–16, kl. 8.00–16.30, 3–7 maj, måndag–fredag, s. 3–5. ' +
  'Bindestreck används i sammansättningar (e-tjänst, 2-årig) och i nummer (08-123 45 67). ' +
  'Källa: Myndigheternas skrivregler 13.8.'

/**
 * Whether a word may hold a range: a hyphen between digits (`8-16`, `000-2` of `1 000-2 000`), or after a weekday
 * or month (`måndag-fredag`, `januari-30`). Plain character tests: this runs on every word.
 */
function mayHoldRange(text: string, names: RangeContext): boolean {
  let at = text.indexOf('-')
  while (at > 0 && at < text.length - 1) {
    const before = text.charCodeAt(at - 1)
    const after = text.charCodeAt(at + 1)
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57) return true
    if (!(before >= 48 && before <= 57)) {
      const head = text.slice(text.lastIndexOf('-', at - 1) + 1, at).toLowerCase()
      if (names.weekdays.has(head) || names.months.has(head)) return true
    }
    at = text.indexOf('-', at + 1)
  }
  return false
}

/**
 * retext plugin: reports the hyphen in a number, time or date range (`8-16`, `kl. 8.00-16.30`, `3-7 maj`,
 * `måndag-fredag`, `2025-2026`) and offers an en dash as a safe fix. Phone, account, case and identity numbers,
 * ISO dates, compounds (`2-årig`, `Covid-19`), street numbers, code and URLs are left alone.
 */
export default function retextSvRangeDash(_options: Options = {}) {
  const candidate = (text: string) => mayHoldRange(text, context)

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      if (!someWord(sentence, candidate)) continue
      const text = proseText(sentence)
      const ranges = findHyphenRanges(text, context)
      if (ranges.length === 0) continue
      const span = sentenceSpans(sentence)
      for (const range of ranges) {
        // Clock times are shown as time-format writes them (`8.00–16.00`), so the two findings agree.
        const fixed = range.range.replace('-', '–').replace(/\b(\d{1,2}):(\d{2})\b/g, '$1.$2')
        report(file, {
          ruleId: meta.id,
          reason: `Skriv ”${fixed}” med tankstreck i stället för bindestreck.`,
          place: span(range.hyphen, range.hyphen + 1) ?? sentence,
          actual: '-',
          expected: ['–'],
          note
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvRangeDash}
