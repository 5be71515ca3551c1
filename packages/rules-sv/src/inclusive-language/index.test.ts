import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

describe('inclusive-language (sv)', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'inclusive-language', defaultSeverity: 'info', fixable: 'suggestion'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message with several suggestions', async () => {
    const [message, ...rest] = await lintSv('Om den sökande vill kan han/hon ringa oss.', plugin)
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
      ruleId: 'inclusive-language',
      source: 'klarsprak',
      reason: 'Skriv ”hen” eller ”den”, eller skriv om meningen, i stället för ”han/hon”.',
      line: 1,
      column: 25,
      place: {start: {line: 1, column: 25, offset: 24}, end: {line: 1, column: 32, offset: 31}},
      actual: 'han/hon',
      expected: ['hen', 'den'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/inclusive-language.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 8\.1/)
  })

  it.each([
    ['Sedan kan hon/han överklaga.', 'hon/han', ['hen', 'den']],
    ['Fråga henne/honom om tiden passar.', 'henne/honom', ['hen', 'den']],
    ['Fråga honom / henne om tiden passar.', 'honom / henne', ['hen', 'den']],
    ['Bifoga hans/hennes intyg.', 'hans/hennes', ['hens', 'dess']],
    ['Bifoga hennes/hans intyg.', 'hennes/hans', ['hens', 'dess']],
    ['Om en elev blir sjuk ska han / hon stanna hemma.', 'han / hon', ['hen', 'den']],
    ['Sedan kan han resp. hon överklaga.', 'han resp. hon', ['hen', 'den']],
    ['HAN/HON SKA RINGA.', 'HAN/HON', ['HEN', 'DEN']]
  ])('flags the pronoun pair in %j', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual(expected)
  })

  it.each([
    'Han eller hon ska skicka in intyget.',
    'Sedan kan hon eller han överklaga.',
    'Kontakta honom eller henne via e-post.',
    'Fråga henne eller honom om tiden passar.',
    'Eleven ska ta med hans eller hennes id-kort.',
    'Bifoga hennes eller hans intyg.'
  ])('leaves the written-out pair in %j alone (MS 8.1 accepts it)', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    ['Kommunens talesman svarar.', 'talesman', 'talesperson'],
    ['Talesmännen svarar.', 'Talesmännen', 'Talespersonerna'],
    ['Föreningens presstalesman svarar.', 'presstalesman', 'presstalesperson'],
    ['Justeringsman är Karin Berg.', 'Justeringsman', 'Justerare'],
    ['Skolan söker en lärarinna.', 'lärarinna', 'lärare'],
    ['Förskollärarinnan ringer.', 'Förskollärarinnan', 'Förskolläraren'],
    ['Fråga en polisman.', 'polisman', 'polis'],
    ['Riksdagsmännen kom.', 'Riksdagsmännen', 'Riksdagsledamöterna'],
    ['Kassörskan tar emot betalning.', 'Kassörskan', 'Kassören']
  ])('suggests a neutral title in %j', async (text, actual, neutral) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([neutral])
    expect(messages[0]!.reason).toBe(`Skriv ”${neutral}” i stället för ”${actual}”.`)
    expect(messages[0]!.note).toMatch(/Språkrådet/)
  })

  it.each([
    'Anna Berg är ny rektor. Hon börjar i augusti.',
    'Per är ordförande och han leder mötet.',
    'Hans Karlsson är justerare.',
    'Han Kang fick Nobelpriset.',
    'Om den sökande vill kan hen ringa oss.',
    'Han och hon kom tillsammans.',
    'Karin hämtade sin son. Hon ringde honom först.',
    'Hennes Majestät Drottningen kom.',
    'Brandmannen kom snabbt.',
    'Barnmorskan ringer dig.',
    'Riksdagens talman besökte skolan.',
    'Diskrimineringsombudsmannen har granskat ärendet.',
    'Rådmannen avgjorde målet.',
    'Vi visar filmen Talesmannen i kväll.',
    'Kommunens talesperson svarar.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('accepts ignored pairs and titles', async () => {
    const text = 'Han/hon ska ringa. Kommunens talesman svarar. Fråga honom/henne.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['Han/hon', 'talesman', 'honom/henne'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['han/hon', 'talesman']}))).toEqual(['honom/henne'])
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('inclusive-language', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
