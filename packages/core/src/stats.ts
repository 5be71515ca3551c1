import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {FileStats} from './result.js'

export interface StatsOptions {
  /** Sentences with more words than this count as long. */
  readonly longSentence: number
  readonly isPassiveSentence?: (sentence: Sentence) => boolean
}

const letter = /\p{L}/gu
const hasLetterOrDigit = /[\p{L}\p{N}]/u

/** Every sentence of a tree, in document order. */
export function sentencesOf(tree: Root): Sentence[] {
  const found: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') found.push(child)
  }
  return found
}

/** Words of a sentence as strings: word tokens with a letter or digit (punctuation and sources excluded). */
export function sentenceWords(sentence: Sentence): string[] {
  const values: string[] = []
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const value = toString(child)
    if (hasLetterOrDigit.test(value)) values.push(value)
  }
  return values
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** Figures of output.md, on prose only. LIX after Björnsson; OVIX and its limits as Sparv computes them. */
export function computeStats(tree: Root, options: StatsOptions): FileStats {
  let words = 0
  let sentences = 0
  let longWords = 0
  let longSentences = 0
  let passive = 0
  const types = new Set<string>()

  for (const sentence of sentencesOf(tree)) {
    const values = sentenceWords(sentence)
    if (values.length === 0) continue
    sentences++
    words += values.length
    if (values.length > options.longSentence) longSentences++
    if (options.isPassiveSentence?.(sentence)) passive++
    for (const value of values) {
      if ((value.match(letter)?.length ?? 0) > 6) longWords++
      types.add(value.toLowerCase())
    }
  }

  const lix = words > 0 && sentences > 0 ? round(words / sentences + (100 * longWords) / words, 1) : null
  let ovix: number | null = null
  if (words > 1 && types.size < words) {
    const value = Math.log(words) / Math.log(2 - Math.log(types.size) / Math.log(words))
    ovix = Number.isFinite(value) ? round(value, 1) : null
  }

  return {
    words,
    sentences,
    longWords,
    lix,
    ovix,
    nominalRatio: null,
    passiveShare: sentences > 0 ? round(passive / sentences, 2) : 0,
    longSentenceShare: sentences > 0 ? round(longSentences / sentences, 2) : 0
  }
}
