import {rawWordBefore, wordAfter, wordsBefore} from '../number-format/prose-text.js'
import type {RangeContext} from './data.js'

/** A range written with a hyphen. Offsets are in the text given to `findHyphenRanges`. */
export interface HyphenRange {
  /** Offset of the hyphen. */
  readonly hyphen: number
  /** The whole range as written (`8-16`, `måndag-fredag`), for the message. */
  readonly range: string
}

// A number: digits, groups of three after a space (`10 000`), and a decimal or clock part (`2,5`, `8.00`, `8:00`).
const operand = String.raw`\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,:]\d+)?`
// Not part of a longer token before (`KS-2026-12`, `v6-28`, `2016/679`, `+46 8-…`, the `56` of `12 34 56-7`)
// or after (`2026-11-24`, `3-4st`); a compound ending (`3-4-åringar`, `80-90-talet`) is allowed.
const numberRange = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,:;/\\#§+@\-–\uFFFC]|\d[ \u00a0\u202f])(${operand})-(${operand})(?![\p{L}\p{N}_/\uFFFC]|[.,:]\d|-\d)`,
  'gu'
)
// Two words joined by a hyphen, neither part of a longer compound (`måndag-fredag`, not `maj-juni-numret`).
const wordRange = /(?<![\p{L}\p{N}_\-–\uFFFC])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}_\uFFFC]|-[\p{L}\p{N}])/gu
// A month, a hyphen and a day followed by another month: `1 januari-30 juni`.
const monthDayRange = /(?<![\p{L}\p{N}_\-–\uFFFC])(\p{L}+)-(\d{1,2})(?=[ \u00a0\u202f]+(\p{L}+))/gu
// Digits then one or two digits after a space: the rest of a phone number (`8-123 45 67`).
const phoneTail = /^[ \u00a0\u202f]\d{1,2}(?!\d)/
const capitals = /^\p{Lu}{2,6}$/u
// A range of letters (`a-z`, `A-Ö`): then `0-9` is a character set, not a number range.
const letterRange = /(?<!\p{L})\p{L}-\p{L}(?!\p{L})/u

interface Parsed {
  /** Integer digits without spaces. */
  readonly whole: string
  /** Whether the integer is grouped with spaces (`10 000`). */
  readonly grouped: boolean
  /** The character before the fraction (`.`, `,`, `:`), or empty. */
  readonly mark: string
  readonly fraction: string
  readonly value: number
}

function parse(written: string): Parsed {
  const at = written.search(/[.,:]/)
  const integer = at === -1 ? written : written.slice(0, at)
  const whole = integer.replace(/[ \u00a0\u202f]/g, '')
  const mark = at === -1 ? '' : written[at]!
  const fraction = at === -1 ? '' : written.slice(at + 1)
  return {whole, grouped: whole !== integer, mark, fraction, value: Number(whole + (fraction ? '.' + fraction : ''))}
}

/** `8.00`, `16:30`: hours up to 24 and two-digit minutes. */
function isClockTime(number: Parsed): boolean {
  return (number.mark === '.' || number.mark === ':') && number.fraction.length === 2 && isHour(number) &&
    Number(number.fraction) < 60
}

function isHour(number: Parsed): boolean {
  return number.whole.length <= 2 && Number(number.whole) <= 24
}

const isYear = (number: Parsed) => number.whole.length === 4 && !number.mark && number.value >= 1000 && number.value <= 2199

/** Ranges in `text` (one sentence, code masked) whose hyphen should be an en dash. */
export function findHyphenRanges(text: string, context: RangeContext): HyphenRange[] {
  const found: HyphenRange[] = []

  for (const match of text.matchAll(numberRange)) {
    const [written, leftText, rightText] = match as unknown as [string, string, string]
    const start = match.index
    const end = start + written.length
    if (isNumberRange(text, start, end, parse(leftText), parse(rightText), context)) {
      found.push({hyphen: start + leftText.length, range: written})
    }
  }

  for (const match of text.matchAll(wordRange)) {
    const left = match[1]!.toLowerCase()
    const right = match[2]!.toLowerCase()
    const days = context.weekdays.has(left) && context.weekdays.has(right)
    const months = context.months.has(left) && context.months.has(right)
    if (days || months) found.push({hyphen: match.index + match[1]!.length, range: match[0]})
  }

  for (const match of text.matchAll(monthDayRange)) {
    if (context.months.has(match[1]!.toLowerCase()) && context.months.has(match[3]!.toLowerCase())) {
      const end = text.indexOf(match[3]!, match.index + match[0].length) + match[3]!.length
      found.push({hyphen: match.index + match[1]!.length, range: text.slice(match.index, end)})
    }
  }

  return found.sort((a, b) => a.hyphen - b.hyphen)
}

function isNumberRange(
  text: string,
  start: number,
  end: number,
  left: Parsed,
  right: Parsed,
  context: RangeContext
): boolean {
  if (phoneTail.test(text.slice(end, end + 4))) return false // `8-123 45 67`
  if (isIdentifierContext(text, start, context)) return false
  const clock = context.clock.has(wordsBefore(text, start, 1)[0] ?? '')

  // Clock times: any order (`kl. 22-06`), leading zeros allowed (`kl. 01-06`).
  if (clock || isClockTime(left) || isClockTime(right)) {
    const leftOk = isClockTime(left) || (!left.mark && isHour(left))
    const rightOk = isClockTime(right) || (!right.mark && isHour(right))
    return leftOk && rightOk
  }

  // A leading zero marks a code or an area code (`08-123`, `2026-001234`, `0000-9999`), not a number.
  if (hasLeadingZero(left) || hasLeadingZero(right)) return false
  // `0-9` next to `a-z` describes allowed characters.
  if (left.value === 0 && right.value === 9 && letterRange.test(text)) return false

  const quantity = context.quantities.has(wordAfter(text, end) ?? '')
  const longest = Math.max(left.grouped ? 0 : left.whole.length, right.grouped ? 0 : right.whole.length)
  // Five or more ungrouped digits: personal, organisation and account numbers (`811218-9876`, `5050-1055`),
  // unless an amount or count follows (`10000-20000 kr`).
  if (longest >= 5 && !quantity) return false
  if (!right.grouped && right.whole.length === 4 && !quantity) {
    // `2025-2026` is a year range; `123-4567` and `1234-5678` are bankgiro numbers.
    return isYear(left) && isYear(right) && right.value > left.value
  }
  // `2025-26`: the last two digits of the end year (not `2026-12`, a year and month).
  if (isYear(left) && !right.mark && right.whole.length === 2) {
    return right.value > 12 && right.value > left.value % 100
  }
  // Other ranges go up: `3-1` is a score, `56-7` the end of a plusgiro number.
  return right.value > left.value
}

function hasLeadingZero(number: Parsed): boolean {
  return number.whole.length > 1 && number.whole.charCodeAt(0) === 48
}

/** A label, street name or capitalised code prefix before the range: its hyphen belongs to an identifier. */
function isIdentifierContext(text: string, start: number, context: RangeContext): boolean {
  for (const word of wordsBefore(text, start, 2)) {
    if (context.identifiers.has(word)) return true
    if (word.endsWith('nummer') || word.endsWith('numret') || word.endsWith('nr')) return true
  }
  const raw = rawWordBefore(text, start)
  if (raw === undefined) return false
  if (capitals.test(raw) && !context.currencies.has(raw)) return true
  const lower = raw.toLowerCase()
  return context.streets.some((ending) => lower.endsWith(ending))
}
