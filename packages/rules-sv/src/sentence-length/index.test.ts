import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta} from './index.js'

// Word counts as the rule counts them: numbers are words, punctuation is not. These sentences have no enumeration
// and no `och`, `eller` or `samt`, so a plain word count and the rule's reading length agree.
const words14 = 'Du kan söka bidrag för hyran om du inte kan betala den själv nu.'
const words15 = 'Du kan alltid lämna dina förpackningar på återvinningsstationen vid Torget mitt i centrum av staden.'
const words16 = 'Du kan alltid lämna dina förpackningar på återvinningsstationen vid Torget mitt i centrum av staden nu.'
const words21 =
  'Fyll i blanketten noga innan du skickar den till oss tillsammans med ett läkarintyg från din vårdcentral i början av året.'
const words25 =
  'Du kan få färdtjänst om du har en funktionsnedsättning som gör att du har mycket svårt att resa med buss på egen hand i kommunen.'
const words26 =
  'Om du har frågor om din faktura för vatten kan du ringa vår kundtjänst mellan kl. 8 till 16 på vardagar, även under sommaren i år.'

const reason = (count: number, aim: number) =>
  `Meningen har ${count} ord: dela upp den i kortare meningar (sikta på högst ${aim} ord).`

describe('sentence-length', () => {
  it('describes the limits of 25 and 15 words', () => {
    expect(meta).toMatchObject({id: 'sentence-length', defaultSeverity: 'warning', fixable: false})
    expect(meta.description.sv).toContain('över 25 ord; lättläst över 15')
  })

  it('reports a complete message', async () => {
    const text =
      'Vi svarar snabbt. Om du vill överklaga beslutet ska du skriva till oss inom tre\nveckor från den dag du fick del av beslutet i din brevlåda.'
    const [message, ...rest] = await lintSv(text, plugin, {max: 20})
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'sentence-length',
      source: 'klarsprak',
      reason: reason(24, 20),
      line: 1,
      column: 19,
      actual:
        'Om du vill överklaga beslutet ska du skriva till oss inom tre\nveckor från den dag du fick del av beslutet i din brevlåda.',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/sentence-length.md'
    })
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('Myndigheternas skrivregler')
    expect(message?.note).toContain('högst 20 ord')
    expect(message?.place).toMatchObject({start: {line: 1, column: 19}, end: {line: 2, column: 60}})
  })

  it.each([
    [words26],
    [
      'Du som vill söka plats i förskolan ska göra det senast fyra månader innan du behöver platsen, helst via vår e-tjänst på webbplatsen i din mobil.'
    ],
    [
      'Vi tar emot ansökningar om bygglov för en altan året runt men räknar med längre handläggningstid under semestern i juli, särskilt i slutet av juli varje år.'
    ],
    [
      'Ansökan om ekonomiskt bistånd ska lämnas senast den 25 i månaden före den månad som ansökan gäller, t.ex. senast den 25 mars för april, annars kan utbetalningen bli försenad.'
    ]
  ])('flags %j', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([text])
  })

  it.each([
    words14,
    words21,
    words25,
    'Skolskjuts ordnas för elever i förskoleklass till årskurs 9 som har mer än fyra kilometer till skolan.',
    'Bygglov behövs. Kontakta oss.',
    // Two sentences of more than 25 words together that only a splitter that ignores Swedish abbreviations would merge.
    'Nämnden sammanträder den 12 febr. Protokollet publiceras på webbplatsen inom två veckor efter mötet, kan även läsas i stadshusets reception under hela våren fram till sommaren.',
    'Priset för en parkeringsplats i garaget är 650 kr. Du betalar varje månad i förskott via autogiro till kommunens parkeringsbolag, som skickar en bekräftelse hem till dig.',
    'Du kan söka bidrag för hyra, el m.m. Kontakta handläggaren om du har frågor om hur du fyller i blanketten, vilka intyg du behöver bifoga till oss.',
    ''
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('counts words, not tokens: abbreviations and clock times stay inside the sentence', async () => {
    const [message] = await lintSv(words26, plugin)
    expect(message?.reason).toBe(reason(26, 20))
  })

  it('reports each long sentence of a text and only those', async () => {
    const text = `${words26} ${words14} ${words25} ${words26}`
    expect(actuals(await lintSv(text, plugin))).toEqual([words26, words26])
  })

  it('reads an enumeration of three or more short items as one word an item', async () => {
    // 26 words, of which a list of six places of two or three words each: it reads as 14.
    const list =
      'I arbetsgruppen ingår representanter för kulturförvaltningen i Norrby, biblioteket i Ösby, musikskolan i Norrby, hembygdsföreningen i Lärkby, konsthallen i Ösby, teaterföreningen i Lärkby, fritidsgården i Norrby.'
    expect(actuals(await lintSv(list, plugin))).toEqual([])
    expect(actuals(await lintSv(list, plugin, {max: 14}))).toEqual([])
    const [message] = await lintSv(list, plugin, {max: 13})
    expect(message).toMatchObject({actual: list, reason: reason(14, 13)})
    // 28 words without such a list.
    const prose =
      'I arbetsgruppen ingår representanter för kulturförvaltningen i Norrby kommun tillsammans med flera av de största föreningarna inom kultur, idrott, friluftsliv, musik i hela den norra delen av länet.'
    expect(actuals(await lintSv(prose, plugin))).toEqual([prose])
  })

  it.each([
    `– ${words26}`,
    `”${words26}”`,
    words26.replace(/\.$/, ', säger handläggaren.'),
    `– Vi svarar snabbt. ${words26}`
  ])('leaves the quotation %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('accepts a limit through `max`, and never aims above it', async () => {
    const [message] = await lintSv(words14, plugin, {max: 10})
    expect(message).toMatchObject({actual: words14, reason: reason(14, 10)})
    expect(actuals(await lintSv(words14, plugin, {max: 14}))).toEqual([])
    const [at20] = await lintSv(words21, plugin, {max: 20})
    expect(at20).toMatchObject({actual: words21, reason: reason(21, 20)})
    expect(actuals(await lintSv(words26, plugin, {max: 30}))).toEqual([])
  })

  it('reports more than 25 words in web text by default and for `textType: "web"`, aiming at 20', async () => {
    for (const options of [undefined, {textType: 'web'}]) {
      expect(actuals(await lintSv(words26, plugin, options))).toEqual([words26])
      expect((await lintSv(words26, plugin, options))[0]?.reason).toBe(reason(26, 20))
      expect(actuals(await lintSv(words25, plugin, options))).toEqual([])
      expect(actuals(await lintSv(words21, plugin, options))).toEqual([])
    }
  })

  it('reports more than 25 words in e-mail, aiming at 20', async () => {
    const [message, ...rest] = await lintSv(words26, plugin, {textType: 'email'})
    expect(rest).toEqual([])
    expect(message).toMatchObject({actual: words26, reason: reason(26, 20)})
    expect(actuals(await lintSv(words25, plugin, {textType: 'email'}))).toEqual([])
  })

  it('reports more than 25 words in letters, aiming at 25', async () => {
    expect(actuals(await lintSv(words21, plugin, {textType: 'letter'}))).toEqual([])
    expect(actuals(await lintSv(words25, plugin, {textType: 'letter'}))).toEqual([])
    const [message] = await lintSv(words26, plugin, {textType: 'letter'})
    expect(message).toMatchObject({actual: words26, reason: reason(26, 25)})
    expect(message?.note).toContain('högst 25 ord')
  })

  it('reports more than 15 words in easy-read text, aiming at 15', async () => {
    expect(actuals(await lintSv(words15, plugin, {textType: 'easy-read'}))).toEqual([])
    const [message] = await lintSv(words16, plugin, {textType: 'easy-read'})
    expect(message).toMatchObject({actual: words16, reason: reason(16, 15)})
  })

  it('lets `max` win over the text type', async () => {
    const [letter] = await lintSv(words16, plugin, {textType: 'letter', max: 15})
    expect(letter).toMatchObject({actual: words16, reason: reason(16, 15)})
    expect(actuals(await lintSv(words16, plugin, {textType: 'easy-read', max: 20}))).toEqual([])
    const [easyRead] = await lintSv(words21, plugin, {textType: 'easy-read', max: 20})
    expect(easyRead).toMatchObject({actual: words21, reason: reason(21, 15)})
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('sentence-length', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
