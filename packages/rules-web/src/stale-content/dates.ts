/** Dates as pages write them: ISO 8601, HTTP dates, and Swedish and English dates in words. */

const svMonths = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Month names and abbreviations (Swedish and English), lower case, to a month index. */
const monthIndex = new Map<string, number>()
for (const [index, name] of svMonths.entries()) {
  monthIndex.set(name, index)
  monthIndex.set(name.slice(0, 3), index)
}
for (const [index, name] of enMonths.entries()) {
  monthIndex.set(name.toLowerCase(), index)
  monthIndex.set(name.slice(0, 3).toLowerCase(), index)
}
monthIndex.set('sept', 8)
monthIndex.set('okt', 9)

const monthPattern = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')

/** `2024-03-05`, `5 mars 2024`, `den 5:e mars 2024`, `5th March 2024`, `March 5, 2024`, `mars 2024` excluded. */
export const datePattern = new RegExp(
  String.raw`(\d{4})-(\d{2})-(\d{2})` +
    String.raw`|(\d{1,2})(?::[ae]|st|nd|rd|th)?\.?\s+(` + monthPattern + String.raw`)\.?\s+(\d{4})` +
    String.raw`|(` + monthPattern + String.raw`)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`,
  'iu'
)

/** A calendar date in UTC, or `undefined` when the parts are not a real date. */
function makeDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined
  if (year < 1990 || year > 2200) return undefined
  return date
}

/** The date of a `datePattern` match. */
export function dateOfMatch(match: RegExpExecArray): Date | undefined {
  if (match[1]) return makeDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (match[4]) return makeDate(Number(match[6]), monthIndex.get(match[5]!.toLowerCase())!, Number(match[4]))
  return makeDate(Number(match[9]), monthIndex.get(match[7]!.toLowerCase())!, Number(match[8]))
}

/** A machine-readable date: ISO 8601 (`2024-03-05`, `2024-03-05T10:00:00+01:00`) or an HTTP date. */
export function parseMachineDate(value: string): Date | undefined {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))
  if (/^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}/.test(text)) {
    const time = Date.parse(text)
    if (!Number.isNaN(time)) return new Date(time)
  }
  return undefined
}

/** `5 mars 2024` / `5 March 2024`. */
export function formatDate(date: Date, language: 'sv' | 'en'): string {
  const months = language === 'sv' ? svMonths : enMonths
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}
