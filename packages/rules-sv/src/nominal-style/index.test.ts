import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

/** `actual` → `expected` of each message. */
async function fixes(text: string): Promise<Array<[string, string[] | undefined]>> {
  return (await lintSv(text, plugin)).map((message) => [message.actual ?? '', message.expected])
}

describe('nominal-style', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'nominal-style', defaultSeverity: 'info', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message with the verb in the same tense', async () => {
    const [message, ...rest] = await lintSv('Kommunen genomförde en kartläggning av skolvägarna.', plugin)
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
      ruleId: 'nominal-style',
      source: 'klarsprak',
      reason: 'Skriv ”kartlade” i stället för ”genomförde en kartläggning av”.',
      line: 1,
      column: 10,
      place: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 39, offset: 38}},
      actual: 'genomförde en kartläggning av',
      expected: ['kartlade'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/nominal-style.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 1\.4\.11/)
  })

  it.each([
    ['Vi ska genomföra en kartläggning av behoven.', 'genomföra en kartläggning av', 'kartlägga'],
    ['Vi genomför en kartläggning av behoven.', 'genomför en kartläggning av', 'kartlägger'],
    ['Vi har genomfört en kartläggning av behoven.', 'genomfört en kartläggning av', 'kartlagt'],
    ['Nämnden fattar beslut om bygglov.', 'fattar beslut', 'beslutar'],
    ['Nämnden fattade beslut i juni.', 'fattade beslut', 'beslutade'],
    ['Nämnden har fattat beslut.', 'fattat beslut', 'beslutat'],
    ['Styrelsen ska ta beslut om avgiften.', 'ta beslut', 'besluta'],
    ['Kommunen vidtar åtgärder mot bullret.', 'vidtar åtgärder mot', 'åtgärdar'],
    ['Inspektören utför en kontroll av hygienen.', 'utför en kontroll av', 'kontrollerar'],
    ['Handläggaren gör en bedömning av behovet.', 'gör en bedömning av', 'bedömer'],
    ['Vi ger svar inom en vecka.', 'ger svar', 'svarar'],
    ['Du gör en ansökan om bygglov.', 'gör en ansökan', 'ansöker'],
    ['Gör en ansökan om bygglov.', 'Gör en ansökan', 'Ansök'],
    ['Ge svar på frågorna.', 'Ge svar', 'Svara'],
    ['Sedan gör vi en bedömning av ditt behov.', 'gör vi en bedömning av', 'bedömer vi'],
    ['Nämnden fattar inte beslut i juli.', 'fattar inte beslut', 'beslutar inte'],
    ['Vi ger dig svar inom en vecka.', 'ger dig svar', 'svarar dig'],
    ['Vi gör inte en uppföljning av insatsen.', 'gör inte en uppföljning av', 'följer inte upp'],
    ['Ta gärna kontakt med oss.', 'Ta gärna kontakt med', 'Kontakta gärna'],
    ['Ärendet är föremål för prövning i nämnden.', 'är föremål för prövning', 'prövas'],
    ['Beslutet har varit föremål för granskning.', 'varit föremål för granskning', 'granskats']
  ])('fixes %j', async (text, actual, expected) => {
    expect(await fixes(text)).toEqual([[actual, [expected]]])
  })

  it('offers both readings where present and imperative look the same', async () => {
    expect(await fixes('Logga in och gör en ansökan.')).toEqual([['gör en ansökan', ['ansöker', 'ansök']]])
  })

  it.each([
    ['Vi genomför en noggrann kartläggning av behoven.', 'genomför en noggrann kartläggning', 'kartlägga'],
    ['Under våren genomförs en kartläggning av behoven.', 'genomförs en kartläggning', 'kartlägga'],
    ['Nämnden fattar beslut som gäller alla.', 'fattar beslut', 'besluta'],
    ['Vi har genomfört en kartläggning.', 'genomfört en kartläggning', 'kartlägga'],
    ['Gör en anmälan om du ser ett fel.', 'Gör en anmälan', 'anmäla'],
    ['Beslut fattades om att gå vidare.', 'Beslut fattades', 'besluta'],
    ['En utredning genomfördes under våren.', 'En utredning genomfördes', 'utreda'],
    ['Skolan genomför därför stora satsningar på läsning.', 'genomför därför stora satsningar', 'satsa']
  ])('hints without a fix where the verb does not fit as it stands: %j', async (text, actual, verb) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toBeUndefined()
    expect(messages[0]!.reason).toBe(`Skriv om med verbet ”${verb}” i stället för ”${actual}”.`)
  })

  it.each([
    ['Utbetalning sker den 25:e varje månad.', 'sker'],
    ['Rättelsen har skett i registret.', 'har skett'],
    ['Omprövningen skedde i mars.', 'skedde'],
    ['Betalningen kan ske med kort.', 'ske'],
    ['Den 1 januari sker en sammanslagning av två myndigheter.', 'sker'],
    ['Delredovisningar ska ske varje kvartal.', 'ske']
  ])('flags %j without an actor', async (text, actual) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.reason).toBe(`Skriv vem som gör något i stället för ”${actual}”.`)
    expect(messages[0]!.note).toMatch(/Riksrevisionen/)
  })

  it.each([
    'Du får svar inom två veckor.',
    'Nämnden fattade beslutet i maj.',
    'Fattade beslut kan överklagas.',
    'Alla fattade beslut publiceras.',
    'Beslut fattas av nämnden.',
    'Vi tar emot ansökningar hela året.',
    'Det tar tid innan beslut fattas.',
    'Du kan ta del av beslutet.',
    'Handläggaren tar ställning till din ansökan.',
    'Det som sker i skolan påverkar barnen.',
    'Olyckan skedde i korsningen.',
    'Insatsen sker av personal från hemtjänsten.',
    'Du är i behov av stöd.',
    'Vi kartlägger behoven.',
    'Kommunen vidtar åtgärder för att minska bullret.',
    'Adoptioner sker i hela landet.',
    'Det sker på följande sätt.',
    'Frågan är hur rekryteringen sker.',
    '– Vi vidtar nu åtgärder och fattar beslut om detta, säger ministern.',
    'Det är viktigt för en dialog med kommunerna.',
    'Landet av drömmar är en bok.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('accepts ignored nouns and forms', async () => {
    const text = 'Nämnden fattar beslut om bygglov. Utbetalning sker i juni. Vi gör en bedömning av behovet.'
    expect(actuals(await lintSv(text, plugin, {ignore: ['beslut', 'sker']}))).toEqual(['gör en bedömning av'])
  })

  it.each([
    ['Vi gör anpassningar av tjänsten.', 'gör anpassningar av', ['anpassar']],
    ['Du kan göra ett val.', 'göra ett val', ['välja']],
    ['Staten ställer bland annat krav på kommunerna.', 'ställer bland annat krav på', ['kräver bland annat']],
    ['Regeringen lämnar också förslag om nya regler.', 'lämnar också förslag om', ['föreslår också']],
    ['Kommunen vidtar åtgärder mot buller.', 'vidtar åtgärder mot', ['åtgärdar']]
  ])('fixes %j', async (text, actual, expected) => {
    expect(await fixes(text)).toEqual([[actual, expected]])
  })

  it.each([
    ['Det finns ett behov av att se över reglerna.', 'finns ett behov av', '”behöver”'],
    ['Tjänsten ger möjlighet att visa data.', 'ger möjlighet att', '”kan” eller ”gör det möjligt att”'],
    ['Genomförandet av reformen tar tid.', 'Genomförandet av', '”genomföra”'],
    ['Vid framtagandet av planen deltog många.', 'framtagandet av', '”ta fram”'],
    ['Tillsynen ska säkerställa efterlevnaden av reglerna.', 'säkerställa efterlevnaden', '”se till att … följs”']
  ])('asks for a rewrite of the phrase in %j', async (text, actual, hint) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.reason).toBe(`Skriv om med ${hint} i stället för ”${actual}”.`)
  })

  it('skips code', async () => {
    expect(actuals(await lintSv('Läs mer på www.example.se/fattar-beslut-om.', plugin))).toEqual([])
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('nominal-style', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
