import type {Sentence, SentenceContent, Word} from 'nlcst'
import {wordText} from '../word-text.js'
import type {Calendar} from './calendar.js'

/** A month or weekday written with a capital in the middle of a sentence. */
export interface CapitalFinding {
  readonly word: Word
  readonly actual: string
  readonly expected: string
}

const yearPattern = /^(?:1[89]|20)\d{2}$/
const dayPattern = /^\d{1,2}(?::?[ae])?$/
const dashes = new Set(['–', '-'])

/**
 * Capitalised months and weekdays that are not first in their sentence: `den 3 Juni`, `på Måndag`. Left alone: the
 * first word (also of a heading or a line), words after a colon, an opening bracket or a quote, names and titles (a
 * capitalised word next to it: `Juni Andersson`, `Café Juni`), words in capitals (`JUNI`), `Mars` and `Maj` away from
 * a day or year, and words in `accepted` (the project's word list).
 */
export function capitalisedCalendarWords(
  sentence: Sentence,
  data: Calendar,
  accepted: ReadonlySet<string>
): CapitalFinding[] {
  const children = sentence.children
  const found: CapitalFinding[] = []
  let firstWord = -1
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'WordNode') continue
    if (firstWord === -1) {
      firstWord = index
      continue
    }
    const text = wordText(child)
    const code = text.charCodeAt(0)
    // Every Swedish month and weekday starts with an ASCII letter: test that before any lookup.
    if (code < 65 || code > 90 || text.length < 3) continue
    const lower = text.toLowerCase()
    const entry = data.words.get(lower)
    if (!entry || text.slice(1) !== lower.slice(1) || accepted.has(text)) continue
    if (!midSentence(children, index, firstWord, data)) continue
    if (startsWithCapital(nextWord(children, index))) continue
    if (entry.ambiguous && !nextToDayOrYear(children, index)) continue
    found.push({word: child, actual: text, expected: lower})
  }
  return found
}

/** Whether the word at `index` continues its sentence, so that its capital is not the sentence's or a name's. */
function midSentence(children: readonly SentenceContent[], index: number, firstWord: number, data: Calendar): boolean {
  let at = index - 1
  const gap = children[at]
  if (gap?.type === 'WhiteSpaceNode') {
    // A line break starts a new line of a list or a heading (`Måndag 8–16` on its own line).
    if (gap.value.includes('\n')) return false
    at--
  }
  const before = children[at]
  if (!before) return false
  if (before.type === 'PunctuationNode' || before.type === 'SymbolNode') {
    if (before.value === ',') return true
    // `måndag–Fredag`: glued to a lower-case word by a dash.
    if (dashes.has(before.value) && at === index - 1) {
      const word = children[at - 1]
      return word?.type === 'WordNode' && !startsWithCapital(wordText(word))
    }
    return false
  }
  if (before.type !== 'WordNode') return false
  const text = wordText(before)
  if (!startsWithCapital(text)) return true
  // `I Juni`, `På Måndag`: a capitalised first word that cannot be part of a name.
  return at === firstWord && data.sentenceStartWords.has(text.toLowerCase())
}

function nextWord(children: readonly SentenceContent[], index: number): string {
  const gap = children[index + 1]
  const next = gap?.type === 'WhiteSpaceNode' && !gap.value.includes('\n') ? children[index + 2] : undefined
  return next?.type === 'WordNode' ? wordText(next) : ''
}

/** `3 Maj`, `Mars 2026`: a day number before or a year after. */
function nextToDayOrYear(children: readonly SentenceContent[], index: number): boolean {
  const before = children[index - 2]
  if (children[index - 1]?.type === 'WhiteSpaceNode' && before?.type === 'WordNode' && dayPattern.test(wordText(before))) {
    return true
  }
  return yearPattern.test(nextWord(children, index))
}

function startsWithCapital(text: string): boolean {
  const first = text.charAt(0)
  return first !== first.toLowerCase()
}
