import type {Root, Sentence} from 'nlcst'
import {sentencesIn, textOf} from './nlcst/walk.js'
import type {FileStats} from './result.js'

export interface StatsOptions {
  /** Sentences with more words than this count as long. */
  readonly longSentence: number
  readonly isPassiveSentence?: (sentence: Sentence) => boolean
}

const hasLetterOrDigit = /[\p{L}\p{N}]/u

/** Words of a sentence as strings: word tokens with a letter or digit (punctuation and sources excluded). */
export function sentenceWords(sentence: Sentence): string[] {
  const values: string[] = []
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const value = textOf(child)
    if (hasLetterOrDigit.test(value)) values.push(value)
  }
  return values
}

/** Letters in a word (`t.ex` has 3), counted without building a match array. */
function letterCount(value: string): number {
  let count = 0
  for (const character of value) if (letterTest.test(character)) count++
  return count
}

const letterTest = /\p{L}/u

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** Figures of output.md, on prose only. LIX after Björnsson; OVIX and its limits as Sparv computes them. */
export function computeStats(tree: Root, options: StatsOptions): FileStats {
  let words = 0
  let sentences = 0
  let longWords = 0
  let longSentences = 0
  let passive = 0
  const types = new Set<string>()

  for (const sentence of sentencesIn(tree)) {
    const values = sentenceWords(sentence)
    if (values.length === 0) continue
    sentences++
    words += values.length
    if (values.length > options.longSentence) longSentences++
    if (options.isPassiveSentence?.(sentence)) passive++
    for (const value of values) {
      if (value.length > 6 && letterCount(value) > 6) longWords++
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
