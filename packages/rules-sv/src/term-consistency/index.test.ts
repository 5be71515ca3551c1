import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

const termList = [
  {prefer: 'förskola', avoid: ['dagis', 'daghem']},
  {prefer: 'e-tjänst', avoid: ['elektronisk tjänst', 'webbtjänst']},
  {prefer: 'pedagogisk omsorg', avoid: ['dagmamma', 'familjedaghem']},
  {prefer: 'Försäkringskassan', avoid: ['FK']}
]
const withTerms = {termList, terms: termList.map((term) => term.prefer)}

/** `actual → expected` of each message (`∅` for no fix, `a | b` for several choices). */
async function fixes(text: string, options: Record<string, unknown> = withTerms): Promise<string[]> {
  return (await lintSv(text, plugin, options)).map(
    (message) => `${message.actual} → ${message.expected?.join(' | ') ?? '∅'}`
  )
}

describe('term-consistency: the term list', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintSv('Ditt barn kan börja på dagiset i augusti.', plugin, withTerms)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'term-consistency',
      source: 'klarsprak',
      reason: 'Skriv ”förskolan” i stället för ”dagiset”.',
      line: 1,
      column: 24,
      actual: 'dagiset',
      expected: ['förskolan'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/term-consistency.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 24}, end: {line: 1, column: 31}})
    expect(message?.note).toContain('”förskola”, inte ”dagis”')
  })

  it.each([
    ['Barnen går på dagis.', 'dagis → förskola'],
    ['Dagiset öppnar kl. 6.30.', 'Dagiset → Förskolan'],
    ['Kommunen har nya dagisar.', 'dagisar → förskolor'],
    ['Alla barn i dagisarna får lunch.', 'dagisarna → förskolorna'],
    ['Dagisets personal svarar.', 'Dagisets → Förskolans'],
    ['Dagisarnas öppettider ändras.', 'Dagisarnas → Förskolornas'],
    ['Dagis är stängt i juli.', 'Dagis → Förskola'],
    ['DAGIS', 'DAGIS → FÖRSKOLA'],
    ['Lämna barnet på daghemmet.', 'daghemmet → förskolan'],
    ['Kommunen driver fyra daghem.', 'daghem → förskolor']
  ])('pairs the form in %j', async (text, expected) => {
    expect(await fixes(text)).toEqual([expected])
  })

  it('reports a form that could be singular or plural without a sure fix', async () => {
    const [message] = await lintSv('Dagisen stänger tidigt på fredag.', plugin, withTerms)
    expect(message).toMatchObject({actual: 'Dagisen', expected: ['Förskolan', 'Förskolorna']})
    expect(message?.reason).toBe('Använd termen ”förskola” i stället för ”dagis”.')
  })

  it('reads the number from the word before', async () => {
    expect(await fixes('Det finns två dagis i byn.')).toEqual(['dagis → förskolor'])
    expect(await fixes('Det finns 12 dagis i kommunen.')).toEqual(['dagis → förskolor'])
    expect(await fixes('Alla dagisen är stängda.')).toEqual(['dagisen → förskolorna'])
  })

  it('changes a determiner to the preferred term’s gender, or gives no fix when it cannot', async () => {
    expect(await fixes('Vi öppnar ett dagis i Norrby.')).toEqual(['ett dagis → en förskola'])
    expect(await fixes('Vårt dagis har plats.')).toEqual(['Vårt dagis → Vår förskola'])
    expect(await fixes('Det dagiset ligger nära.')).toEqual(['Det dagiset → Den förskolan'])
    expect(await fixes('Vi bygger ett nytt dagis.')).toEqual(['dagis → ∅'])
    expect(await fixes('Är det dagis i morgon?')).toEqual(['dagis → ∅'])
  })

  it('matches multi-word terms with the adjective in any form', async () => {
    expect(await fixes('Ansök i vår elektroniska tjänst.')).toEqual(['elektroniska tjänst → e-tjänst'])
    expect(await fixes('Elektroniska tjänster finns för bygglov.')).toEqual(['Elektroniska tjänster → E-tjänster'])
    expect(await fixes('Logga in i den elektroniska tjänsten.')).toEqual(['den elektroniska tjänsten → e-tjänsten'])
    expect(await fixes('Ansök via en elektronisk tjänst.')).toEqual(['elektronisk tjänst → e-tjänst'])
  })

  it('inflects a multi-word preferred term, with an article in the definite', async () => {
    // `omsorg` could be an en- or an ett-word: `en` before it cannot be checked.
    expect(await fixes('Barnet går hos en dagmamma.')).toEqual(['dagmamma → ∅'])
    expect(await fixes('Vi har dagmamma i Norrby.')).toEqual(['dagmamma → pedagogisk omsorg'])
    expect(await fixes('Kontakta dagmamman.')).toEqual(['dagmamman → ∅'])
    const forms = {...withTerms, forms: {omsorg: ['omsorg', 'omsorgen', 'omsorger', 'omsorgerna']}}
    expect(await fixes('Kontakta dagmamman.', forms)).toEqual(['dagmamman → den pedagogiska omsorgen'])
    expect(await fixes('Barnet går hos en dagmamma.', forms)).toEqual(['dagmamma → pedagogisk omsorg'])
    expect(await fixes('Barnet går hos ett familjedaghem.', forms)).toEqual(['ett familjedaghem → en pedagogisk omsorg'])
  })

  it('matches a term with capitals only with those capitals, and keeps the preferred term’s own', async () => {
    expect(await fixes('Ansök hos FK.')).toEqual(['FK → Försäkringskassan'])
    expect(await fixes('Skriv fk eller Fk i formuläret.')).toEqual([])
  })

  it.each([
    'Barnen går på förskolan.',
    'Förskolorna har öppet hela sommaren.',
    'Vi har dagisplatser kvar.',
    'Logga in i e-tjänsten.',
    'Elektroniska blanketter finns på webbplatsen.',
    'Tjänsten är elektronisk och öppen dygnet runt.',
    'Dagen börjar kl. 8.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin, withTerms))).toEqual([])
  })

  it('does nothing with the term list when none is configured', async () => {
    expect(actuals(await lintSv('Barnen går på dagis.', plugin))).toEqual([])
  })

  it('does not flag the preferred term when a term to avoid is only another spelling of it', async () => {
    const options = {termList: [{prefer: 'e-tjänst', avoid: ['etjänst']}]}
    expect(await fixes('Logga in i e-tjänsten eller etjänsten.', options)).toEqual(['etjänsten → e-tjänsten'])
  })
})

describe('term-consistency: mixed spellings in one text', () => {
  it('reports the less used spelling with the more used one as fix', async () => {
    const text = 'Logga in i e-tjänsten. Fyll i e-tjänsten. Spara i etjänsten.'
    const [message, ...rest] = await lintSv(text, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'term-consistency',
      reason: 'Skriv ”e-tjänsten” som på andra ställen i texten, inte ”etjänsten”.',
      actual: 'etjänsten',
      expected: ['e-tjänsten'],
      line: 1,
      column: 51
    })
    expect(message?.note).toBe(
      'Stava samma term på samma sätt i hela texten: stavningen i ”e-tjänsten” står 2 gånger, den i ”etjänsten” 1 gång.'
    )
  })

  it.each([
    ['Ansök i e-tjänsten. Ansök i e-tjänsten. Ansök i e tjänsten.', 'e tjänsten → e-tjänsten'],
    ['Vi har hemtjänst. Hemtjänsten kommer. Ring hem-tjänsten.', 'hem-tjänsten → hemtjänsten'],
    ['Logga in i e-tjänsten. Spara i e-tjänsten. Öppna E-tjänsten i appen.', 'E-tjänsten → e-tjänsten'],
    ['Skicka e-post till oss. Vi svarar på epost inom en dag. Läs din e-post.', 'epost → e-post'],
    ['Ansök i e-tjänster. Etjänsten är öppen.', 'Etjänsten → E-tjänsten'],
    ['Vi använder sms-kod. Vi skickar en smskod.', 'smskod → sms-kod']
  ])('flags the minority spelling in %j', async (text, expected) => {
    expect(await fixes(text, {})).toEqual([expected])
  })

  it('suggests the first spelling on a tie, and never a compound split by a space', async () => {
    expect(await fixes('Öppna hemtjänsten. Öppna hem-tjänsten.', {})).toEqual(['hem-tjänsten → hemtjänsten'])
    // The first spelling would be `etjänsten`, but a hyphen after a short form is right: no finding.
    expect(await fixes('Öppna etjänsten. Öppna e-tjänsten.', {})).toEqual([])
    expect(await fixes('Öppna e tjänsten. Öppna e tjänsten. Öppna e-tjänsten.', {})).toEqual([
      'e tjänsten → e-tjänsten',
      'e tjänsten → e-tjänsten'
    ])
  })

  it('never asks for a hyphen in a closed compound, nor for a closed form after a short form', async () => {
    // Swedish writes compounds closed; the closed form stays even where the text also hyphenates it.
    expect(await fixes('Fokus-markeringen syns. Ingen fokus-markering här. Saknar fokusmarkering.', {})).toEqual([])
    // A hyphen after an abbreviation or short form is right (`sms-tjänster`).
    expect(await fixes('Vi har smstjänster. Fler smstjänster. Nya sms-tjänster.', {})).toEqual([])
    // The other way round the finding stays: a closed compound asked for, a hyphen after a short form asked for.
    expect(await fixes('Ett ikonbibliotek. Ett ikonbibliotek till. Ett ikon-bibliotek.', {})).toEqual(['ikon-bibliotek → ikonbibliotek'])
    expect(await fixes('Öppna e-tjänsten. Fyll i e-tjänsten. Spara i etjänsten.', {})).toEqual(['etjänsten → e-tjänsten'])
  })

  it('uses the spelling of a preferred term even when the text has only one spelling', async () => {
    const [message] = await lintSv('Logga in i etjänsten.', plugin, {terms: ['e-tjänst']})
    expect(message).toMatchObject({
      actual: 'etjänsten',
      expected: ['e-tjänsten'],
      reason: 'Skriv ”e-tjänsten” som i termlistan, inte ”etjänsten”.'
    })
  })

  it.each([
    'Logga in i e-tjänsten. E-tjänsten är öppen dygnet runt.',
    'Lägg till en rad med lägg-till-knappen. Lägg till fler rader.',
    'Kontakta Myndigheten för familjerätt. Myndigheten svarar. Den statliga myndigheten ansvarar.',
    'Läs om Svenskt Friluftsliv. Friluftsliv är bra för hälsan.',
    'Anmäl dig till in- och utbetalning. Utbetalning sker varje månad.',
    'Ange datum som åååå-mm-dd. Formatet ååååmmdd fungerar inte.',
    'Använd HTML-Validate. Kör html-validate i terminalen.',
    'Läs mer på e-tjänster.se. Logga in i e-tjänsten.',
    'Stockholms-Näs och Uppsala-Näs är orter.',
    'Ring 010-123 45 67 eller 010 123 45 67.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('can be turned off with `spellings: false`', async () => {
    const text = 'Logga in i e-tjänsten. Fyll i e-tjänsten. Spara i etjänsten.'
    expect(actuals(await lintSv(text, plugin, {spellings: false}))).toEqual([])
  })

  it('does not report a word twice when the term list already reported it', async () => {
    const options = {termList: [{prefer: 'e-tjänst', avoid: ['etjänst']}], terms: ['e-tjänst']}
    expect(await fixes('Logga in i etjänsten.', options)).toEqual(['etjänsten → e-tjänsten'])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('term-consistency', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
