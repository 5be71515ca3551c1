// Word keys: a word with its hyphens removed (and lower-cased), so that `e-tjänst`, `etjänst` and `E-tjänst` meet.

/** Hyphen-minus, hyphen, non-breaking hyphen and soft hyphen. */
const hyphens = /[-\u2010\u2011\u00AD]/g

export function isHyphen(character: string): boolean {
  return character === '-' || character === '\u2010' || character === '\u2011' || character === '\u00AD'
}

/** Whether `text` has a visible hyphen (cheap test before any regular expression). */
export function hasHyphen(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 45 || code === 0x2010 || code === 0x2011) return true
  }
  return false
}

/** A soft hyphen is invisible: `produktions\u00ADkonfiguration` is spelled like `produktionskonfiguration`. */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00AD') ? text.replaceAll('\u00AD', '') : text
}

/** `E-tjänst` → `etjänst` (or `Etjänst` when `lower` is false). */
export function keyOf(text: string, lower: boolean): string {
  const joined = hasHyphen(text) || text.includes('\u00AD') ? text.replace(hyphens, '') : text
  return lower ? joined.toLowerCase() : joined
}

/** Letters with single hyphens between them: `e-tjänst`, `hemtjänst`; not `in-`, `10-12` or `t.ex`. */
const spellingWord = /^\p{L}+(?:[-\u2010\u2011\u00AD]\p{L}+)*$/u

export function isSpellingWord(text: string): boolean {
  return spellingWord.test(text)
}

/**
 * The part of `text` that holds its first `letters` key letters, hyphens inside included:
 * `e-tjänsten`, 7 → `e-tjänst`.
 */
export function leadingLetters(text: string, letters: number): string {
  let count = 0
  let index = 0
  while (index < text.length && count < letters) {
    if (!isHyphen(text.charAt(index))) count++
    index++
  }
  return text.slice(0, index)
}
