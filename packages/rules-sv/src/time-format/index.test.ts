import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, parseDocument, type TextEdit} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {timeData} from './data.js'
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

async function lintMarkdown(markdown: string) {
  const file = new VFile(markdown)
  const tree = (await parseDocument(file, 'markdown')).toNlcst(SwedishParser, file)
  await unified().use(plugin).run(tree, file)
  return file.messages
}

describe('time-format', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'time-format', defaultSeverity: 'info', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message for `kl 8:00`', async () => {
    const [message, ...rest] = await lintSv('Vi öppnar kl 8:00 i morgon.', plugin)
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
      ruleId: 'time-format',
      source: 'klarsprak',
      reason: 'Skriv ”kl. 8.00” i stället för ”kl 8:00”.',
      line: 1,
      column: 11,
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 18, offset: 17}},
      actual: 'kl 8:00',
      expected: ['kl. 8.00'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/time-format.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 12\.2\.1/)
  })

  it.each([
    ['Receptionen har öppet kl 8.00–16.30.', ['kl'], [['kl.']]],
    ['Kl 10 startar loppet.', ['Kl'], [['Kl.']]],
    ['Mottagningen öppnar kl. 8:00.', ['8:00'], [['8.00']]],
    ['Mötet börjar klockan 18:30.', ['18:30'], [['18.30']]],
    ['Simhallen har öppet 8:00–20:00.', ['8:00', '20:00'], [['8.00'], ['20.00']]],
    ['Öppet hus kl. 08.00–12.00.', ['08.00'], [['8.00']]],
    ['Ring kl 08:15.', ['kl 08:15'], [['kl. 8.15']]],
    ['Larmet gick kl. 14:02:36.', ['14:02:36'], [['14.02.36']]],
    ['Vi tar emot besök mellan 8:30 och 11:00.', ['8:30', '11:00'], [['8.30'], ['11.00']]],
    ['Femte mötet kl. 13-14:30.', ['14:30'], [['14.30']]]
  ])('flags the clock time in %j', async (text, expectedActuals, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual(expectedActuals)
    expect(messages.map((message) => message.expected)).toEqual(expected)
  })

  it.each([
    ['Vi svarar mellan kl. 9–12.', 'mellan kl. 9–12', ['kl. 9–12', 'mellan kl. 9 och 12']],
    ['Mellan kl 9-17 svarar vi.', 'Mellan kl 9-17', ['Kl. 9–17', 'Mellan kl. 9 och 17']],
    ['Öppet från kl. 10–15.', 'från kl. 10–15', ['kl. 10–15', 'från kl. 10 till 15']],
    ['Öppet mellan 9.00–16.00 på vardagar.', 'mellan 9.00–16.00', ['9.00–16.00', 'mellan 9.00 och 16.00']],
    ['Vi har öppet mellan 10-14.', 'mellan 10-14', ['10–14', 'mellan 10 och 14']],
    ['Stängt från 1–15 juli.', 'från 1–15', ['1–15', 'från 1 till 15']],
    ['Stängt mellan 2025–2027.', 'mellan 2025–2027', ['2025–2027', 'mellan 2025 och 2027']]
  ])('offers two ways to write the range in %j, leaving the choice to the writer', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toContain(actual)
    const message = messages.find((candidate) => candidate.actual === actual)!
    expect(message.expected).toEqual(expected)
    expect(message.reason).toMatch(/tankstrecket betyder redan/)
  })

  it('replaces ”till” after ”mellan” with ”och”', async () => {
    const text = 'Sophämtning sker mellan 7 till 16. Parkera mellan kl. 18 till kl. 6. Stängt mellan den 1 juni till den 5 juni.'
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual(['till', 'till', 'till'])
    expect(fixed(text, messages)).toBe(
      'Sophämtning sker mellan 7 och 16. Parkera mellan kl. 18 och kl. 6. Stängt mellan den 1 juni och den 5 juni.'
    )
  })

  it('fixes every certain problem in one pass', async () => {
    const text = 'Tvättstugan kan bokas kl 7:00–22:00 och återvinningen öppnar kl. 07.00.'
    expect(fixed(text, await lintSv(text, plugin))).toBe(
      'Tvättstugan kan bokas kl. 7.00–22.00 och återvinningen öppnar kl. 7.00.'
    )
  })

  it.each([
    'Receptionen har öppet kl. 8.00–16.30 på vardagar.',
    'Ring oss mellan kl. 9 och 12, eller från kl. 13 till 15.',
    'Enligt SFS 2018:585 och SOU 2024:12 ska kommunen informera.',
    'Regeln finns i 3:4 RF.',
    'Matchen slutade 3:1.',
    'Hon kom på 2:a plats och han på 3:e.',
    'LSS:s regler gäller.',
    'Bildformatet är 16:9 och skalan 1:50 000.',
    'Akuten har nattöppet kl. 01–06.',
    'Barn mellan 3–5 år och avgifter mellan 100–200 kronor.',
    'Predikotexten är Joh 3:16 och 3:17.',
    'Resan tar ca 1:30 timmar.',
    'Läs prop. 2024/25:89.',
    'Elever i kl 3 går hem tidigare.',
    'Mötet hålls 2026-05-12 kl. 18.30.',
    'Vid 10-tiden serveras fika.',
    'Läs mer på https://www.exempel.se/tider/kl 8:00 om tiderna.',
    'Priset är 10:50 kr.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('skips code and finds times across Markdown emphasis, with positions in the source', async () => {
    const markdown = '# Öppettider\n\nKör `kl 8:00` i terminalen.\n\nVi öppnar **kl 9:30** på [måndag](https://x.se/kl-8:00).\n'
    const messages = await lintMarkdown(markdown)
    expect(actuals(messages)).toEqual(['kl 9:30'])
    expect(messages[0]!.place).toMatchObject({start: {line: 5, column: 13}, end: {line: 5, column: 20}})
    expect(fixed(markdown, messages)).toContain('**kl. 9.30**')
  })

  it('accepts a colon with `allowColon`, but still wants the dot after `kl`', async () => {
    const messages = await lintSv('Öppet kl. 8:00–16:00 och kl 18:30.', plugin, {allowColon: true})
    expect(actuals(messages)).toEqual(['kl'])
  })

  it('reads its word lists from the data file', () => {
    const data = timeData()
    expect(data.cues.has('öppnar')).toBe(true)
    expect(data.durationUnits.has('timmar')).toBe(true)
    expect(data.afterHours.has('på')).toBe(true)
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('time-format', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
