import {readDataFile} from '@klarsprak/core'

interface RawCalendar {
  months?: string[]
  ambiguousMonths?: string[]
  weekdays?: string[]
  weekdayEndings?: string[]
  weekdayAbbreviations?: string[]
  sentenceStartWords?: string[]
  dateCues?: string[]
  identifierWords?: string[]
}

/** What a lower-case calendar word is: a month (with its number) or a form of a weekday. */
export interface CalendarWord {
  readonly kind: 'month' | 'weekday'
  /** 1–12 for a month. */
  readonly month?: number
  /** A month name that is also an everyday name (`Mars`, `Maj`). */
  readonly ambiguous: boolean
}

/** The Swedish calendar words and context words of `data/date-format.yml`. */
export interface Calendar {
  /** Month names in calendar order (index 0 = januari). */
  readonly months: readonly string[]
  /** Every month name and weekday form, lower case. */
  readonly words: ReadonlyMap<string, CalendarWord>
  readonly weekdayAbbreviations: ReadonlySet<string>
  readonly sentenceStartWords: ReadonlySet<string>
  readonly dateCues: ReadonlySet<string>
  readonly identifierWords: ReadonlySet<string>
  /** Regular-expression source matching any month name (use with the `i` flag for capitals). */
  readonly monthPattern: string
}

const dataUrl = new URL('../../data/date-format.yml', import.meta.url)
let shared: Calendar | undefined

/** Read and check the calendar data once; throws on a malformed file. */
export function calendar(url: URL = dataUrl): Calendar {
  if (shared && url === dataUrl) return shared
  const raw = readDataFile<RawCalendar | null>(url)
  const lists = ['months', 'weekdays', 'weekdayEndings', 'dateCues', 'identifierWords'] as const
  for (const name of lists) {
    if (!raw || !Array.isArray(raw[name])) throw new Error(`${url.pathname}: expected a list \`${name}\``)
  }
  const data = raw as Required<RawCalendar>
  if (data.months.length !== 12) throw new Error(`${url.pathname}: \`months\` must list 12 months`)
  const ambiguous = new Set(data.ambiguousMonths ?? [])
  const words = new Map<string, CalendarWord>()
  data.months.forEach((name, index) => {
    words.set(name, {kind: 'month', month: index + 1, ambiguous: ambiguous.has(name)})
  })
  for (const day of data.weekdays) {
    for (const ending of data.weekdayEndings) words.set(day + ending, {kind: 'weekday', ambiguous: false})
  }
  for (const word of words.keys()) {
    if (word !== word.toLowerCase()) throw new Error(`${url.pathname}: ${word} must be lower case`)
  }
  const result: Calendar = {
    months: data.months,
    words,
    weekdayAbbreviations: new Set(data.weekdayAbbreviations ?? []),
    sentenceStartWords: new Set(data.sentenceStartWords ?? []),
    dateCues: new Set(data.dateCues),
    identifierWords: new Set(data.identifierWords),
    monthPattern: `(?:${data.months.join('|')})`
  }
  if (url === dataUrl) shared = result
  return result
}

/** Whether day `day` of month `month` exists (in year `year`, or in a leap year when no year is given). */
export function isValidDate(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(month, year)
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether `word` (lower case) marks what follows as an identifier (`nr`, `kundnummer`, `ärendenr`). */
export function isIdentifierWord(word: string, words: ReadonlySet<string>): boolean {
  return words.has(word) || word.endsWith('nummer') || word.endsWith('nr')
}
