import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Position} from 'unist'
import {positionedText} from '@klarsprak/core'
import {wordText} from '../word-text.js'

/** A sentence's text for pattern matching, with a way back to document positions. */
export interface SentenceText {
  /** The sentence as written; URLs, e-mail addresses and code are replaced by `\uFFFF` so nothing matches in them. */
  readonly text: string
  /** The document span of `text.slice(start, end)`; `undefined` when the tree has no positions. */
  span(start: number, end: number): Position | undefined
}

/** Stands in for each character of a URL or code: neither a letter, a digit nor white space. */
const masked = '\uFFFF'

/**
 * The text of a sentence that has a digit, else `undefined`. The parser splits numbers, dates and times into several
 * tokens (`1`, `/`, `6-2026`; `9`, `–`, `17`), so the rules match on the whole sentence's text and map matches back.
 */
export function numericSentenceText(sentence: Sentence): SentenceText | undefined {
  if (!hasDigit(sentence)) return undefined
  const positioned = positionedText(sentence)
  let text = positioned.text
  if (sentence.children.some((child) => child.type === 'SourceNode')) {
    // Children are concatenated in order by positionedText, so their lengths give each one's offset.
    let offset = 0
    let result = ''
    for (const child of sentence.children) {
      const value = toString(child)
      result += child.type === 'SourceNode' ? masked.repeat(value.length) : text.slice(offset, offset + value.length)
      offset += value.length
    }
    text = result
  }
  return {
    text,
    span(start, end) {
      const from = positioned.startPoint(start)
      const to = positioned.endPoint(end)
      return from && to ? {start: from, end: to} : undefined
    }
  }
}

/** Whether a word of the sentence has an ASCII digit: a character loop, cheaper than a regular expression. */
function hasDigit(sentence: Sentence): boolean {
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code >= 48 && code <= 57) return true
    }
  }
  return false
}

/**
 * The word that ends just before `offset` (after white space, an opening bracket or a label's colon), lower case and
 * without trailing dots: `fr.o.m. 1/6` → `fr.o.m`, `kl. 9` → `kl`. Empty when a digit, a sign or nothing comes before.
 */
export function wordBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 30), offset)
  const match = /([\p{L}][\p{L}.]*)[\s(:]*$/u.exec(before)
  if (!match || match.index + match[0].length !== before.length || match[0] === match[1]) return ''
  return match[1]!.toLowerCase().replace(/\.+$/, '')
}

/** The word that starts right after `offset` (after white space), lower case; empty when something else follows. */
export function wordAfter(text: string, offset: number): string {
  const match = /^\s+([\p{L}][\p{L}.]*)/u.exec(text.slice(offset, offset + 30))
  return match ? match[1]!.toLowerCase().replace(/\.+$/, '') : ''
}
