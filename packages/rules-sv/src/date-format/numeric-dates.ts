import {isIdentifierWord, isValidDate, type Calendar} from './calendar.js'
import {wordAfter, wordBefore} from './sentence-text.js'

/** A problem found in a sentence's text, as offsets into that text. */
export interface TextFinding {
  readonly start: number
  readonly end: number
  readonly actual: string
  readonly expected: readonly string[]
  readonly reason: string
  readonly note: string
}

const numericNote =
  'Datum med bara siffror kan läsas på flera sätt och är svåra för skärmläsare. I löptext skrivs datum som ' +
  '”15 april 2026”, med årtal. Källa: Myndigheternas skrivregler 12.3.1; webbriktlinjer.se, riktlinje 66.'
const ordinalNote =
  'Efter ”den” och före en månad är det klart att det är ett datum: skriv ”den 1 juni”, inte ”den 1:a juni”. ' +
  'Källa: Myndigheternas skrivregler 12.1.6.'

// Lookbehind: not glued to a letter, digit or number punctuation (`2024/25:89`, `v1.6.2026`, `§1/6`).
const notAfter = String.raw`(?<![\p{L}\p{N}/.:,§+\-])`

/**
 * `1/6`, `1/6 2026`, `1/6-2026`, `1/6-26`. The year is taken only when no digit or slash follows it. A hyphen may come
 * before (`1/6-30/6`), but not after a letter (`A-1/6`).
 */
const slashDate = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.:,§+])(?<!\p{L}-)(\d{1,2})\/(\d{1,2})` +
    String.raw`(?:\s?-\s?(\d{4}|\d{2})(?![\p{N}/]|[.:,]\p{N})|\s((?:19|20)\d{2})(?![\p{N}/]|[.:,]\p{N}))?` +
    String.raw`(?![\p{L}\p{N}]|[\/.,:]\p{N}|-\p{L})`,
  'gu'
)
/** `1.6.2026`, `01.06.2026`, `01.06.26`; not `1.6.2` (a version) nor `192.168.1.1`. */
const dottedDate = new RegExp(
  notAfter + String.raw`(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}|\d{2})(?![\p{L}\p{N}]|[.,:\/\-]\p{N})`,
  'gu'
)
/** `20261123`: eight digits that read as year, month and day. Not a personnummer (`19811218-9876`). */
const compactDate = new RegExp(
  notAfter + String.raw`((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])` +
    String.raw`(?![\p{L}\p{N}]|[.,:\/]\p{N}|\s?[\-+]\s?\p{N}|\s\d{4}(?!\p{N}))`,
  'gu'
)
const clockAfter = /^\s+(?:kl\b|klockan\b)/iu
/** `20211220 -> 2021-12-20`: an example of a format conversion, not a date in prose. */
const arrowAfter = /^\s*(?:->|→|=>)/u
const fractionAfter = /^\s+(?:av|delar?)\b/u
const linkBetween = /^\s*(?:och|eller|,|–|-|till|t\.o\.m\.?)\s*$/u
const dashBetween = /^\s?[–-]\s?$/u

interface Candidate {
  readonly start: number
  readonly end: number
  readonly actual: string
  readonly day: number
  readonly month: number
  /** Four-digit year, when written. */
  readonly year?: number
  /** A two-digit year was written (`1/6-26`): a date, but the century is not the writer's to guess. */
  readonly shortYear: boolean
  /** `2/3 av eleverna`: a fraction, and so is a number joined to it (`från 1/4 till 1/3 av`). */
  fraction: boolean
  /** Whether the context already shows a date. */
  dateLike: boolean
  /** The first date of a range whose second date has the year (`1/6–30/6 2026`): written out without a year. */
  yearAfter?: boolean
}

/** Numeric dates in a sentence's text: `1/6`, `1/6 2026`, `01.06.2026`, `20261123`. */
export function numericDates(text: string, data: Calendar): TextFinding[] {
  const candidates: Candidate[] = []
  const cue = (offset: number) => {
    const before = wordBefore(text, offset)
    return data.dateCues.has(before) || data.weekdayAbbreviations.has(before) || data.words.get(before)?.kind === 'weekday'
  }
  const identifier = (offset: number) => isIdentifierWord(wordBefore(text, offset), data.identifierWords)

  for (const match of text.matchAll(slashDate)) {
    const [actual, dayText, monthText, dashYear, spaceYear] = match
    const start = match.index
    const end = start + actual.length
    const day = Number(dayText)
    const month = Number(monthText)
    const fullYear = dashYear?.length === 4 ? Number(dashYear) : spaceYear ? Number(spaceYear) : undefined
    // `24/7` is ”dygnet runt”, not 24 July.
    if (!isValidDate(day, month, fullYear) || identifier(start) || actual === '24/7') continue
    const shortYear = dashYear?.length === 2
    const fraction = fullYear === undefined && !shortYear && fractionAfter.test(text.slice(end, end + 10))
    candidates.push({
      start,
      end,
      actual,
      day,
      month,
      ...(fullYear === undefined ? {} : {year: fullYear}),
      shortYear,
      fraction,
      dateLike: !fraction && (fullYear !== undefined || shortYear || cue(start) || clockAfter.test(text.slice(end, end + 12)))
    })
  }
  linkNeighbours(text, candidates)

  for (const match of text.matchAll(dottedDate)) {
    const [actual, dayText, monthText, yearText] = match
    const start = match.index
    const day = Number(dayText)
    const month = Number(monthText)
    const year = yearText!.length === 4 ? Number(yearText) : undefined
    if (!isValidDate(day, month, year) || identifier(start)) continue
    // `01.06.26` may be a time with seconds (`14.02.36`) or a section number: only after a date word, both parts
    // written with two digits.
    const shortYear = year === undefined
    if (shortYear && (dayText!.length !== 2 || monthText!.length !== 2 || !cue(start))) continue
    candidates.push({start, end: start + actual.length, actual, day, month, ...(year ? {year} : {}), shortYear, fraction: false, dateLike: true})
  }

  for (const match of text.matchAll(compactDate)) {
    const [actual, yearText, monthText, dayText] = match
    const start = match.index
    const year = Number(yearText)
    const day = Number(dayText)
    const month = Number(monthText)
    if (!isValidDate(day, month, year) || identifier(start)) continue
    if (arrowAfter.test(text.slice(start + actual.length, start + actual.length + 4))) continue
    candidates.push({start, end: start + actual.length, actual, day, month, year, shortYear: false, fraction: false, dateLike: true})
  }

  return candidates
    .filter((candidate) => candidate.dateLike)
    .sort((a, b) => a.start - b.start)
    .map((candidate) => numericFinding(candidate, data))
}

/**
 * `den 1/6 och 15/6`, `1/6–30/6`: a date next to a date is a date too, and two slashed numbers joined by a dash are a
 * range. A number joined to a fraction is a fraction (`från 1/4 till 1/3 av budgeten`).
 */
function linkNeighbours(text: string, candidates: Candidate[]): void {
  for (let index = 1; index < candidates.length; index++) {
    const previous = candidates[index - 1]!
    const current = candidates[index]!
    const between = text.slice(previous.end, current.start)
    const joined = dashBetween.test(between) || linkBetween.test(between)
    if (joined && (previous.fraction || current.fraction)) {
      previous.fraction = current.fraction = true
      previous.dateLike = current.dateLike = false
    } else if (dashBetween.test(between)) {
      previous.dateLike = current.dateLike = true
      if (previous.year === undefined && !previous.shortYear && current.year !== undefined) previous.yearAfter = true
    } else if (linkBetween.test(between) && (previous.dateLike || current.dateLike)) {
      previous.dateLike = current.dateLike = true
    }
  }
}

function numericFinding(candidate: Candidate, data: Calendar): TextFinding {
  const written = `${candidate.day} ${data.months[candidate.month - 1]!}`
  if (candidate.year !== undefined) {
    const full = `${written} ${candidate.year}`
    return {
      start: candidate.start,
      end: candidate.end,
      actual: candidate.actual,
      expected: [full],
      reason: `Skriv ”${full}” i stället för ”${candidate.actual}”.`,
      note: numericNote
    }
  }
  if (candidate.yearAfter) {
    return {
      start: candidate.start,
      end: candidate.end,
      actual: candidate.actual,
      expected: [written],
      reason: `Skriv ”${written}” i stället för ”${candidate.actual}”.`,
      note: numericNote
    }
  }
  return {
    start: candidate.start,
    end: candidate.end,
    actual: candidate.actual,
    expected: [],
    reason: candidate.shortYear
      ? `Skriv datumet med månadens namn och hela årtalet (”${written} …”) i stället för ”${candidate.actual}”.`
      : `Skriv ”${written}” och årtalet i stället för ”${candidate.actual}”.`,
    note: numericNote
  }
}

/** `den 1:a juni`, `3:e maj`, `den 25:e varje månad`: the ordinal ending is dropped in dates. */
export function ordinalDates(text: string, data: Calendar): TextFinding[] {
  const pattern = ordinalPattern(data)
  const findings: TextFinding[] = []
  for (const match of text.matchAll(pattern)) {
    const [actual, dayText] = match
    const day = Number(dayText)
    if (day < 1 || day > 31) continue
    const start = match.index
    const next = wordAfter(text, start + actual.length)
    const isMonth = data.words.get(next)?.kind === 'month'
    findings.push({
      start,
      end: start + actual.length,
      actual,
      expected: [dayText!],
      reason: isMonth
        ? `Skriv ”${dayText} ${next}” i stället för ”${actual} ${next}”.`
        : `Skriv ”${dayText}” i stället för ”${actual}” i datum.`,
      note: ordinalNote
    })
  }
  return findings
}

const ordinalPatterns = new WeakMap<Calendar, RegExp>()

function ordinalPattern(data: Calendar): RegExp {
  let pattern = ordinalPatterns.get(data)
  if (!pattern) {
    pattern = new RegExp(
      notAfter +
        String.raw`(\d{1,2}):?(?:a|e|sta|dra)(?=\s+(?:${data.monthPattern}(?![\p{L}])|(?:i\s+)?varje\s+månad|i\s+månaden))`,
      'giu'
    )
    ordinalPatterns.set(data, pattern)
  }
  return pattern
}
