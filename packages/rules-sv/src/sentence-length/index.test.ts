import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

// Word counts as the rule counts them: numbers are words, punctuation is not.
const words14 = 'Du kan söka bidrag för hyra och el om du inte kan betala själv.'
const words15 = 'Du kan alltid lämna förpackningar av papper, plast, glas och metall på återvinningsstationen vid Torget.'
const words16 = 'Du kan lämna förpackningar av papper, plast, glas och metall på återvinningsstationen vid Torget dygnet runt.'
const words21 =
  'Fyll i blanketten och skicka den till oss tillsammans med ett läkarintyg och en kopia av ditt senaste beslut om sjukersättning.'
const words25 =
  'Du kan få färdtjänst om du har en funktionsnedsättning som gör att du har mycket svårt att resa med buss eller tåg på egen hand.'
const words26 =
  'Om du har frågor om din faktura för vatten och avlopp kan du ringa kundtjänst mellan kl. 8 och 16 på vardagar eller skriva till oss.'

describe('sentence-length', () => {
  it('reports a complete message', async () => {
    const text =
      'Vi svarar snabbt. Om du vill överklaga beslutet ska du skriva till oss inom tre\nveckor från den dag du fick del av beslutet.'
    const [message, ...rest] = await lintSv(text, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'sentence-length',
      source: 'klarsprak',
      reason: 'Meningen har 21 ord: dela upp den i kortare meningar (högst 20 ord).',
      line: 1,
      column: 19,
      actual: 'Om du vill överklaga beslutet ska du skriva till oss inom tre\nveckor från den dag du fick del av beslutet.',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/sentence-length.md'
    })
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('Myndigheternas skrivregler')
    expect(message?.place).toMatchObject({start: {line: 1, column: 19}, end: {line: 2, column: 45}})
  })

  it.each([
    [words21],
    ['Du som vill söka plats i förskolan ska göra det senast fyra månader innan du behöver platsen, helst via vår e-tjänst.'],
    [
      'Vi tar emot ansökningar om bygglov för altaner, förråd och garage året runt men räknar med längre handläggningstid under semestern i juli.'
    ],
    [words26],
    [
      'Ansökan om ekonomiskt bistånd ska lämnas senast den 25 i månaden före den månad som ansökan gäller, t.ex. senast den 25 mars för april, annars kan utbetalningen bli försenad.'
    ]
  ])('flags %j', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([text])
  })

  it.each([
    words14,
    'Skolskjuts ordnas för elever i förskoleklass till årskurs 9 som har mer än fyra kilometer till skolan.',
    'Bygglov behövs. Kontakta oss.',
    // Two sentences that only a splitter that ignores Swedish abbreviations would merge.
    'Nämnden sammanträder den 12 febr. Protokollet publiceras på webbplatsen inom två veckor efter mötet och kan även läsas i stadshusets reception.',
    'Priset för en parkeringsplats i garaget är 650 kr. Du betalar varje månad i förskott via autogiro eller faktura till kommunens parkeringsbolag.',
    'Du kan söka bidrag för hyra, el m.m. Kontakta handläggaren om du har frågor om hur du fyller i blanketten.',
    ''
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('counts words, not tokens: abbreviations and clock times stay inside the sentence', async () => {
    const [message] = await lintSv(words26, plugin)
    expect(message?.reason).toBe('Meningen har 26 ord: dela upp den i kortare meningar (högst 20 ord).')
  })

  it('reports each long sentence of a text and only those', async () => {
    const text = `${words21} ${words14} ${words26}`
    expect(actuals(await lintSv(text, plugin))).toEqual([words21, words26])
  })

  it('accepts a limit through `max`', async () => {
    const [message] = await lintSv(words14, plugin, {max: 10})
    expect(message).toMatchObject({
      actual: words14,
      reason: 'Meningen har 14 ord: dela upp den i kortare meningar (högst 10 ord).'
    })
    expect(actuals(await lintSv(words14, plugin, {max: 14}))).toEqual([])
    expect(actuals(await lintSv(words21, plugin, {max: 30}))).toEqual([])
  })

  it('uses 20 words for web text by default and for `textType: "web"`', async () => {
    for (const options of [undefined, {textType: 'web'}]) {
      expect(actuals(await lintSv(words21, plugin, options))).toEqual([words21])
      expect(actuals(await lintSv(words16, plugin, options))).toEqual([])
    }
  })

  it('uses 20 words for e-mail', async () => {
    expect(actuals(await lintSv(words21, plugin, {textType: 'email'}))).toEqual([words21])
    expect(actuals(await lintSv(words16, plugin, {textType: 'email'}))).toEqual([])
  })

  it('uses 25 words for letters', async () => {
    expect(actuals(await lintSv(words21, plugin, {textType: 'letter'}))).toEqual([])
    expect(actuals(await lintSv(words25, plugin, {textType: 'letter'}))).toEqual([])
    const [message] = await lintSv(words26, plugin, {textType: 'letter'})
    expect(message).toMatchObject({
      actual: words26,
      reason: 'Meningen har 26 ord: dela upp den i kortare meningar (högst 25 ord).'
    })
  })

  it('uses 15 words for easy-read text', async () => {
    expect(actuals(await lintSv(words15, plugin, {textType: 'easy-read'}))).toEqual([])
    const [message] = await lintSv(words16, plugin, {textType: 'easy-read'})
    expect(message).toMatchObject({
      actual: words16,
      reason: 'Meningen har 16 ord: dela upp den i kortare meningar (högst 15 ord).'
    })
  })

  it('lets `max` win over the text type', async () => {
    expect(actuals(await lintSv(words16, plugin, {textType: 'letter', max: 15}))).toEqual([words16])
    expect(actuals(await lintSv(words16, plugin, {textType: 'easy-read', max: 20}))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('sentence-length', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
