import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentenceLengthLimit, sentencesIn, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {countWords, textBetween} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'sentence-length',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Meningar med fler ord än gränsen för texttypen (webb och e-post 20, brev 25, lättläst 15).',
    en: 'Sentences longer than the limit for the text type (web and e-mail 20, letter 25, easy-read 15).'
  }
}

export interface Options extends RuleOptions {
  /** Most words a sentence may have. Default: by text type (web 20, email 20, letter 25, easy-read 15). */
  readonly max?: number
}

/** retext plugin: warns about Swedish sentences with more words than `max`. Numbers count as words. */
export default function retextSvSentenceLength(options: Options = {}) {
  const max = options.max ?? sentenceLengthLimit[options.textType ?? 'web']

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      const count = countWords(sentence)
      if (count > max) {
        report(file, {
          ruleId: meta.id,
          reason: `Meningen har ${count} ord: dela upp den i kortare meningar (högst ${max} ord).`,
          place: sentence,
          actual: textBetween(sentence.children, 0, sentence.children.length - 1),
          note: 'Meningar över cirka 20 ord räknas som svåra att läsa. En tanke per mening (Myndigheternas skrivregler 1.3).'
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvSentenceLength}
