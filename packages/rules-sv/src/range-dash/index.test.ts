import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, parseDocument, type TextEdit} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import {evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

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

async function fix(text: string): Promise<string> {
  return fixed(text, await lintSv(text, plugin))
}

async function lintMarkdown(markdown: string) {
  const file = new VFile(markdown)
  const tree = (await parseDocument(file, 'markdown')).toNlcst(SwedishParser, file)
  await unified().use(plugin).run(tree, file)
  return file.messages
}

describe('range-dash', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'range-dash', defaultSeverity: 'info', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message on the hyphen alone', async () => {
    const [message, ...rest] = await lintSv('Vi har öppet kl. 8.00-16.30.', plugin)
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
      ruleId: 'range-dash',
      source: 'klarsprak',
      reason: 'Skriv ”8.00–16.30” med tankstreck i stället för bindestreck.',
      place: {start: {line: 1, column: 22, offset: 21}, end: {line: 1, column: 23, offset: 22}},
      actual: '-',
      expected: ['–'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/range-dash.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 13\.8/)
  })

  it.each([
    ['Vi har öppet 8-16.', 'Vi har öppet 8–16.'],
    ['Anmälan görs 3-7 maj.', 'Anmälan görs 3–7 maj.'],
    ['Öppet kl. 8.00-16.30 och kl. 9:00-17:00.', 'Öppet kl. 8.00–16.30 och kl. 9:00–17:00.'],
    ['Öppet måndag-fredag och Mån-Fre.', 'Öppet måndag–fredag och Mån–Fre.'],
    ['Planen gäller 2025-2026 och läsåret 2025-26.', 'Planen gäller 2025–2026 och läsåret 2025–26.'],
    ['Se s. 3-5 och 2 kap. 1-3 §§.', 'Se s. 3–5 och 2 kap. 1–3 §§.'],
    ['Perioden är 1 januari-30 juni och jan-mars.', 'Perioden är 1 januari–30 juni och jan–mars.'],
    ['Det kostar 1 000-2 000 kr eller 10000-20000 kr.', 'Det kostar 1 000–2 000 kr eller 10000–20000 kr.'],
    ['Räntan är 2,5-3,5 %.', 'Räntan är 2,5–3,5 %.'],
    ['Nattöppet kl. 22-06 och kl. 01-06.', 'Nattöppet kl. 22–06 och kl. 01–06.'],
    ['För 3-4-åringar, byggt på 60-70-talet.', 'För 3–4-åringar, byggt på 60–70-talet.'],
    ['Mellan 13-14:30 och 0-3 år.', 'Mellan 13–14:30 och 0–3 år.'],
    ['Det kostar 300-4000 kr.', 'Det kostar 300–4000 kr.']
  ])('replaces the hyphen in %j', async (text, expected) => {
    expect(await fix(text)).toBe(expected)
  })

  it.each([
    'Ring 08-123 45 67, 070-123 45 67, 0771-123 456 eller +46 8-123 45 67.',
    'Ring 8-123 45 67 eller 020-12 34 56.',
    'Betala till bankgiro 123-4567, 5050-1055 eller 1234-5678, eller plusgiro 12 34 56-7.',
    'Ange Dnr 2026-001234, KS-2026-12, BN 2026-0412 eller diarienummer 12-345.',
    'Organisationsnumret är 212000-1355 och personnumret 19121212-1212 eller 811218-9876.',
    'Beslutet fattades 2026-11-24 och gäller perioden 2026-12.',
    'Logga in i e-tjänsten om Covid-19, LSS-boende, 2-årig utbildning och 80-talet.',
    'Besök oss på Storgatan 12-14 eller Skolvägen 3-5.',
    'Laget vann med 3-1 och spelade 2-2.',
    'Stålet ska uppfylla SS-EN 1090-2 och CC0-1.0 gäller.',
    'Läs https://www.kommun.se/plan-2025-2026 och skriv till plan-2025@kommun.se.',
    'Kontoret har öppet kl. 8.00–16.30 och måndag–fredag.',
    'Tillåtna tecken är a-z, A-Ö och 0-9.',
    'Boken har ISBN 978-91-7735-123-4 och avsnitt 3.1.2-4.',
    'Adressen är SE-851 85 Sundsvall.',
    'Jan-Erik och Maj-Britt kom till mötet.',
    'Mötet hölls 24-26/11.',
    'Hösten 2011-12 var kall.'
  ])('leaves %j alone', async (text) => {
    expect(await lintSv(text, plugin)).toEqual([])
  })

  it('reports each range in a sentence with its own column', async () => {
    const messages = await lintSv('Ring oss måndag-torsdag kl. 8-12 på 060-19 10 00.', plugin)
    expect(messages.map((message) => message.column)).toEqual([16, 30])
  })

  it('skips inline code and maps positions in Markdown', async () => {
    const messages = await lintMarkdown('Kör `npm run 1-2` och läs\n*sidorna* 3-5.')
    expect(messages.map((message) => [message.line, message.column, message.actual])).toEqual([[2, 12, '-']])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('range-dash', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
  })
})
