import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {loadNumberContext} from './data.js'
import {findNumberIssues, type NumberIssue} from './detect.js'
import {hasDigitRun, proseText, sentenceSpans, someWord} from './prose-text.js'

export const meta: RuleMeta = {
  id: 'number-format',
  defaultSeverity: 'info',
  fixable: 'safe',
  description: {
    sv: 'Tusental utan mellanrum (12000) eller med punkt eller komma (10.000) i stället för mellanrum',
    en: 'Thousands not grouped with a space (12000), or grouped with a point or comma (10.000)'
  },
  options: {
    groupFourDigits: {type: 'boolean'},
    space: {type: 'string', enum: ['no-break', 'narrow-no-break']}
  } satisfies OptionsSchema<Options>
}

/** The space put between groups of three digits in a fix. */
export type GroupSpace = 'no-break' | 'narrow-no-break'

export interface Options extends RuleOptions {
  /**
   * Also report four-digit amounts and counts (`2535 kr` → `2 535 kr`). Four-digit numbers without a unit or count
   * after them are never reported, because most are years or codes. Default: `false`.
   */
  readonly groupFourDigits?: boolean
  /**
   * Space between groups in the fix: `no-break` (U+00A0, Myndigheternas skrivregler) or `narrow-no-break` (U+202F,
   * a thin no-break space). Default: `'no-break'`.
   */
  readonly space?: GroupSpace
}

const spaces: Record<GroupSpace, string> = {'no-break': '\u00a0', 'narrow-no-break': '\u202f'}
const context = loadNumberContext()

const note =
  'Dela upp tal i grupper om tre siffror från höger med ett fast mellanslag: 10 000, 2 535 kr. Punkt och komma ' +
  'skiljer inte tusental på svenska; komma är decimaltecken. Årtal skrivs ihop (2026). ' +
  'Källa: Myndigheternas skrivregler 12.1.7 och 12.5.1.'

function reason(issue: NumberIssue): string {
  const grouped = `”${issue.grouped}”`
  if (issue.separator === 'none') {
    return issue.certain
      ? `Skriv ${grouped} med mellanrum mellan tusentalen.`
      : `Skriv ${grouped} med mellanrum mellan tusentalen om talet är ett belopp eller antal.`
  }
  const mark = issue.separator === 'point' ? 'punkt' : 'komma'
  return issue.certain
    ? `Skriv ${grouped} med mellanrum i stället för ${mark} mellan tusentalen.`
    : `Skriv ${grouped} om ${mark}en skiljer tusental; decimaltecknet är komma.`
}

/**
 * retext plugin: reports numbers of five or more digits written without grouping (`12000` → `12 000`) and numbers
 * with a point or comma between thousands (`10.000`, `1,500,000` → `10 000`, `1 500 000`). Years, dates, postal
 * codes, phone, account, case and identity numbers, versions, code and URLs are left alone. A fix is offered only
 * when the number is certainly a quantity (a unit, an amount or a count around it).
 */
export default function retextSvNumberFormat(options: Options = {}) {
  const settings = {groupFourDigits: options.groupFourDigits === true, space: spaces[options.space ?? 'no-break']}
  if (settings.space === undefined) throw new Error(`number-format: unknown \`space\` ${String(options.space)}`)
  // Every finding has a run of at least three digits in one word (`12000`, `10.000`, the `000` of `10,000`).
  const candidate = (text: string) => hasDigitRun(text, 3)

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      if (!someWord(sentence, candidate)) continue
      const text = proseText(sentence)
      const issues = findNumberIssues(text, context, settings)
      if (issues.length === 0) continue
      const span = sentenceSpans(sentence)
      for (const issue of issues) {
        report(file, {
          ruleId: meta.id,
          reason: reason(issue),
          place: span(issue.start, issue.end) ?? sentence,
          actual: issue.actual,
          expected: issue.certain ? [issue.grouped] : undefined,
          note
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvNumberFormat}
