import type {Language} from '@klarsprak/core'
import {dayOfWeek, parseIsoDate, type Day} from './holidays.js'

/** How helper output is written: by the template's language, and with Markdown line breaks in Markdown bodies. */
export interface Style {
  language: Language
  markdown: boolean
}

const months = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}
const weekdays = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
}
const nbsp = '\u00a0'

/** A helper given something it cannot format: names the helper, what it expected and what it got. */
export class HelperInputError extends TypeError {
  constructor(helper: string, expected: string, given: unknown) {
    super(`${helper}: expected ${expected}, got ${describe(given)}`)
    this.name = 'HelperInputError'
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the variable is missing)'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

/** A date as `YYYY-MM-DD`, or the date part of a datetime `YYYY-MM-DDTHH:MM`. */
function dayOf(helper: string, value: unknown): Day {
  const text = typeof value === 'string' ? value.slice(0, 10) : undefined
  const day = text === undefined || (typeof value === 'string' && value.length > 10 && value[10] !== 'T') ? undefined : parseIsoDate(text)
  if (!day) throw new HelperInputError(helper, 'a date as YYYY-MM-DD', value)
  return day
}

/** `23 november 2026` / `23 November 2026`. */
export function formatDate(value: unknown, style: Style): string {
  const day = dayOf('date', value)
  return `${day.day} ${months[style.language][day.month - 1]} ${day.year}`
}

/** `måndag` / `Monday`. */
export function formatWeekday(value: unknown, style: Style): string {
  return weekdays[style.language][dayOfWeek(dayOf('weekday', value))]!
}

/** Hours and minutes of `HH:MM`, or of the time part of a datetime. */
function clockOf(helper: string, value: unknown): {hours: number; minutes: number} {
  const text = typeof value === 'string' ? (/^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(11) : value) : undefined
  const match = text === undefined ? null : /^([01]?\d|2[0-4])[:.]([0-5]\d)(?::[0-5]\d)?$/.exec(text)
  if (!match || (Number(match[1]) === 24 && match[2] !== '00')) throw new HelperInputError(helper, 'a time as HH:MM', value)
  return {hours: Number(match[1]), minutes: Number(match[2])}
}

function clock(helper: string, value: unknown, style: Style): string {
  const {hours, minutes} = clockOf(helper, value)
  return `${hours}${style.language === 'sv' ? '.' : ':'}${String(minutes).padStart(2, '0')}`
}

/** `kl. 8.00` / `8:00`. */
export function formatTime(value: unknown, style: Style): string {
  const time = clock('time', value, style)
  return style.language === 'sv' ? `kl. ${time}` : time
}

/** `kl. 8.00–16.30` / `8:00–16:30`. */
export function formatTimeRange(from: unknown, to: unknown, style: Style): string {
  const range = `${clock('timeRange', from, style)}–${clock('timeRange', to, style)}`
  return style.language === 'sv' ? `kl. ${range}` : range
}

/** Swedish area codes of three digits (with the leading 0); the others have four, except 08. */
const threeDigitAreaCodes = new Set([
  '010', '011', '013', '016', '018', '019', '020', '021', '023', '026', '031', '033', '035', '036', '040', '042', '044',
  '046', '054', '060', '063', '070', '072', '073', '076', '079', '090'
])

/** Digits of the subscriber number in groups of two and three from the right, as Swedish numbers are written. */
function groupSubscriber(digits: string): string {
  const sizes: Record<number, number[]> = {2: [2], 3: [3], 4: [2, 2], 5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [3, 3, 2]}
  const plan = sizes[digits.length]
  if (!plan) return digits.replace(/(\d{2})(?=\d)/g, '$1 ')
  const groups: string[] = []
  let at = 0
  for (const size of plan) {
    groups.push(digits.slice(at, at + size))
    at += size
  }
  return groups.join(' ')
}

/**
 * A Swedish phone number as `08-123 45 67` (Swedish) or `+46 8 123 45 67` (English, for readers abroad). Numbers
 * from other countries (`+45 …`) are left as given.
 */
export function formatPhone(value: unknown, style: Style): string {
  if (typeof value !== 'string' || !/^\+?[\d\s()\-–]+$/.test(value) || value.replace(/\D/g, '').length < 5) {
    throw new HelperInputError('phone', 'a phone number such as 08-123 45 67', value)
  }
  const trimmed = value.trim()
  if (trimmed.startsWith('+') && !trimmed.startsWith('+46')) return trimmed
  let national = trimmed.replace(/^\+46\s*(\(0\))?\s*/, '0')
  if (!national.startsWith('0')) return trimmed
  let area: string
  let subscriber: string
  const dash = /^([\d\s]+?)\s*[-–]\s*([\d\s]+)$/.exec(national)
  if (dash) {
    area = dash[1]!.replace(/\s/g, '')
    subscriber = dash[2]!.replace(/\s/g, '')
  } else {
    national = national.replace(/\D/g, '')
    const length = national.startsWith('08') ? 2 : threeDigitAreaCodes.has(national.slice(0, 3)) ? 3 : 4
    area = national.slice(0, length)
    subscriber = national.slice(length)
  }
  if (style.language === 'en') return `+46 ${area.slice(1)} ${groupSubscriber(subscriber)}`
  return `${area}-${groupSubscriber(subscriber)}`
}

/** `1 250 kr`, `1 250,50 kr` (non-breaking spaces) / `SEK 1,250`. */
export function formatMoney(value: unknown, style: Style): string {
  const amount = typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim()) ? Number(value.replace(',', '.')) : value
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new HelperInputError('money', 'an amount such as 1250', value)
  const decimals = Number.isInteger(amount) ? 0 : 2
  if (style.language === 'en') {
    return `SEK${nbsp}${amount.toLocaleString('en-GB', {minimumFractionDigits: decimals, maximumFractionDigits: decimals})}`
  }
  const [whole, fraction] = Math.abs(amount).toFixed(decimals).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, nbsp)
  return `${amount < 0 ? '−' : ''}${grouped}${fraction ? ',' + fraction : ''}${nbsp}kr`
}

/** `a, b och c` / `a, b and c`. */
export function formatList(value: unknown, style: Style, disjunction = false): string {
  if (!Array.isArray(value)) throw new HelperInputError('list', 'a list', value)
  const items = value.map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return String(item)
    throw new HelperInputError('list', 'a list of texts or numbers', value)
  })
  const locale = style.language === 'sv' ? 'sv' : 'en-GB'
  return new Intl.ListFormat(locale, {type: disjunction ? 'disjunction' : 'conjunction'}).format(items)
}

export interface Contact {
  name?: string
  role?: string
  phone?: string
  email?: string
  url?: string
}

const labels = {
  sv: {phone: 'Telefon', email: 'E-post', url: 'Webb'},
  en: {phone: 'Phone', email: 'Email', url: 'Web'}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Lines joined as the body's format needs: a Markdown hard break keeps them apart. */
function lines(parts: readonly string[], style: Style): string {
  return parts.join(style.markdown ? '\\\n' : '\n')
}

/** A contact block: name and role on the first line, then one line per way to reach them. */
export function formatContact(value: unknown, style: Style): string {
  if (!isRecord(value) || !(value.phone || value.email || value.url)) {
    throw new HelperInputError('contact', 'a contact with a phone number, an e-mail address or a web address', value)
  }
  const contact = value as Contact
  const parts: string[] = []
  const who = [contact.name, contact.role].filter(Boolean).join(', ')
  if (who) parts.push(who)
  const label = labels[style.language]
  if (contact.phone) parts.push(`${label.phone}: ${formatPhone(contact.phone, style)}`)
  if (contact.email) parts.push(`${label.email}: ${contact.email}`)
  if (contact.url) parts.push(`${label.url}: ${contact.url}`)
  return lines(parts, style)
}

export interface OpeningHours {
  days: string
  opens?: string
  closes?: string
  note?: string
}

/** One line per row of opening hours: `måndag–torsdag: kl. 8.00–16.30`; a row without times is closed. */
export function formatHoursTable(value: unknown, style: Style): string {
  if (!Array.isArray(value) || !value.every((row) => isRecord(row) && typeof row.days === 'string')) {
    throw new HelperInputError('hoursTable', 'a list of opening hours ({days, opens, closes, note})', value)
  }
  const closed = style.language === 'sv' ? 'stängt' : 'closed'
  const rows = (value as OpeningHours[]).map((row) => {
    const time = row.opens && row.closes ? formatTimeRange(row.opens, row.closes, style) : closed
    const line = `${row.days}: ${time}${row.note ? ` (${row.note})` : ''}`
    return style.markdown ? `- ${line}` : line
  })
  return rows.join('\n')
}
