import type {Sentence, SentenceContent, Word} from 'nlcst'
import {textOf} from '@klarsprak/core'

// Shared by the rules' inner loops, which run once per word of every document: no regular expression, array or
// object per word where a character test does.

/** The text of a word. Most words are one TextNode, read directly; others go through core's per-node cache. */
export function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) {
    const only = children[0]!
    if (only.type === 'TextNode') return only.value
  }
  return textOf(word)
}

const lowerCache = new WeakMap<Sentence, readonly string[]>()

/**
 * The lower-case text of each child of a sentence, computed once per sentence for every rule that looks words up
 * in a lower-case list (plain words, abbreviations, address, inclusive language).
 */
export function lowerTextsOf(sentence: Sentence): readonly string[] {
  let texts = lowerCache.get(sentence)
  if (texts === undefined) {
    const children = sentence.children
    const list: string[] = new Array(children.length)
    for (let index = 0; index < children.length; index++) list[index] = childText(children[index]!).toLowerCase()
    lowerCache.set(sentence, list)
    texts = list
  }
  return texts
}

/** The text of any child of a sentence (as `nlcst-to-string` gives it). */
export function childText(node: SentenceContent): string {
  return node.type === 'WordNode' ? wordText(node) : node.value
}

const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u

/** Whether `text` has a letter or digit (`/[\p{L}\p{N}]/u`), with a fast answer for a leading ASCII letter or digit. */
export function hasLetterOrDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  return letterOrDigit.test(text)
}

/** How many words a sentence has, and how many of them have more than six letters (LIX). */
export interface WordCounts {
  /** Words as `sentenceWords` (core) counts them: word tokens with a letter or digit. */
  readonly words: number
  readonly long: number
}

/** {@link WordCounts} of a sentence. */
export function wordCounts(sentence: Sentence): WordCounts {
  let words = 0
  let long = 0
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (!hasLetterOrDigit(text)) continue
    words++
    if (hasMoreLettersThan(text, 6)) long++
  }
  return {words, long}
}

/** Words of a sentence as `sentenceWords` (core) counts them, without counting long words. */
export function countWords(sentence: Sentence): number {
  let count = 0
  for (const child of sentence.children) if (child.type === 'WordNode' && hasLetterOrDigit(wordText(child))) count++
  return count
}

/** Whether `text` has more than `limit` letters (`\p{L}`, counted by code point), without building a match array. */
export function hasMoreLettersThan(text: string, limit: number): boolean {
  // A letter takes at least one UTF-16 unit.
  if (text.length <= limit) return false
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x100) {
      if (isLatin1Letter(code)) count++
    } else {
      const point = text.codePointAt(index)!
      if (point > 0xffff) index++
      if (letter.test(String.fromCodePoint(point))) count++
    }
    if (count > limit) return true
  }
  return false
}

/** `\p{L}` in the first 256 code points: A–Z, a–z, ª, µ, º and À–ÿ except × and ÷. */
function isLatin1Letter(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7
  return code === 0xaa || code === 0xb5 || code === 0xba
}

/** The text of `children[first]` to `children[last]` (inclusive), as `nlcst-to-string` gives it, without a slice. */
export function textBetween(children: readonly SentenceContent[], first: number, last: number): string {
  let text = ''
  for (let index = first; index <= last; index++) text += childText(children[index]!)
  return text
}
