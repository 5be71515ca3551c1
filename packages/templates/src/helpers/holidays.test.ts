import {describe, expect, it} from 'vitest'
import {addWorkdays, easterSunday, holidayOn, isWorkday, isoDate, parseIsoDate, swedishHolidays} from './holidays.js'

const dateOf = (year: number, sv: string) => swedishHolidays(year).find((holiday) => holiday.name.sv === sv)?.date

describe('Swedish holidays', () => {
  it('computes Easter Sunday for years where it moves a lot', () => {
    expect(isoDate(easterSunday(2024))).toBe('2024-03-31')
    expect(isoDate(easterSunday(2025))).toBe('2025-04-20')
    expect(isoDate(easterSunday(2026))).toBe('2026-04-05')
    expect(isoDate(easterSunday(2027))).toBe('2027-03-28')
    expect(isoDate(easterSunday(2030))).toBe('2030-04-21')
    expect(isoDate(easterSunday(2038))).toBe('2038-04-25')
    expect(isoDate(easterSunday(2285))).toBe('2285-03-22')
  })

  it('puts Good Friday, Easter Monday and Ascension Day relative to Easter', () => {
    expect(dateOf(2026, 'långfredagen')).toBe('2026-04-03')
    expect(dateOf(2027, 'långfredagen')).toBe('2027-03-26')
    expect(dateOf(2030, 'långfredagen')).toBe('2030-04-19')
    expect(dateOf(2026, 'annandag påsk')).toBe('2026-04-06')
    expect(dateOf(2026, 'Kristi himmelsfärdsdag')).toBe('2026-05-14')
    expect(dateOf(2027, 'Kristi himmelsfärdsdag')).toBe('2027-05-06')
    expect(dateOf(2030, 'pingstdagen')).toBe('2030-06-09')
  })

  it('puts Midsummer Eve on the Friday between 19 and 25 June and Midsummer Day on the day after', () => {
    const eves: Record<number, string> = {2024: '2024-06-21', 2025: '2025-06-20', 2026: '2026-06-19', 2027: '2027-06-25', 2028: '2028-06-23', 2029: '2029-06-22'}
    for (const [year, date] of Object.entries(eves)) expect(dateOf(Number(year), 'midsommarafton')).toBe(date)
    for (let year = 2000; year <= 2100; year++) {
      const eve = parseIsoDate(dateOf(year, 'midsommarafton')!)!
      expect(eve.month).toBe(6)
      expect(eve.day).toBeGreaterThanOrEqual(19)
      expect(eve.day).toBeLessThanOrEqual(25)
      expect(new Date(Date.UTC(year, 5, eve.day)).getUTCDay()).toBe(5)
      const day = parseIsoDate(dateOf(year, 'midsommardagen')!)!
      expect(day.day).toBe(eve.day + 1)
    }
  })

  it('puts All Saints’ Day on the Saturday between 31 October and 6 November', () => {
    expect(dateOf(2026, 'alla helgons dag')).toBe('2026-10-31')
    expect(dateOf(2027, 'alla helgons dag')).toBe('2027-11-06')
    expect(dateOf(2028, 'alla helgons dag')).toBe('2028-11-04')
  })

  it('has the fixed days and the eves that are days off', () => {
    for (const date of ['2026-01-01', '2026-01-06', '2026-05-01', '2026-06-06', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']) {
      expect(holidayOn(date), date).toBeDefined()
    }
    expect(holidayOn('2026-12-24')?.name).toEqual({sv: 'julafton', en: 'Christmas Eve'})
    expect(holidayOn('2026-12-23')).toBeUndefined()
  })

  it('knows which days are working days', () => {
    expect(isWorkday({year: 2026, month: 4, day: 3})).toBe(false) // Good Friday
    expect(isWorkday({year: 2026, month: 4, day: 7})).toBe(true)
    expect(isWorkday({year: 2026, month: 11, day: 28})).toBe(false) // Saturday
    expect(isWorkday({year: 2026, month: 6, day: 19})).toBe(false) // Midsummer Eve
  })
})

describe('addWorkdays', () => {
  it('skips weekends', () => {
    expect(addWorkdays('2026-11-27', 1)).toBe('2026-11-30') // Friday → Monday
    expect(addWorkdays('2026-11-23', 10)).toBe('2026-12-07')
  })

  it('skips Easter, which moves from year to year', () => {
    expect(addWorkdays('2026-04-02', 1)).toBe('2026-04-07') // Maundy Thursday → after Easter Monday
    expect(addWorkdays('2027-03-25', 1)).toBe('2027-03-30')
    expect(addWorkdays('2030-04-18', 1)).toBe('2030-04-23')
  })

  it('skips Ascension Day, Midsummer and Christmas', () => {
    expect(addWorkdays('2026-05-13', 1)).toBe('2026-05-15')
    expect(addWorkdays('2027-06-24', 1)).toBe('2027-06-28') // Midsummer Eve is Friday 25 June 2027
    expect(addWorkdays('2026-12-23', 1)).toBe('2026-12-28')
    expect(addWorkdays('2026-12-30', 1)).toBe('2027-01-04') // New Year's Eve and Day
    expect(addWorkdays('2027-01-05', 1)).toBe('2027-01-07') // Epiphany
  })

  it('counts backwards and treats 0 as the day itself', () => {
    expect(addWorkdays('2026-04-07', -1)).toBe('2026-04-02')
    expect(addWorkdays('2026-11-28', 0)).toBe('2026-11-28')
  })

  it('refuses dates that are not YYYY-MM-DD and counts that are not whole numbers', () => {
    expect(() => addWorkdays('2026-02-30', 1)).toThrow(/YYYY-MM-DD/)
    expect(() => addWorkdays('23/11/2026', 1)).toThrow(/YYYY-MM-DD/)
    expect(() => addWorkdays('2026-11-23', 1.5)).toThrow(/whole number/)
  })
})
