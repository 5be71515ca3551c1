import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

// LIX values below were counted by hand: words / sentences + 100 × words of more than six letters / words.

/** 50 words, 3 sentences, 22 long words: LIX 60,7. */
const dense =
  'Socialnämnden har vid sitt sammanträde beslutat att avslå ansökan om ekonomiskt bistånd avseende kostnader för tandvård, eftersom sökanden inte bedöms sakna förmåga att tillgodose behovet på annat sätt. Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha inkommit till socialnämnden inom tre veckor från den dag sökanden fick del av beslutet.'
/** 45 words, 7 sentences, 7 long words: LIX 22,0. */
const easy =
  'Du kan låna böcker på alla bibliotek i kommunen. Det är gratis. Du behöver ett lånekort. Ta med legitimation när du kommer första gången. Vi hjälper dig att hitta det du söker. Du kan låna upp till tio böcker åt gången. Lånetiden är fyra veckor.'
/** 44 words, 4 sentences, 8 long words: LIX 29,2. */
const plain =
  'Om ditt barn behöver särskilt stöd i skolan ska rektorn se till att behovet utreds. Skolan gör ett åtgärdsprogram tillsammans med dig och ditt barn. Programmet beskriver vilka behov barnet har och hur skolan ska möta dem. Du kan alltid be om ett möte.'
/** 42 words, 5 sentences, 13 long words: LIX 39,4, just under the web limit. */
const justUnder =
  'Kommunen har tagit fram en ny klimatstrategi. Den beskriver hur vi ska minska utsläppen av växthusgaser fram till år 2030. Strategin omfattar bland annat transporter, energianvändning och upphandling. Du kan läsa hela strategin på webbplatsen. Lämna gärna synpunkter senast den 1 juni.'
/** 44 words, 5 sentences, 14 long words: LIX 40,6, just over the web limit. */
const justOver =
  'Kommunen har tagit fram en ny klimatstrategi. Den beskriver hur vi ska minska utsläppen av växthusgaser fram till år 2030. Strategin omfattar bland annat transporter, energianvändning och upphandling. Du kan läsa hela strategin på webbplatsen. Lämna gärna synpunkter till kommunstyrelsen senast den 1 juni.'
/** 39 words (one short of the default `minWords`), 4 sentences, 16 long words: LIX 50,8. */
const short =
  'Nämnden har beslutat om nya riktlinjer för serveringstillstånd. Riktlinjerna beskriver hur kommunen bedömer ansökningar och vilka krav som ställs på restaurangerna. Syftet är att minska skadorna av alkohol och skapa trygga miljöer i centrum. Du hittar riktlinjerna på webbplatsen.'
/** 34 words in 2 sentences, 10 long words: LIX 46,4. Split at every `kl.` and `tel.` it would be 5 sentences and 36,2. */
const abbreviated =
  'Besöksmottagningen är öppen mån–fre kl. 8.00–16.30 för allmänhetens frågor avseende detaljplanering, bygglovsansökningar och lantmäteriförrättningar. Telefontiden är kl. 9.00–11.00 och handläggarna nås via växeln på tel. 0771-12 34 56 under ordinarie kontorstid.'
/** 52 words, 7 sentences, 7 long words: LIX 15,1. */
const easyParagraph =
  'Vi hämtar ditt grovavfall om du bokar en tid. Boka senast två dagar innan. Det kostar 300 kr per gång. Du kan lämna högst fem saker, t.ex. möbler, cyklar eller lampor. Ställ sakerna vid vägen på morgonen. Vi kommer mellan kl. 7 och 16. Du behöver inte vara hemma när vi kommer.'
/** 29 words, 2 sentences, 15 long words: LIX 66,2. */
const denseParagraph =
  'Förvaltningen förbehåller sig rätten att neka hämtning av föremål som inte uppfyller gällande krav avseende vikt och storlek. Miljöfarligt avfall omhändertas uteslutande vid återvinningscentralens mottagningsstation, inkl. elektronikavfall och kemikalier.'
/** The two together: 81 words, 9 sentences, 22 long words: LIX 32,5 for the whole text. */
const mixed = `${easyParagraph}\n\n${denseParagraph}`

const reasons = async (text: string, options?: Record<string, unknown>) =>
  (await lintSv(text, plugin, options)).map((message) => message.reason)

describe('readability-lix', () => {
  it('reports a complete message for the whole text', async () => {
    const [message, ...rest] = await lintSv(dense, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'readability-lix',
      source: 'klarsprak',
      reason: 'Texten har LIX 60,7 (gräns 40 för webbtext): skriv kortare meningar och byt långa ord mot kortare.',
      line: 1,
      column: 1,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/readability-lix.md'
    })
    expect(message?.actual).toBeUndefined()
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('Björnsson 1968')
    expect(message?.place).toMatchObject({start: {line: 1, column: 1}, end: {line: 1, column: 1}})
  })

  it('reports a complete message for a paragraph far above the limit', async () => {
    const [message, ...rest] = await lintSv(mixed, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'readability-lix',
      source: 'klarsprak',
      reason: 'Stycket har LIX 66,2, långt över gränsen 40: dela upp långa meningar och byt långa ord.',
      line: 3,
      column: 1,
      actual: denseParagraph,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/readability-lix.md'
    })
    expect(message?.place).toMatchObject({start: {line: 3, column: 1}, end: {line: 3, column: 256}})
  })

  it.each([
    ['dense officialese', dense, 'Texten har LIX 60,7'],
    ['a text just over 40', justOver, 'Texten har LIX 40,6']
  ])('flags %s', async (_, text, start) => {
    const found = await reasons(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`^${start} `))
  })

  it.each([
    ['plain short sentences', easy],
    ['plain text with some long words', plain],
    ['a text just under 40', justUnder],
    ['a dense text shorter than 40 words', short],
    ['an easy text with one dense paragraph (the paragraph alone is reported)', easyParagraph],
    ['an empty text', '']
  ])('leaves %s alone', async (_, text) => {
    expect(await reasons(text)).toEqual([])
  })

  it('counts abbreviations, clock times and phone numbers inside their sentence', async () => {
    expect(await reasons(abbreviated, {minWords: 25})).toEqual([
      'Texten har LIX 46,4 (gräns 40 för webbtext): skriv kortare meningar och byt långa ord mot kortare.'
    ])
  })

  it('reports the whole text first, then each dense paragraph', async () => {
    const messages = await lintSv(`${dense}\n\n${denseParagraph}`, plugin)
    expect(messages.map((message) => message.reason.slice(0, 20))).toEqual([
      'Texten har LIX 62,6 ',
      'Stycket har LIX 60,7',
      'Stycket har LIX 66,2'
    ])
    expect(actuals(messages)).toEqual(['', dense, denseParagraph])
  })

  it('does not report a paragraph of one sentence (that is `sentence-length`’s finding)', async () => {
    const oneSentence =
      'Förvaltningen förbehåller sig rätten att neka hämtning av föremål som inte uppfyller gällande krav avseende vikt och storlek, och miljöfarligt avfall omhändertas uteslutande vid återvinningscentralens mottagningsstation.'
    expect(await reasons(`${easyParagraph}\n\n${oneSentence}`)).toEqual([])
  })

  it('uses the text type’s limit: web and e-mail 40, letter 45, easy-read 30', async () => {
    for (const textType of ['web', 'email']) {
      expect(await reasons(justOver, {textType})).toHaveLength(1)
      expect(await reasons(justUnder, {textType})).toEqual([])
    }
    expect(await reasons(justOver, {textType: 'email'})).toEqual([
      'Texten har LIX 40,6 (gräns 40 för e-post): skriv kortare meningar och byt långa ord mot kortare.'
    ])
    expect(await reasons(justOver, {textType: 'letter'})).toEqual([])
    expect(await reasons(dense, {textType: 'letter'})).toEqual([
      'Texten har LIX 60,7 (gräns 45 för brev): skriv kortare meningar och byt långa ord mot kortare.'
    ])
    expect(await reasons(plain, {textType: 'easy-read'})).toEqual([])
    expect(await reasons(justUnder, {textType: 'easy-read'})).toEqual([
      'Texten har LIX 39,4 (gräns 30 för lättläst text): skriv kortare meningar och byt långa ord mot kortare.'
    ])
  })

  it('accepts a limit through `max`, which wins over the text type', async () => {
    expect(await reasons(dense, {max: 65})).toEqual([])
    expect(await reasons(easy, {max: 20})).toEqual([
      'Texten har LIX 22,0 (gräns 20 för webbtext): skriv kortare meningar och byt långa ord mot kortare.'
    ])
    expect(await reasons(justOver, {textType: 'easy-read', max: 45})).toEqual([])
  })

  it('reports a paragraph only when it is more than `paragraphMargin` above the limit', async () => {
    expect(await reasons(mixed, {paragraphMargin: 30})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {paragraphMargin: 20}))).toEqual([denseParagraph])
    expect(await reasons(mixed, {max: 52, paragraphMargin: 15})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {max: 52, paragraphMargin: 10}))).toEqual([denseParagraph])
  })

  it('skips texts shorter than `minWords`', async () => {
    expect(await reasons(short, {minWords: 40})).toEqual([])
    expect(await reasons(short, {minWords: 39})).toEqual([
      'Texten har LIX 50,8 (gräns 40 för webbtext): skriv kortare meningar och byt långa ord mot kortare.'
    ])
    expect(await reasons(dense, {minWords: 51})).toEqual([])
    expect(await reasons('', {minWords: 0})).toEqual([])
  })

  it('skips paragraphs shorter than `minParagraphWords`', async () => {
    expect(await reasons(mixed, {minParagraphWords: 30})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {minParagraphWords: 29}))).toEqual([denseParagraph])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('readability-lix', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
