import type {NumberContext} from './data.js'
import {rawWordBefore, wordAfter, wordsBefore} from './prose-text.js'

/** A number whose thousands are not grouped the Swedish way. Offsets are in the text given to `findNumberIssues`. */
export interface NumberIssue {
  readonly start: number
  readonly end: number
  /** The number as written (`12000`, `10.000`, `1,500,000`); a decimal part is not included. */
  readonly actual: string
  /** The number grouped in threes with the configured space (`12 000`). */
  readonly grouped: string
  /** `none`: no separator at all; `point` or `comma`: the character used between thousands. */
  readonly separator: 'none' | 'point' | 'comma'
  /** Whether the number is certainly a quantity, so the grouped form may replace it (`--fix`). */
  readonly certain: boolean
}

export interface DetectOptions {
  /** Also group four-digit amounts and counts (`2535 kr`); years are never grouped. */
  readonly groupFourDigits: boolean
  /** The space put between groups: U+00A0 or U+202F. */
  readonly space: string
}

// Not part of a longer token: no letter, digit, point, comma, colon, slash, hash, section sign, plus or hyphen
// before (`SE-85185`, `2016/679`, `+4687`, `v2.100`), and not a group of an already grouped number (`1 234567`).
// An en dash is allowed on either side: it joins the ends of a range (`10000–20000 kr`), never parts of an
// identifier. `\uFFFC` is masked code or a URL.
const ungrouped =
  /(?<![\p{L}\p{N}_.,:;/\\#§+@\-\uFFFC]|\d[ \u00a0\u202f])[1-9]\d{3,}(?![\p{L}\p{N}_\uFFFC]|[.:/\-]\d|[ \u00a0\u202f]\d)/gu
// One to three digits, then groups of three after the same point or comma (`10.000`, `1,500,000`). A hyphen
// before is allowed after a digit, for ranges (`1.000-2.000 kr`).
const separated =
  /(?<![\p{L}\p{N}_.,:;/\\#§+@\uFFFC]|\d[ \u00a0\u202f]|\p{L}[-–])[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*(?![\p{L}\p{N}_\uFFFC]|[.:/]\d)/gu
const capitals = /^\p{Lu}{2,6}$/u
const decimalPart = /^,\d+/
const postalTown = /^[ \u00a0]+\p{Lu}\p{Ll}/u

/** Numbers in `text` (one sentence, code masked) written without thousands grouping or with a point or comma. */
export function findNumberIssues(text: string, context: NumberContext, options: DetectOptions): NumberIssue[] {
  const issues: NumberIssue[] = []
  const quantityAfter = (end: number): 'count' | 'unit' | undefined => {
    const decimals = decimalPart.exec(text.slice(end, end + 12))
    const word = wordAfter(text, end + (decimals ? decimals[0].length : 0))
    if (word === undefined) return undefined
    if (context.counts.has(word)) return 'count'
    if (context.units.has(word)) return 'unit'
    return undefined
  }

  for (const match of text.matchAll(ungrouped)) {
    const digits = match[0]
    const start = match.index
    const end = start + digits.length
    const after = quantityAfter(end)
    if (digits.length === 4) {
      // Four digits are mostly years and codes (`år 2026`, `KS 2026/1234`); only an amount or count is grouped.
      if (!options.groupFourDigits || after === undefined) continue
    } else if (after === undefined) {
      if (digits.length > 9) continue // personal, organisation, phone and OCR numbers
      if (digits.length === 5 && postalTown.test(text.slice(end, end + 4))) continue // `85185 Sundsvall`
      if (looksLikeDate(digits)) continue // `20261124`: a date, for `date-format`
      if (isIdentifier(text, start, context)) continue
    }
    const certain = after !== undefined || context.before.has(wordsBefore(text, start, 1)[0] ?? '')
    issues.push({start, end, actual: digits, grouped: group(digits, options.space), separator: 'none', certain})
  }

  for (const match of text.matchAll(separated)) {
    const written = match[0]
    const start = match.index
    const end = start + written.length
    const separator = match[1] === '.' ? 'point' : 'comma'
    const groups = written.split(match[1]!).length - 1
    const rest = text.slice(end, end + 2)
    // `1,234,5` is no number; `1.234,50` is thousands with decimals and stays.
    if (separator === 'comma' && decimalPart.test(rest)) continue
    const after = quantityAfter(end)
    if (after !== 'count' && isIdentifier(text, start, context)) continue
    let certain: boolean
    if (separator === 'comma' && groups === 1) {
      // `10,000` is ten with three decimals unless the number counts money or whole things (`10,000 kr`).
      const currency = rawWordBefore(text, start)
      if (after !== 'count' && !(currency && context.currencies.has(currency))) continue
      certain = true
    } else {
      // Swedish has a decimal comma, so a point before three digits is a thousands separator; with a measure
      // (`1.500 kg`) it may be an English decimal point, so no fix is offered.
      certain = groups > 1 || after !== 'unit'
    }
    const digits = written.replaceAll(match[1]!, '')
    issues.push({start, end, actual: written, grouped: group(digits, options.space), separator, certain})
  }

  return issues.sort((a, b) => a.start - b.start)
}

/** `12345` → `12 345` with `space`. */
export function group(digits: string, space: string): string {
  let result = ''
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) result += space
    result += digits[index]
  }
  return result
}

/**
 * Whether the number at `start` is an identifier by what stands before it: a label up to two words back (`Dnr`,
 * `bankgiro`, `tel.`, any `…nummer`/`…nr`), a version label, or a code prefix in capitals (`KS`, `ISO`), not a
 * currency (`SEK`).
 */
function isIdentifier(text: string, start: number, context: NumberContext): boolean {
  for (const word of wordsBefore(text, start, 2)) {
    if (context.identifiers.has(word) || context.versions.has(word)) return true
    if (word.endsWith('nummer') || word.endsWith('numret') || word.endsWith('nr')) return true
  }
  const raw = rawWordBefore(text, start)
  return raw !== undefined && capitals.test(raw) && !context.currencies.has(raw)
}

/** Eight digits as a date `YYYYMMDD` in 1900–2099, or six as `YYMMDD`. */
function looksLikeDate(digits: string): boolean {
  if (digits.length === 8) return /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits)
  if (digits.length === 6) return /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits)
  return false
}
