import type {Sentence} from 'nlcst'
import type {Position} from 'unist'
import {positionedText, textOf, type PositionedText} from '@klarsprak/core'

// Shared by `number-format` and `range-dash`: the parser splits numbers into several tokens (`10`, `,`, `000`;
// `8`, `.`, `00`, `-`, `16`), so both rules match on the text of a whole sentence and map matches back.

/** Stands in for each character of code or a URL (a `SourceNode`): no number or word pattern matches it. */
export const maskCharacter = '\uFFFC'

/** The text of a sentence, with code and URLs masked character by character so offsets stay the document's. */
export function proseText(sentence: Sentence): string {
  let text = ''
  for (const child of sentence.children) {
    if (child.type === 'WordNode') text += textOf(child)
    else if (child.type === 'SourceNode') text += maskCharacter.repeat(child.value.length)
    else text += child.value
  }
  return text
}

/** Document positions for offsets in `proseText(sentence)`; build it only for a sentence with a finding. */
export function sentenceSpans(sentence: Sentence): (start: number, end: number) => Position | undefined {
  let positioned: PositionedText | undefined
  return (start, end) => {
    positioned ??= positionedText(sentence)
    const from = positioned.startPoint(start)
    const to = positioned.endPoint(end)
    return from && to ? {start: from, end: to} : undefined
  }
}

/** Whether a word of the sentence passes `test` (a cheap character check, before any regular expression). */
export function someWord(sentence: Sentence, test: (text: string) => boolean): boolean {
  for (const child of sentence.children) if (child.type === 'WordNode' && test(textOf(child))) return true
  return false
}

/** Whether `text` has a run of at least `length` ASCII digits. */
export function hasDigitRun(text: string, length: number): boolean {
  let run = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) {
      if (++run >= length) return true
    } else {
      run = 0
    }
  }
  return false
}

// A word, optionally ending in a dot or colon (`tel.`, `Dnr:`), then spaces (any kind), at the end of the text.
const lastWord = /([\p{L}][\p{L}\p{N}.\-]*?)[.:]?[\s\u00a0\u202f]*$/u
// Spaces, then a word (letters, or a unit such as `m²`) at the start of the text.
const firstWord = /^[\s\u00a0\u202f]*([\p{L}][\p{L}²³0-9]*)/u

/**
 * Up to `count` words before `offset`, nearest first, in lower case without a final dot (`Tel. 123` → `tel`).
 * Stops at anything other than spaces, a dot or a colon after a word.
 */
export function wordsBefore(text: string, offset: number, count: number): string[] {
  const words: string[] = []
  let end = offset
  while (words.length < count) {
    const slice = text.slice(Math.max(0, end - 40), end)
    const match = lastWord.exec(slice)
    if (!match) break
    words.push(match[1]!.toLowerCase().replace(/\.+$/, ''))
    end -= slice.length - match.index
  }
  return words
}

/** The word just before `offset` as written (capitals kept), or `undefined`. */
export function rawWordBefore(text: string, offset: number): string | undefined {
  return lastWord.exec(text.slice(Math.max(0, offset - 40), offset))?.[1]?.replace(/\.+$/, '')
}

/** The word right after `offset` (after spaces), lower case, or `undefined`. */
export function wordAfter(text: string, offset: number): string | undefined {
  return firstWord.exec(text.slice(offset, offset + 40))?.[1]?.toLowerCase()
}
