import {describe, expect, it} from 'vitest'
import {formatContact, formatDate, formatHoursTable, formatList, formatMoney, formatPhone, formatTime, formatTimeRange, formatWeekday, type Style} from './format.js'

const sv: Style = {language: 'sv', markdown: false}
const en: Style = {language: 'en', markdown: false}
const nbsp = '\u00a0'

describe('formatting helpers', () => {
  it('writes dates and weekdays in the template’s language', () => {
    expect(formatDate('2026-11-23', sv)).toBe('23 november 2026')
    expect(formatDate('2026-11-23', en)).toBe('23 November 2026')
    expect(formatDate('2026-01-05T08:30', sv)).toBe('5 januari 2026')
    expect(formatWeekday('2026-11-23', sv)).toBe('måndag')
    expect(formatWeekday('2026-11-29', en)).toBe('Sunday')
    expect(() => formatDate('23/11/2026', sv)).toThrow('date: expected a date as YYYY-MM-DD, got "23/11/2026"')
    expect(() => formatDate(undefined, sv)).toThrow(/the variable is missing/)
  })

  it('writes times the Swedish way (kl. 8.00) and the English way (8:00)', () => {
    expect(formatTime('08:00', sv)).toBe('kl. 8.00')
    expect(formatTime('16:30', en)).toBe('16:30')
    expect(formatTime('2026-11-23T09:05', sv)).toBe('kl. 9.05')
    expect(formatTimeRange('08:00', '16:30', sv)).toBe('kl. 8.00–16.30')
    expect(formatTimeRange('08:00', '16:30', en)).toBe('8:00–16:30')
    expect(() => formatTime('25:00', sv)).toThrow(/HH:MM/)
  })

  it('groups phone numbers', () => {
    expect(formatPhone('081234567', sv)).toBe('08-123 45 67')
    expect(formatPhone('08-123 45 67', sv)).toBe('08-123 45 67')
    expect(formatPhone('+46 8 123 45 67', sv)).toBe('08-123 45 67')
    expect(formatPhone('0311234567', sv)).toBe('031-123 45 67')
    expect(formatPhone('0701234567', sv)).toBe('070-123 45 67')
    expect(formatPhone('0480123456', sv)).toBe('0480-12 34 56')
    expect(formatPhone('08-123 45 67', en)).toBe('+46 8 123 45 67')
    expect(formatPhone('+45 12 34 56 78', sv)).toBe('+45 12 34 56 78')
    expect(() => formatPhone('ring mig', sv)).toThrow(/phone number/)
  })

  it('writes amounts with grouped thousands', () => {
    expect(formatMoney(1250, sv)).toBe(`1${nbsp}250${nbsp}kr`)
    expect(formatMoney(1250.5, sv)).toBe(`1${nbsp}250,50${nbsp}kr`)
    expect(formatMoney(1234567, sv)).toBe(`1${nbsp}234${nbsp}567${nbsp}kr`)
    expect(formatMoney(1250, en)).toBe(`SEK${nbsp}1,250`)
    expect(() => formatMoney('mycket', sv)).toThrow(/amount/)
  })

  it('joins lists with “och” and “and”', () => {
    expect(formatList(['a', 'b', 'c'], sv)).toBe('a, b och c')
    expect(formatList(['a', 'b', 'c'], en)).toBe('a, b and c')
    expect(formatList(['a', 'b'], sv, true)).toBe('a eller b')
    expect(formatList(['a'], sv)).toBe('a')
  })

  it('writes a contact block with the ways to reach someone', () => {
    const contact = {name: 'Alex Berg', role: 'handläggare', phone: '081234567', email: 'alex@exempel.se'}
    expect(formatContact(contact, sv)).toBe('Alex Berg, handläggare\nTelefon: 08-123 45 67\nE-post: alex@exempel.se')
    expect(formatContact({url: 'https://exempel.se'}, en)).toBe('Web: https://exempel.se')
    expect(formatContact(contact, {language: 'sv', markdown: true})).toBe('Alex Berg, handläggare\\\nTelefon: 08-123 45 67\\\nE-post: alex@exempel.se')
    expect(() => formatContact({name: 'Alex'}, sv)).toThrow(/phone number, an e-mail address or a web address/)
  })

  it('writes opening hours, closed days included', () => {
    const hours = [
      {days: 'måndag–torsdag', opens: '08:00', closes: '16:30'},
      {days: 'fredag', opens: '08:00', closes: '15:00', note: 'lunch kl. 12–13'},
      {days: 'lördag'}
    ]
    expect(formatHoursTable(hours, sv)).toBe('måndag–torsdag: kl. 8.00–16.30\nfredag: kl. 8.00–15.00 (lunch kl. 12–13)\nlördag: stängt')
    expect(formatHoursTable([{days: 'Saturday'}], {language: 'en', markdown: true})).toBe('- Saturday: closed')
  })
})
