import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseDocument} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

async function lintMarkdown(markdown: string) {
  const file = new VFile(markdown)
  const tree = (await parseDocument(file, 'markdown')).toNlcst(SwedishParser, file)
  await unified().use(plugin).run(tree, file)
  return file.messages
}

describe('exclamation', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'exclamation', defaultSeverity: 'info', fixable: 'suggestion'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message for an exclamation mark in running text', async () => {
    const [message, ...rest] = await lintSv('Tack för att du har skickat in din ansökan! Vi hör av oss inom en vecka.', plugin)
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
      ruleId: 'exclamation',
      source: 'klarsprak',
      reason: 'Skriv punkt i stället för utropstecken.',
      line: 1,
      column: 43,
      place: {start: {line: 1, column: 43, offset: 42}, end: {line: 1, column: 44, offset: 43}},
      actual: '!',
      expected: ['.'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/exclamation.md'
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 13\.3/)
  })

  it('reports a complete message for words in capitals, with the lowercase form as a suggestion', async () => {
    const [message, ...rest] = await lintSv('Du måste GLÖM INTE att ta med legitimation.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'exclamation',
      reason: 'Undvik att skriva ”GLÖM INTE” med stora bokstäver.',
      actual: 'GLÖM INTE',
      expected: ['glöm inte'],
      place: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 19, offset: 18}}
    })
  })

  it('keeps the capital letter of a sentence start in the suggestion', async () => {
    const [message] = await lintSv('VIKTIGT att veta om avgiften.', plugin)
    expect(message).toMatchObject({actual: 'VIKTIGT', expected: ['Viktigt']})
  })

  it.each([
    ['Nu kan du ansöka om plats i förskolan! Ansök senast i maj.', ['!'], [['.']]],
    ['Anmäl dig senast i dag!!', ['!!'], [['.']]],
    ['Har du inte fått något svar?!', ['?!'], [['?']]],
    ['Har du fått beslutet!?', ['!?'], [['?']]],
    ['Hej!!', ['!!'], [['.']]],
    ['Anmälan (!) måste vara inne senast i morgon.', ['!'], [undefined]]
  ])('flags the exclamation marks in %j', async (text, expected, fixes) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual(expected)
    expect(messages.map((message) => message.expected)).toEqual(fixes)
  })

  it.each([
    ['Glöm inte att granska texten!', 'Glöm inte att granska texten! Sedan kan du publicera den.'],
    ['Nu kan du ansöka om plats i förskolan!', 'Nu kan du ansöka om plats i förskolan! Ansök senast i maj.'],
    ['Ansök senast i maj. Nu kan du ansöka om plats i förskolan!', 'Nu kan du ansöka om plats i förskolan! Ansök senast i maj.'],
    ['Nu kan du ansöka om plats i förskolan!\n\nAnsök senast i maj.', 'Nu kan du ansöka om plats i förskolan! Ansök senast i maj.']
  ])('leaves one ! that closes a paragraph alone in %j, but not in the middle of one', async (text, middle) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    expect(actuals(await lintSv(middle, plugin))).toEqual(['!'])
  })

  it.each([
    ['Du MÅSTE ta med legitimation till mötet.', ['MÅSTE']],
    ['Ansökan ska vara inne senast 1 maj. OBSERVERA att vi inte tar emot sena ansökningar.', ['OBSERVERA']],
    ['Parkering EJ tillåten vid entrén.', ['EJ']],
    ['Kom ihåg att ta med dig TA MED LEGITIMATION.', ['TA MED LEGITIMATION']],
    ['Isen är FARLIGT tunn. Det är farligt att gå ut på den.', ['FARLIGT']],
    ['Du SKA INTE betala något för besöket.', ['SKA INTE']],
    ['VIKTIGT! Ta med legitimation.', ['VIKTIGT']]
  ])('flags the shouting in %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it.each([
    ['Välkommen!'],
    ['Hej! Nu har vi öppnat igen.'],
    ['Tack så mycket!'],
    ['Grattis på födelsedagen!'],
    ['Hon ropade ”Stopp!” och sprang därifrån.'],
    ['Kampanjen ”Rör dig mer!” startar i maj.'],
    ['Tillåtna tecken är bokstäver, siffror och ? + = ! : @'],
    ['Kontakta SFI, LSS-handläggaren eller IT-supporten.'],
    ['Vi följer GDPR och rekommendationer från MUCF och SKR.'],
    ['Skicka ett SMS eller använd BankID.'],
    ['Läs mer i kapitel XVIII om COVID-19.'],
    ['Skriv ”JA” i rutan om du godkänner villkoren.'],
    ['Ansökan görs via HTTP eller HTTPS enligt GEMET och SKOS.'],
    ['Du SKA lämna in blanketten. Projektet BÖR ha en licens.'],
    ['OBS! Ta med legitimation.'],
    ['Obs! Ansökan måste vara underskriven av båda vårdnadshavarna.'],
    ['Läs filen README.md och sidan GOV.UK.']
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    ['Det gäller alla besökare, obs! även barn under 18 år.', 'Det gäller alla besökare, nej! även barn under 18 år.'],
    ['Ta med legitimation (obs!) till mötet.', 'Ta med legitimation (ja!) till mötet.'],
    ['Obs! ta med legitimation till mötet i morgon.', 'Glöm inte! ta med legitimation till mötet i morgon.']
  ])('leaves the ! of ”Obs!” alone in %j, which is how the word is written', async (text, other) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    expect(actuals(await lintSv(other, plugin))).toEqual(['!'])
  })

  it('leaves developer documentation alone (code 5+ times per 1,000 words)', async () => {
    const developer = 'Kör `npm ci` innan du bygger projektet! Du MÅSTE sätta `NODE_ENV` först.'
    expect(actuals(await lintSv(developer, plugin))).toEqual([])
    const prose = 'Kör installationen innan du bygger projektet! Du MÅSTE sätta miljövariabeln först.'
    expect(actuals(await lintSv(prose, plugin))).toEqual(['!', 'MÅSTE'])
  })

  it('skips headings and lines of their own, but not capitals in running text', async () => {
    const markdown = '# VIKTIG INFORMATION OM AVGIFTER\n\n**VIKTIGT**\nDu MÅSTE betala senast 30 juni.\n\n- GLÖM INTE'
    expect(actuals(await lintMarkdown(markdown))).toEqual(['MÅSTE'])
    expect(actuals(await lintSv('VIKTIG INFORMATION\nDu måste betala senast 30 juni.', plugin))).toEqual([])
  })

  it('accepts the words in `ignore` and the project word list', async () => {
    const text = 'Fråga LOTSEN om råd. Besök KOMPASSEN i juli. Både lotsen och kompassen hjälper dig.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['LOTSEN', 'KOMPASSEN'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['LOTSEN']}))).toEqual(['KOMPASSEN'])
    expect(actuals(await lintSv(text, plugin, {words: ['KOMPASSEN']}))).toEqual(['LOTSEN'])
  })

  it('counts a single word in capitals only when it is an emphasis word or also written in lower case', async () => {
    expect(actuals(await lintSv('Fråga LOTSEN om råd.', plugin))).toEqual([])
    expect(actuals(await lintSv('Fråga LOTSEN om råd. Lotsen svarar i telefon.', plugin))).toEqual(['LOTSEN'])
  })

  it('checks exclamation marks only with `capitals: false`', async () => {
    const text = 'Du MÅSTE komma i tid till mötet i morgon! Ta med legitimation.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['!', 'MÅSTE'])
    expect(actuals(await lintSv(text, plugin, {capitals: false}))).toEqual(['!'])
  })

  it('scores precision and recall of at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('exclamation', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
  })
})
