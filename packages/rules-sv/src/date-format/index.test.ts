import {describe, expect, it} from 'vitest'
import {applyEdits, type TextEdit} from '@klarsprak/core'
import type {VFileMessage} from 'vfile-message'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {calendar, isValidDate} from './calendar.js'
import plugin, {meta, rule} from './index.js'

function fixed(text: string, messages: readonly VFileMessage[]): string {
  const edits: TextEdit[] = []
  for (const message of messages) {
    const place = message.place
    if (message.expected?.length !== 1 || !place || !('start' in place)) continue
    edits.push({offset: place.start.offset!, endOffset: place.end.offset!, text: message.expected[0]!})
  }
  return applyEdits(text, edits).output
}

describe('date-format', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'date-format', defaultSeverity: 'warning', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message for a capitalised month', async () => {
    const [message, ...rest] = await lintSv('Ansök senast den 3 Juni.', plugin)
    expect(rest).toEqual([])
    expect({
      ruleId: message!.ruleId,
      source: message!.source,
      reason: message!.reason,
      line: message!.line,
      column: message!.column,
      place: message!.place,
      actual: message!.actual,
      expected: message!.expected,
      url: message!.url
    }).toEqual({
      ruleId: 'date-format',
      source: 'klarsprak',
      reason: 'Skriv ”juni” med liten bokstav.',
      line: 1,
      column: 20,
      place: {start: {line: 1, column: 20, offset: 19}, end: {line: 1, column: 24, offset: 23}},
      actual: 'Juni',
      expected: ['juni'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/date-format.md'
    })
    expect(message!.note).toMatch(/Språkrådet/)
  })

  it.each([
    ['Vi ses på Måndag.', 'Måndag', 'måndag'],
    ['Stängt på Lördagar.', 'Lördagar', 'lördagar'],
    ['Rösterna räknas på Söndagen.', 'Söndagen', 'söndagen'],
    ['Valet hålls i September.', 'September', 'september'],
    ['I Juni är det stängt.', 'Juni', 'juni'],
    ['På Fredag firar vi.', 'Fredag', 'fredag'],
    ['Öppet måndag–Fredag.', 'Fredag', 'fredag'],
    ['Öppet måndag, Tisdag och onsdag.', 'Tisdag', 'tisdag'],
    ['Kursen börjar den 3 Maj.', 'Maj', 'maj'],
    ['Öppet hus i Mars 2027.', 'Mars', 'mars']
  ])('lowers the capital in %j', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
  })

  it('drops the ordinal ending of a date', async () => {
    const text = 'Den 1:a juni öppnar badet, den 3:e Maj stänger det och hyran betalas den 25:e varje månad. Den 1a juli.'
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual(['1:a', '3:e', 'Maj', '25:e', '1a'])
    expect(messages[0]!.reason).toBe('Skriv ”1 juni” i stället för ”1:a juni”.')
    expect(fixed(text, messages)).toBe(
      'Den 1 juni öppnar badet, den 3 maj stänger det och hyran betalas den 25 varje månad. Den 1 juli.'
    )
  })

  it.each([
    ['Nya taxor gäller från 1/6 2026.', '1/6 2026', '1 juni 2026'],
    ['Från 1/6-2026 gäller det.', '1/6-2026', '1 juni 2026'],
    ['Betala senast 01.06.2026.', '01.06.2026', '1 juni 2026'],
    ['Sista dag är 1.6.2026.', '1.6.2026', '1 juni 2026'],
    ['Ansök senast 20261123.', '20261123', '23 november 2026']
  ])('writes out the certain date in %j', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
    expect(messages[0]!.reason).toBe(`Skriv ”${expected}” i stället för ”${actual}”.`)
  })

  it('asks for the year where the text has none, without a fix', async () => {
    const messages = await lintSv('Förskolan har planeringsdag den 1/6.', plugin)
    expect(actuals(messages)).toEqual(['1/6'])
    expect(messages[0]!.expected).toBeUndefined()
    expect(messages[0]!.reason).toBe('Skriv ”1 juni” och årtalet i stället för ”1/6”.')
  })

  it('treats dates joined to a date as dates', async () => {
    const messages = await lintSv('Ansök mellan den 1/3 och 31/3. Vägen är avstängd 1/6–30/6 2026. Mötet 8/4 kl. 10.', plugin)
    expect(actuals(messages)).toEqual(['1/3', '31/3', '1/6', '30/6 2026', '8/4'])
    // The first date of a range borrows the year of the second: `1 juni–30 juni 2026`.
    expect(messages[2]!.expected).toEqual(['1 juni'])
    expect(messages[3]!.expected).toEqual(['30 juni 2026'])
  })

  it.each([
    'Måndag–fredag har vi öppet.',
    'Juni är den ljusaste månaden.',
    'Ansök senast den 3 juni 2026.',
    'Beslutet fattades 2026-11-23.',
    'Alltså 2/3 av eleverna och en 1/2 dag.',
    'Ladda ned version 1.6.2 av appen.',
    'Skriv personnumret som 19811218-9876.',
    'Planeten Mars syns i kväll.',
    'Rektor Maj Andersson och Juni Svensson hälsar välkommen.',
    'Vi har öppet dygnet runt, 24/7.',
    'Läsåret 2025/26 börjar i augusti.',
    'Diarienummer 2026/123 och kundnummer 20261123.',
    'Kafé Juni ligger vid torget.',
    'Öppettider\nMåndag 8–16\nTisdag 8–16',
    'Hon sa: ”Måndag passar bäst.”',
    'Fyll i bilaga 3/4.',
    'Öka andelen från 1/4 till 1/3 av budgeten.',
    'JUNI: sommarstängt.',
    'Du får en påminnelse den 3:e gången.',
    'Formatet är 20211220 -> 2021-12-20.',
    'Läs mer på https://www.exempel.se/nyheter/1/6 om beslutet.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('skips numeric dates with `numericDates: false`', async () => {
    const messages = await lintSv('Från 1/6 2026, den 1:a juni, i Juni.', plugin, {numericDates: false})
    expect(actuals(messages)).toEqual(['1:a', 'Juni'])
  })

  it('accepts a month or weekday in the project word list as a name', async () => {
    const text = 'Vi hälsar Juni välkommen i Juni.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['Juni', 'Juni'])
    expect(actuals(await lintSv(text, plugin, {words: ['Juni']}))).toEqual([])
  })

  it('reads the calendar from its data file and checks dates', () => {
    const data = calendar()
    expect(data.months).toHaveLength(12)
    expect(data.words.get('juni')).toEqual({kind: 'month', month: 6, ambiguous: false})
    expect(data.words.get('måndagarna')?.kind).toBe('weekday')
    expect(data.words.get('maj')?.ambiguous).toBe(true)
    expect(isValidDate(31, 6)).toBe(false)
    expect(isValidDate(29, 2)).toBe(true)
    expect(isValidDate(29, 2, 2026)).toBe(false)
    expect(isValidDate(29, 2, 2028)).toBe(true)
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('date-format', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
