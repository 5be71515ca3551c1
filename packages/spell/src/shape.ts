/** How the letters of a word are cased. */
export type LetterCase = 'lower' | 'capitalised' | 'upper' | 'mixed' | 'none'

const upperLetter = /\p{Lu}/u
const lowerLetter = /\p{Ll}/u

export function letterCase(word: string): LetterCase {
  let upper = 0
  let lower = 0
  let firstIsUpper = false
  let seenLetter = false
  for (const character of word) {
    if (upperLetter.test(character)) {
      if (!seenLetter) firstIsUpper = true
      upper++
      seenLetter = true
    } else if (lowerLetter.test(character)) {
      lower++
      seenLetter = true
    }
  }
  if (upper === 0) return lower === 0 ? 'none' : 'lower'
  if (lower === 0) return 'upper'
  return upper === 1 && firstIsUpper ? 'capitalised' : 'mixed'
}

const digit = /\p{Nd}/u
// A dot with a letter after it: `t.ex`, `m.m.`, `s.k.`, `e.g.`.
const innerDot = /\.\p{L}/u

/**
 * Whether a token is no word for a dictionary: numbers and anything with a digit (`08-123`, `3:e`, `covid-19`),
 * abbreviations with inner dots, single letters, and acronyms in capitals (`SFI`, `EU`, `AB:s`, `SMS:a`).
 */
export function isNonWord(word: string): boolean {
  // Identifiers and anchors (`snake_case_namn`) are not words of the language.
  if (digit.test(word) || innerDot.test(word) || word.includes('_')) return true
  const letters = word.replace(/[^\p{L}]/gu, '')
  if (letters.length <= 1) return true
  // An acronym may carry an inflection after a colon (`AB:s`, `SMS:a`).
  const base = word.split(':', 1)[0]!
  return base.replace(/[^\p{L}]/gu, '').length >= 2 && letterCase(base) === 'upper'
}
