/**
 * Detection of Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
 * running text. Shared by the Swedish and English `personal-identity-number` rules.
 *
 * A number counts only when it has a valid birth date (coordination numbers: day + 60) and a valid Luhn
 * (modulus 10, weights 2 and 1) check digit, the way Skatteverket builds them. Organisation numbers fail the date
 * test (their "month" is 20 or more), and phone, giro and case numbers do not have the shape.
 */

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer'

export interface IdentityNumber {
  /** The ten digits `YYMMDDNNNC` without century or separator. */
  readonly digits: string
  readonly kind: IdentityNumberKind
  /** Birth date resolved to a full year. */
  readonly birthDate: {readonly year: number; readonly month: number; readonly day: number}
}

export interface IdentityNumberMatch extends IdentityNumber {
  /** Offset of the first character in the scanned text. */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** The text as written (`811218-9876`, `198112189876`). */
  readonly value: string
}

export interface IdentityNumberOptions {
  /** Reference date for the century of two-digit years and for "not born in the future". Default: now. */
  readonly today?: Date
}

// Written forms: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN.
// Not glued to letters, digits or other number parts (`2026-001234`, `+46701234567`, `1.811218`).
const standsAlone = String.raw`(?<![\p{L}\p{N}_/]|\p{N}[-+.,:\u2013])`
const endsAlone = String.raw`(?![\p{L}\p{N}_/]|[-+.,:\u2013]\p{N})`
const shape = String.raw`(?:(18|19|20)(\d{6})-?|(\d{6})([-+]?))(\d{4})`
const candidate = new RegExp(standsAlone + shape + endsAlone, 'gu')

const phoneCue =
  /(?:^|[^\p{L}])(?:tel|telefon\p{L}*|mobil\p{L}*|ring\p{L}*|sms|fax|växel|phone|call|mobile)[^\p{L}\n]*$/iu

/** Luhn check of a digit string whose last digit is the check digit (weights 2, 1, 2, … for ten digits). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  let double = false
  for (let index = digits.length - 1; index >= 0; index--) {
    let value = digits.charCodeAt(index) - 48
    if (double) {
      value *= 2
      if (value > 9) value -= 9
    }
    sum += value
    double = !double
  }
  return sum % 10 === 0
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function notAfter(year: number, month: number, day: number, today: Date): boolean {
  const born = Date.UTC(year, month - 1, day)
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  return born <= now
}

/**
 * Parse one number in any of the written forms. Returns `undefined` unless the date exists, lies in the past and
 * the check digit is right.
 */
export function parseIdentityNumber(value: string, options: IdentityNumberOptions = {}): IdentityNumber | undefined {
  const match = /^(?:(18|19|20)(\d{6})-?|(\d{6})([-+]?))(\d{4})$/.exec(value.trim())
  if (!match) return undefined
  return resolve(match[1], match[2], match[3], match[4], match[5]!, options.today ?? new Date())
}

function resolve(
  century: string | undefined,
  longDate: string | undefined,
  shortDate: string | undefined,
  separator: string | undefined,
  serial: string,
  today: Date
): IdentityNumber | undefined {
  const date = (longDate ?? shortDate)!
  const digits = date + serial
  if (!luhnValid(digits)) return undefined

  const twoDigitYear = Number(date.slice(0, 2))
  const month = Number(date.slice(2, 4))
  let day = Number(date.slice(4, 6))
  let kind: IdentityNumberKind = 'personnummer'
  if (day > 60) {
    kind = 'samordningsnummer'
    day -= 60
  }

  let year: number
  if (century) {
    year = Number(century) * 100 + twoDigitYear
  } else {
    // Most recent year with these two digits; `+` means the person is 100 or older (Skatteverket).
    const current = today.getFullYear()
    year = current - ((((current % 100) - twoDigitYear) % 100) + 100) % 100
    if (separator === '+') year -= 100
  }

  if (!isDate(year, month, day)) return undefined
  if (!notAfter(year, month, day, today)) {
    if (century || separator === '+') return undefined
    // Born later this century year than today: the same two digits a hundred years earlier.
    year -= 100
    if (!isDate(year, month, day)) return undefined
  }
  return {digits, kind, birthDate: {year, month, day}}
}

/** Every checksum-valid personnummer or samordningsnummer in `text`, with offsets into `text`. */
export function findIdentityNumbers(text: string, options: IdentityNumberOptions = {}): IdentityNumberMatch[] {
  const today = options.today ?? new Date()
  const found: IdentityNumberMatch[] = []
  for (const match of text.matchAll(candidate)) {
    const number = resolve(match[1], match[2], match[3], match[4], match[5]!, today)
    if (!number) continue
    // Ten digits in a row that start with 0 may be a phone number (`0701234567`): skip them after a phone cue.
    const bareTen = match[3] !== undefined && !match[4] && match[3].startsWith('0')
    if (bareTen && phoneCue.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
    found.push({...number, start: match.index, end: match.index + match[0].length, value: match[0]})
  }
  return found
}
