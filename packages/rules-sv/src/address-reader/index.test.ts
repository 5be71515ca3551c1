import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

describe('address-reader', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'address-reader', defaultSeverity: 'info', fixable: false})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message without a fix', async () => {
    const [message, ...rest] = await lintSv('Här kan man ansöka om bidrag.', plugin)
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
      ruleId: 'address-reader',
      source: 'klarsprak',
      reason: 'Skriv ”du” till läsaren i stället för ”man”.',
      line: 1,
      column: 9,
      place: {start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 12, offset: 11}},
      actual: 'man',
      expected: undefined,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/address-reader.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler/)
  })

  it.each([
    ['Man kan ansöka hos kommunen.', ['Man']],
    ['Om man vill kan man ringa oss.', ['man', 'man']],
    ['Får man parkera här?', ['man']],
    ['Den sökande ska bifoga intyg.', ['Den sökande']],
    ['Avgiften betalas av den sökande.', ['den sökande']],
    ['Sökanden får ett beslut. Beslutet skickas till sökandens adress.', ['Sökanden', 'sökandens']],
    ['Den enskilde har rätt att överklaga.', ['Den enskilde']],
    ['Insatsen utgår från den enskildes behov.', ['den enskildes']],
    ['Stödet anpassas efter vad den enskilda behöver.', ['den enskilda']],
    ['Vederbörande ska kontakta kommunen.', ['Vederbörande']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it('suggests ”jag” or ”vi” for the writer', async () => {
    const [message] = await lintSv('Undertecknad intygar att uppgifterna stämmer.', plugin)
    expect(message!.reason).toBe('Skriv ”jag” eller ”vi” i stället för ”Undertecknad”.')
  })

  it.each([
    'Du kan ansöka hos kommunen.',
    'En man har anmält skadan.',
    'Den man som ringde har fått svar.',
    'Hennes man har fått plats på boendet.',
    'Gruppen är öppen för både man och kvinna.',
    'Vi var fem man på mötet.',
    'En ung man har fått sommarjobb.',
    'Mannen och männen fick hjälp.',
    'Isle of Man ingår inte i EU.',
    'Den enskilda eleven får stöd.',
    'Kontakta vederbörande handläggare.',
    'Skicka in undertecknad blankett.',
    'Sökande med förtur får besked först.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('accepts ignored words', async () => {
    const messages = await lintSv('Man kan ansöka. Den sökande ska bifoga intyg.', plugin, {ignore: ['man']})
    expect(actuals(messages)).toEqual(['Den sökande'])
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('address-reader', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
