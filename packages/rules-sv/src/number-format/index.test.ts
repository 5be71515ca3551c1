import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, parseDocument, type TextEdit} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {group} from './detect.js'
import plugin, {meta, rule} from './index.js'

const nbsp = '\u00a0'

/** The text after applying every message with exactly one replacement, as `--fix` does. */
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

describe('number-format', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'number-format', defaultSeverity: 'info', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message on the number alone', async () => {
    const [message, ...rest] = await lintSv('Bidraget är högst 25000 kronor.', plugin)
    expect(rest).toEqual([])
    expect({
      ruleId: message!.ruleId,
      source: message!.source,
      reason: message!.reason,
      place: message!.place,
      actual: message!.actual,
      expected: message!.expected,
      url: message!.url
    }).toEqual({
      ruleId: 'number-format',
      source: 'klarsprak',
      reason: `Skriv ”25${nbsp}000” med mellanrum mellan tusentalen.`,
      place: {start: {line: 1, column: 19, offset: 18}, end: {line: 1, column: 24, offset: 23}},
      actual: '25000',
      expected: [`25${nbsp}000`],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/number-format.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 12\.1\.7/)
  })

  it.each([
    ['Kommunen har 98000 invånare.', '98000', '98 000'],
    ['Avgiften blir 14500 kr.', '14500', '14 500'],
    ['Parken är cirka 45000 kvadratmeter.', '45000', '45 000'],
    ['Lånet är 250000000 kronor.', '250000000', '250 000 000'],
    ['Fakturan på 12345,50 kr ska betalas.', '12345', '12 345'],
    ['Budgeten är 1.500.000 kronor.', '1.500.000', '1 500 000'],
    ['Vi fick 10.000 svar.', '10.000', '10 000'],
    ['Hyran är 8.450 kronor.', '8.450', '8 450'],
    ['Ersättningen är 1.234,50 kr per dag.', '1.234', '1 234'],
    ['Totalt 3,500 personer deltog.', '3,500', '3 500'],
    ['Föreningen kan få 50,000 kr.', '50,000', '50 000'],
    ['Kostnaden är 2,500,000 och mer.', '2,500,000', '2 500 000'],
    ['Priset är SEK 10,000 per år.', '10,000', '10 000'],
    ['Mer än 12000 har svarat.', '12000', '12 000']
  ])('groups %j with a fix', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected.replaceAll(' ', nbsp)])
  })

  it('reports both ends of a range', async () => {
    const messages = await lintSv('Bidraget är 1.000-2.000 kr.', plugin)
    expect(actuals(messages)).toEqual(['1.000', '2.000'])
    expect(messages.map((message) => message.expected)).toEqual([[`1${nbsp}000`], [`2${nbsp}000`]])
  })

  it('groups the ends of a range once it has an en dash', async () => {
    expect(actuals(await lintSv('Bidraget är 10000-20000 kr.', plugin))).toEqual([])
    expect(actuals(await lintSv('Bidraget är 10000–20000 kr.', plugin))).toEqual(['10000', '20000'])
  })

  it.each([
    ['Biblioteket lånade ut 230000 böcker.', '230000'],
    ['Sträckan är 1.500 km.', '1.500']
  ])('reports %j without a fix when the number may not be a quantity', async (text, actual) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toBeUndefined()
    expect(messages[0]!.reason).toMatch(/^Skriv ”.+” (med mellanrum mellan tusentalen om talet är ett belopp|om punkten)/)
  })

  it.each([
    'Kommunen bildades år 1971 och firar 2026.',
    'Under 1990-talet byggdes 3 400 lägenheter.',
    `Förskolan har 1 200 platser och 10${nbsp}000 kr i budget och 12\u202f000 besökare.`,
    'Skicka ansökan till Box 123, 851 85 Sundsvall.',
    'Skicka blanketten till 85185 Sundsvall.',
    'Ring 060-19 10 00 eller 0771-123 456 eller +46 8 123 45 67 eller 0701234567.',
    'Betala till bankgiro 5050-1055 eller plusgiro 12 34 56-7.',
    'Ärendet har diarienummer KS 2026/1234 och Dnr 2026-001234.',
    'Organisationsnumret är 212000-1355 och personnumret 19121212-1212.',
    'Mötet börjar kl. 16.30.',
    'Räntan är 3,5 procent och avgiften 12,50 kr.',
    'Appen finns i version 2.2.0 och kräver v. 3.1 och version 2.100.',
    'Beslutet fattades 2026-11-24. Barnet är fött 20190312.',
    'Läs avsnitt 3.1.2 och 3.100.2.',
    'Lagen (2009:600) och förordningen (EU) 2016/679 gäller.',
    'Vikten var 1,250 kg och sträckan 3,500 km.',
    'Värdet 2,125 visar en ökning.',
    'Ditt kundnummer är 48213977. Referensnumret 1234567 står på fakturan.',
    'Standarderna ISO 27001 och ISO 18974 gäller.',
    'Fastigheten Stenstaden 1:12 säljs.',
    'Läs mer på https://www.kommun.se/arende/123456 eller skriv till info12345@kommun.se.',
    'Koordinaten är 57.7030712.',
    'Kod 48213 gäller i tre dagar.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('skips inline code in Markdown', async () => {
    expect(actuals(await lintMarkdown('Sätt `timeout` till `30000` eller 30000 kronor.'))).toEqual(['30000'])
  })

  it('maps positions across Markdown emphasis and lines', async () => {
    const messages = await lintMarkdown('# Budget\n\nKostnaden är *cirka*\n1.500.000 kronor.')
    expect(messages.map((message) => [message.line, message.column, message.actual])).toEqual([[4, 1, '1.500.000']])
  })

  it('fixes every certain finding with no-break spaces', async () => {
    const text = 'Vi fick 10.000 svar och 25000 kr. Kod 48213 gäller.'
    expect(fixed(text, await lintSv(text, plugin))).toBe(`Vi fick 10${nbsp}000 svar och 25${nbsp}000 kr. Kod 48213 gäller.`)
  })

  it('option groupFourDigits: groups four-digit amounts, never years', async () => {
    const text = 'Avgiften är 2535 kr och 1200 kronor, år 2026 och 2026 och 1971 i 4000 exemplar.'
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    const messages = await lintSv(text, plugin, {groupFourDigits: true})
    expect(actuals(messages)).toEqual(['2535', '1200', '4000'])
    expect(messages[0]!.expected).toEqual([`2${nbsp}535`])
  })

  it('option space: a narrow no-break space in the fix', async () => {
    const messages = await lintSv('Kommunen har 98000 invånare.', plugin, {space: 'narrow-no-break'})
    expect(messages[0]!.expected).toEqual(['98\u202f000'])
  })

  it('rejects an unknown space', () => {
    expect(() => plugin({space: 'tab' as never})).toThrow(/unknown `space`/)
  })

  it('groups from the right', () => {
    expect(['1234', '12345', '123456', '1234567'].map((digits) => group(digits, ' '))).toEqual([
      '1 234',
      '12 345',
      '123 456',
      '1 234 567'
    ])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('number-format', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
  })
})
