import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {SKIP, visit} from 'unist-util-visit'
import {report, sentenceLengthFinding, sentenceLengthLimit, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, type TextType} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'sentence-length',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Meningar som är för långa för texttypen (över 25 ord; lättläst över 15).',
    en: 'Sentences too long for the text type (over 25 words; easy-read over 15).'
  },
  options: {max: {type: 'integer', minimum: 1}} satisfies OptionsSchema<Options>
}

/**
 * Most words per sentence before a finding, for each kind of text: above the aim of 20 by a margin, as in
 * Swedish (on labelled real text an editor asked for a split of few sentences of 21–25 words).
 */
export const maxWordsByTextType: Readonly<Record<TextType, number>> = sentenceLengthFinding

export interface Options extends RuleOptions {
  /** Most words a sentence may have before it is reported. Default: by `textType` (25; easy-read 15). */
  readonly max?: number
}

const hasLetterOrDigit = /[\p{L}\p{N}]/u

/**
 * Count the words of a sentence the way a reader sees them: one per run of word tokens between spaces that holds
 * a letter or digit. So `10,000`, `and/or` and `well-known` are one word each (the parser splits the first two),
 * numbers count, and pure punctuation (`–`, `&`) does not. Web and e-mail addresses are `SourceNode`s, not words,
 * and do not count (as in the Swedish rule).
 */
export function countWords(sentence: Sentence): number {
  let count = 0
  let inToken = false
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      inToken = false
    } else if (child.type === 'WordNode') {
      if (!inToken && hasLetterOrDigit.test(toString(child))) {
        count++
        inToken = true
      }
    }
  }
  return count
}

/** retext plugin: warn about sentences with more than `max` words (usable on its own with any nlcst tree). */
export default function retextEnSentenceLength(options: Options = {}) {
  const textType: TextType = options.textType ?? 'web'
  const max = options.max ?? maxWordsByTextType[textType]
  const aim = Math.min(max, sentenceLengthLimit[textType])

  return function (tree: Root, file: VFile) {
    visit(tree, 'SentenceNode', function (sentence) {
      const count = countWords(sentence)
      if (count > max) {
        report(file, {
          ruleId: meta.id,
          reason: `This sentence has ${count} words; split it (aim for ${aim} or fewer).`,
          place: sentence,
          actual: toString(sentence)
        })
      }
      return SKIP
    })
  }
}

export const rule: LanguageRule = {meta, plugin: retextEnSentenceLength}
