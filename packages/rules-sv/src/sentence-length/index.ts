import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentenceLengthFinding, sentenceLengthLimit, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {quotations} from '../quotation.js'
import {textBetween} from '../word-text.js'
import {readingLength} from './reading-length.js'

export const meta: RuleMeta = {
  id: 'sentence-length',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Meningar som är för långa för texttypen (över 25 ord; lättläst över 15). Citat räknas inte.',
    en: 'Sentences too long for the text type (over 25 words; easy-read over 15). Quotations are left alone.'
  },
  options: {max: {type: 'integer', minimum: 1}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Most words a sentence may have before it is reported. Default: by text type (25; easy-read 15). */
  readonly max?: number
}

/**
 * retext plugin: reports Swedish sentences with more words than `max`. Numbers count as words, an enumeration of
 * short items counts one word an item (reading-length.ts); headings, list items and lines pasted without a blank
 * line are their own sentences (core splits them), and quotations (a minister's words in a press release) are not
 * the writer's to shorten.
 */
export default function retextSvSentenceLength(options: Options = {}) {
  const textType = options.textType ?? 'web'
  const max = options.max ?? sentenceLengthFinding[textType]
  const aim = Math.min(max, sentenceLengthLimit[textType])

  return function (tree: Root, file: VFile) {
    const quoted = quotations(tree)
    for (const sentence of sentencesIn(tree)) {
      const count = readingLength(sentence)
      if (count <= max || quoted.has(sentence)) continue
      report(file, {
        ruleId: meta.id,
        reason: `Meningen har ${count} ord: dela upp den i kortare meningar (sikta på högst ${aim} ord).`,
        place: sentence,
        actual: textBetween(sentence.children, 0, sentence.children.length - 1),
        note: 'Långa meningar är svåra att läsa. Skriv en tanke per mening och blanda korta och längre meningar; ' +
          `sikta på i genomsnitt högst ${aim} ord (Myndigheternas skrivregler 1.3).`
      })
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvSentenceLength}
