import {describe, expect, it} from 'vitest'
import type {Sentence, SentenceContent} from 'nlcst'
import {sentenceWords} from '@klarsprak/core'
import {toString} from 'nlcst-to-string'
import {SwedishTextParser} from './parser/index.js'
import {
  childText,
  countWords,
  hasLetterOrDigit,
  hasMoreLettersThan,
  lowerTextsOf,
  textBetween,
  wordCounts,
  wordText
} from './word-text.js'

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = []
  for (const paragraph of new SwedishTextParser().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child)
  }
  return sentences
}

const sample =
  'Du erhåller t.ex. beslutet, dvs. ”svaret”, via e-tjänsten www.sundsvall.se 2026-05-01 kl. 9.00! ' +
  'ÅTERBETALNINGSSKYLDIGHETEN gäller 10 %. Läs mer på sidan\u00ADinformation om LSS:s regler och 3:e punkten.'

describe('word-text', () => {
  it('gives the text of words and other nodes as nlcst-to-string does', () => {
    const children: SentenceContent[] = sentencesOf(sample).flatMap((sentence) => sentence.children)
    expect(children.some((child) => child.type === 'WordNode' && child.children.length > 1)).toBe(true)
    for (const child of children) {
      expect(childText(child)).toBe(toString(child))
      if (child.type === 'WordNode') expect(wordText(child)).toBe(toString(child))
    }
  })

  it('joins a span of children and lower-cases every child once per sentence', () => {
    for (const sentence of sentencesOf(sample)) {
      const {children} = sentence
      expect(textBetween(children, 0, children.length - 1)).toBe(toString(sentence))
      expect(textBetween(children, 1, 3)).toBe(toString(children.slice(1, 4)))
      const lower = lowerTextsOf(sentence)
      expect(lower).toEqual(children.map((child) => toString(child).toLowerCase()))
      expect(lowerTextsOf(sentence)).toBe(lower)
    }
  })

  it('counts words as core does, and long words as LIX does', () => {
    for (const sentence of sentencesOf(sample)) {
      const words = sentenceWords(sentence)
      const long = words.filter((word) => (word.match(/\p{L}/gu)?.length ?? 0) > 6).length
      expect(countWords(sentence)).toBe(words.length)
      expect(wordCounts(sentence)).toEqual({words: words.length, long})
    }
  })

  it('tells letters and digits as the Unicode regular expressions do', () => {
    const samples = ['a', 'Ö', '7', '½', '²', '-', '”', '§', '×', 'ª', 'µ', 'ĳ', 'ß', 'Ω', '٣', '𝔸', '😀', '\uD835', '']
    for (let code = 0; code < 0x3000; code++) samples.push(String.fromCharCode(code))
    for (const text of samples) {
      expect(hasLetterOrDigit(text), text).toBe(/[\p{L}\p{N}]/u.test(text))
      expect(hasLetterOrDigit('-' + text), text).toBe(/[\p{L}\p{N}]/u.test('-' + text))
    }
  })

  it('counts letters by code point, as a /\\p{L}/gu match does', () => {
    const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0
    const words = ['kommun', 'kommunen', 'åtgärder', 'e-tjänst', 't.ex', 'ÅÄÖåäö×÷', 'ªµº¹²³', '𝔸𝔹ℂ𝔻𝔼𝔽', 'a\uD835bcdefg', '1234567a']
    for (let code = 0x80; code < 0x250; code++) words.push(String.fromCharCode(code).repeat(7))
    for (const word of words) {
      for (const limit of [0, 3, 6, 7]) expect(hasMoreLettersThan(word, limit), `${word} ${limit}`).toBe(letters(word) > limit)
    }
  })
})
