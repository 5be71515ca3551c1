/**
 * Swedish public holidays (lag (1989:253) om allmänna helgdagar) and the eves that are days off in practice
 * (midsommarafton, julafton, nyårsafton), computed for any year of the Gregorian calendar.
 */

/** A calendar day; months are 1-based. */
export interface Day {
  year: number
  month: number
  day: number
}

export interface Holiday {
  date: string
  name: {sv: string; en: string}
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return {year, month, day}
}

const msPerDay = 86_400_000

function toUtc(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day)
}

function fromUtc(time: number): Day {
  const date = new Date(time)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

export function addDays(day: Day, count: number): Day {
  return fromUtc(toUtc(day) + count * msPerDay)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: Day): number {
  return new Date(toUtc(day)).getUTCDay()
}

export function isoDate(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

/** Parse `YYYY-MM-DD` (a real calendar day) or return undefined. */
export function parseIsoDate(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  const back = fromUtc(toUtc(day))
  return back.year === day.year && back.month === day.month && back.day === day.day ? day : undefined
}

/** The first day from `from` (inclusive) that falls on `weekday` (0 = Sunday). */
function firstWeekdayFrom(from: Day, weekday: number): Day {
  return addDays(from, (weekday - dayOfWeek(from) + 7) % 7)
}

const cache = new Map<number, Holiday[]>()

/** The holidays and days off of `year`, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  const known = cache.get(year)
  if (known) return known
  const easter = easterSunday(year)
  const midsummerEve = firstWeekdayFrom({year, month: 6, day: 19}, 5)
  const allSaints = firstWeekdayFrom({year, month: 10, day: 31}, 6)
  const list: Array<[Day, string, string]> = [
    [{year, month: 1, day: 1}, 'nyårsdagen', 'New Year’s Day'],
    [{year, month: 1, day: 6}, 'trettondedag jul', 'Epiphany'],
    [addDays(easter, -2), 'långfredagen', 'Good Friday'],
    [addDays(easter, -1), 'påskafton', 'Easter Eve'],
    [easter, 'påskdagen', 'Easter Sunday'],
    [addDays(easter, 1), 'annandag påsk', 'Easter Monday'],
    [{year, month: 5, day: 1}, 'första maj', 'May Day'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag', 'Ascension Day'],
    [addDays(easter, 49), 'pingstdagen', 'Whit Sunday'],
    [{year, month: 6, day: 6}, 'Sveriges nationaldag', 'National Day of Sweden'],
    [midsummerEve, 'midsommarafton', 'Midsummer Eve'],
    [addDays(midsummerEve, 1), 'midsommardagen', 'Midsummer Day'],
    [allSaints, 'alla helgons dag', 'All Saints’ Day'],
    [{year, month: 12, day: 24}, 'julafton', 'Christmas Eve'],
    [{year, month: 12, day: 25}, 'juldagen', 'Christmas Day'],
    [{year, month: 12, day: 26}, 'annandag jul', 'Boxing Day'],
    [{year, month: 12, day: 31}, 'nyårsafton', 'New Year’s Eve']
  ]
  const holidays = list
    .map(([day, sv, en]) => ({date: isoDate(day), name: {sv, en}}))
    .sort((a, b) => a.date.localeCompare(b.date))
  cache.set(year, holidays)
  return holidays
}

/** The holiday on `date` (`YYYY-MM-DD`), if any. */
export function holidayOn(date: string): Holiday | undefined {
  const day = parseIsoDate(date)
  if (!day) return undefined
  return swedishHolidays(day.year).find((holiday) => holiday.date === date)
}

/** Whether `day` is a working day: Monday to Friday and not a holiday or an eve that is a day off. */
export function isWorkday(day: Day): boolean {
  const weekday = dayOfWeek(day)
  if (weekday === 0 || weekday === 6) return false
  return holidayOn(isoDate(day)) === undefined
}

/**
 * The day `count` working days after `date` (before it when `count` is negative); `count` 0 gives `date` itself.
 * Throws on a date that is not `YYYY-MM-DD` or a count that is not a whole number.
 */
export function addWorkdays(date: string, count: number): string {
  const start = parseIsoDate(date)
  if (!start) throw new TypeError(`addWorkdays: expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`)
  if (!Number.isInteger(count)) throw new TypeError(`addWorkdays: expected a whole number of days, got ${JSON.stringify(count)}`)
  let day = start
  const step = count < 0 ? -1 : 1
  for (let left = Math.abs(count); left > 0; ) {
    day = addDays(day, step)
    if (isWorkday(day)) left--
  }
  return isoDate(day)
}
