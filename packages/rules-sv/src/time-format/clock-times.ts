import type {TextFinding} from '../date-format/numeric-dates.js'
import {wordAfter, wordBefore} from '../date-format/sentence-text.js'
import type {TimeData} from './data.js'

const clockNote =
  'Klockslag skrivs med punkt mellan timmar och minuter: kl. 9.45, kl. 18. Kolon går också, men punkt är ' +
  'förstahandsvalet. Källa: Myndigheternas skrivregler 12.2.1; webbriktlinjer.se, riktlinje 66.'
const zeroNote =
  'En nolla före timmen (08.00) behövs bara i tabeller och listor med många tider; i löptext skrivs kl. 8.00. ' +
  'Nattider får ha nolla (kl. 01–06). Källa: webbriktlinjer.se, riktlinje 66.'
const dotNote = 'Förkortningen kl. skrivs med punkt. Källa: Myndigheternas skrivregler 12.2.1.'

/**
 * A number that may be a clock time: `8`, `8.00`, `08:00`, `14.02.36`. Not part of a longer number or reference
 * (`2024/25:89`, `3,45`, `1.6.2`), an ordinal (`3:e`) or a word.
 */
const timePattern = /(?<![\p{L}\p{N}/:.,§])(\d{1,2})(?:([.:])(\d{2})(?:\2(\d{2}))?)?(?![\p{L}\p{N}]|[.:,/]\p{N}|:\p{L})/gu
/** `kl`, `kl.` or `klockan` (any of them with a capital) right before a time. */
const clockWordBefore = /(?<![\p{L}\p{N}.])(kl|Kl|klockan|Klockan)(\.?)(\s+)$/u
const dashBetween = /^\s?[–-]\s?$/u
const wordBetween = /^\s+(?:och|till|eller)\s+$/u
/** `1:50 000` is a scale, `12:30 000` nothing a clock shows. */
const groupedDigitsAfter = /^\s\d{3}(?!\p{N})/u

interface ClockTime {
  readonly start: number
  readonly end: number
  readonly hourText: string
  readonly hour: number
  readonly separator: string
  readonly rest: readonly string[]
  /** `kl`, `Kl`, `klockan` or `Klockan` right before, with its start and whether a dot follows it. */
  readonly clockWord?: {readonly word: string; readonly start: number; readonly dot: boolean; readonly space: string}
  /** Whether the context shows a clock time. */
  clock: boolean
}

export interface ClockTimeOptions {
  /** Accept `9:45` (a colon between hours and minutes). */
  readonly allowColon: boolean
}

/**
 * Clock times not written the Swedish way: `kl 8` (no dot), `8:00` (colon), `08.00` (a leading zero in running text).
 * A colon or a zero is flagged only where the number is certainly a clock time: after `kl.`, `klockan` or a word
 * such as `öppnar` (data/time-format.yml), or in a range of two times with minutes (`8:00–16:00`).
 */
export function clockTimes(text: string, data: TimeData, options: ClockTimeOptions): TextFinding[] {
  const times: ClockTime[] = []
  for (const match of text.matchAll(timePattern)) {
    const [actual, hourText, separator, minutes, seconds] = match
    const start = match.index
    const end = start + actual.length
    const hour = Number(hourText)
    const rest = [minutes, seconds].filter((part): part is string => part !== undefined)
    if (!isClockTime(hour, rest)) continue
    const after = text.slice(end, end + 16)
    if (groupedDigitsAfter.test(after) || data.durationUnits.has(wordAfter(text, end))) continue
    const clockWord = clockWordAt(text, start)
    const cue = clockWord !== undefined || data.cues.has(wordBefore(text, start))
    times.push({start, end, hourText: hourText!, hour, separator: separator ?? '', rest, ...(clockWord ? {clockWord} : {}), clock: cue})
  }
  linkRanges(text, times)

  const findings: TextFinding[] = []
  for (const time of times) {
    const finding = clockFinding(text, time, options)
    if (finding) findings.push(finding)
  }
  return findings
}

function isClockTime(hour: number, rest: readonly string[]): boolean {
  if (hour > 24) return false
  if (rest.some((part) => Number(part) > 59)) return false
  return hour < 24 || rest.every((part) => part === '00')
}

function clockWordAt(text: string, start: number): ClockTime['clockWord'] {
  const from = Math.max(0, start - 12)
  const match = clockWordBefore.exec(text.slice(from, start))
  if (!match) return undefined
  const [, word, dot, space] = match
  return {word: word!, start: from + match.index, dot: dot === '.', space: space!}
}

/**
 * `kl. 8–16:30`, `8:00–16:00`, `mellan 8:00 och 16:00`: a time joined to a clock time is one too, and two times with
 * minutes joined by a dash are a range of clock times.
 */
function linkRanges(text: string, times: ClockTime[]): void {
  for (let index = 1; index < times.length; index++) {
    const previous = times[index - 1]!
    const current = times[index]!
    const between = text.slice(previous.end, current.start)
    const dash = dashBetween.test(between)
    if (dash && previous.rest.length > 0 && current.rest.length > 0) previous.clock = current.clock = true
    if ((dash || wordBetween.test(between)) && previous.clock) current.clock = true
  }
}

function clockFinding(text: string, time: ClockTime, options: ClockTimeOptions): TextFinding | undefined {
  const clockWord = time.clockWord
  const missingDot =
    clockWord !== undefined &&
    !clockWord.dot &&
    (clockWord.word === 'kl' || clockWord.word === 'Kl') &&
    // `i kl 3`, `för kl 8`: a school class (klass), not a clock.
    !['i', 'för'].includes(wordBefore(text, clockWord.start))
  const colon = time.clock && time.separator === ':' && !options.allowColon
  const zero =
    time.clock &&
    time.hourText.length === 2 &&
    time.hour >= 7 &&
    time.hour <= 9 &&
    (time.rest.length > 0 || clockWord !== undefined)
  if (!missingDot && !colon && !zero) return undefined

  const separator = colon ? '.' : time.separator
  const fixedTime = (zero ? String(time.hour) : time.hourText) + time.rest.map((part) => separator + part).join('')
  const note = colon ? clockNote : zero ? zeroNote : dotNote
  if (missingDot && clockWord && !colon && !zero) {
    const expected = clockWord.word + '.'
    return {
      start: clockWord.start,
      end: clockWord.start + clockWord.word.length,
      actual: clockWord.word,
      expected: [expected],
      reason: `Skriv ”${expected}” med punkt.`,
      note
    }
  }
  const start = missingDot && clockWord ? clockWord.start : time.start
  const actual = text.slice(start, time.end)
  const expected = missingDot && clockWord ? `${clockWord.word}.${clockWord.space}${fixedTime}` : fixedTime
  return {start, end: time.end, actual, expected: [expected], reason: `Skriv ”${expected}” i stället för ”${actual}”.`, note}
}
