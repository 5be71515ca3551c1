import {matchCase} from '@klarsprak/core'
import type {Calendar} from '../date-format/calendar.js'
import type {TextFinding} from '../date-format/numeric-dates.js'
import {wordAfter} from '../date-format/sentence-text.js'
import type {TimeData} from './data.js'

const rangeNote =
  'Tankstrecket i ”kl. 9–17” betyder i sig ”från … till” eller ”mellan … och”. Skriv därför antingen bara ' +
  'tankstrecket eller orden. Källa: Myndigheternas skrivregler 12.4.1 och 13.8.2.'
const tillNote =
  'Det heter ”mellan … och” (”mellan kl. 9 och 17”) men ”från … till” (”från kl. 9 till 17”). Källa: ' +
  'Myndigheternas skrivregler 12.4.1.'

/** A time, a day or a year: `9`, `9.30`, `17:00`, `2024`. */
const number = String.raw`\d{1,4}(?:[.:]\d{2})?`
const clockWord = String.raw`(?:kl\.?|klockan)`
const numberEnd = String.raw`(?![\p{L}\p{N}]|[.:,/]\p{N})`

/** `mellan kl. 9–17`, `från 8.00-16.30`, `mellan 2020–2024`, `från 1–15 juni`. */
const prepositionRange = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(mellan|Mellan|från|Från)\s+(?:(${clockWord})\s+)?(${number})\s?[–-]\s?` +
    String.raw`(?:${clockWord}\s+)?(${number})${numberEnd}`,
  'gu'
)

/**
 * `mellan 9 och 17` written with a dash (`mellan kl. 9–17`, `från 9–17`): the dash already means ”mellan … och” or
 * ”från … till”. Found only where the numbers are times, days or years (`kl.`, minutes, a month or a year after, or
 * nothing but a word such as `på` after): `mellan 3–5 år` is left alone.
 */
export function prepositionWithDash(text: string, data: TimeData, dates: Calendar): TextFinding[] {
  const findings: TextFinding[] = []
  for (const match of text.matchAll(prepositionRange)) {
    const [actual, word, clock, from, to] = match
    const start = match.index
    const end = start + actual.length
    if (!isTimeOrDateRange(text, end, clock !== undefined, from!, to!, data, dates)) continue
    const clockText = clock === undefined ? '' : clock.toLowerCase() === 'klockan' ? 'klockan ' : 'kl. '
    const range = matchCase(word!, `${clockText}${from}–${to}`)
    const joined = `${word} ${clockText}${from} ${word!.toLowerCase() === 'mellan' ? 'och' : 'till'} ${to}`
    findings.push({
      start,
      end,
      actual,
      expected: [range, joined],
      reason: `Skriv ”${range}” eller ”${joined}”: tankstrecket betyder redan ”${word!.toLowerCase() === 'mellan' ? 'mellan … och' : 'från … till'}”.`,
      note: rangeNote
    })
  }
  return findings
}

function isTimeOrDateRange(
  text: string,
  end: number,
  clock: boolean,
  from: string,
  to: string,
  data: TimeData,
  dates: Calendar
): boolean {
  const parts = [from, to].map((value) => value.split(/[.:]/))
  const hours = parts.map((part) => Number(part[0]))
  const hasMinutes = parts.some((part) => part.length > 1)
  const allHours = hours.every((hour) => hour <= 24) && parts.every((part) => part[0]!.length <= 2)
  if (clock || hasMinutes) return allHours && parts.every((part) => part.length === 1 || Number(part[1]) <= 59)
  if (parts.every((part) => /^(?:19|20)\d{2}$/.test(part[0]!))) return true
  const next = wordAfter(text, end)
  const calendarWord = dates.words.get(next)
  if (calendarWord?.kind === 'month') return hours.every((day) => day >= 1 && day <= 31)
  if (!allHours) return false
  // Clock hours without `kl.`: only when the sentence ends or continues with a word that cannot be a unit.
  if (next === '') return !/^\s*[\p{L}\p{N}%]/u.test(text.slice(end, end + 3))
  return data.afterHours.has(next) || calendarWord?.kind === 'weekday'
}

const tillPatterns = new WeakMap<Calendar, RegExp>()

/** `mellan 9 till 17`, `mellan den 1 juni till den 30 juni`: ”mellan” goes with ”och”. The fix replaces ”till”. */
export function betweenWithTill(text: string, dates: Calendar): TextFinding[] {
  let pattern = tillPatterns.get(dates)
  if (!pattern) {
    const lead = String.raw`(?:(?:kl\.?|klockan|den)\s+)?`
    pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])mellan\s+${lead}${number}(?:\s+${dates.monthPattern})?\s+(till)\s+${lead}${number}(?![\p{N}])`,
      'giud'
    )
    tillPatterns.set(dates, pattern)
  }
  const findings: TextFinding[] = []
  for (const match of text.matchAll(pattern)) {
    const [start, end] = match.indices![1]!
    const actual = text.slice(start, end)
    findings.push({
      start,
      end,
      actual,
      expected: [matchCase(actual, 'och')],
      reason: `Skriv ”mellan … och”, inte ”mellan … ${actual}”.`,
      note: tillNote
    })
  }
  return findings
}
