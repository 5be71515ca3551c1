import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

describe('address-reader', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'address-reader', defaultSeverity: 'info', fixable: false})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message without a fix', async () => {
    const [message, ...rest] = await lintSv('Här kan man ansöka om bidrag. Du får svar inom en vecka.', plugin, {man: true})
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
    ['Om du vill kan man ringa oss.', ['man']],
    ['Om man vill kan man ringa oss. Du får svar samma dag.', ['man', 'man']],
    ['Får man parkera här om du har tillstånd?', ['man']]
  ])('flags generic ”man” in %j with the option `man`, as its paragraph also says ”du”', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin, {man: true}))).toEqual(expected)
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    ['Den sökande ska bifoga intyg. Du kan skicka det digitalt.', ['Den sökande']],
    ['Avgiften betalas av den sökande, alltså av dig.', ['den sökande']],
    [
      'Sökanden får ett beslut. Beslutet skickas till sökandens adress, så kontrollera att din adress stämmer.',
      ['Sökanden', 'sökandens']
    ],
    ['Den enskilde har rätt att överklaga. Du gör det skriftligt.', ['Den enskilde']],
    ['Insatsen utgår från den enskildes behov och dina önskemål.', ['den enskildes']],
    ['Stödet anpassas efter vad den enskilda behöver, och du kan påverka det.', ['den enskilda']],
    ['Vederbörande ska kontakta kommunen. Du hittar numret nedan.', ['Vederbörande']],
    ['Den sökande ringer oss om man vill. Du får svar samma dag.', ['Den sökande']]
  ])('flags %j, whose paragraph also says ”du”', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it.each([
    'Man kan ansöka hos kommunen.',
    'Om man vill kan man ringa oss.',
    'Om du vill kan man ringa oss.',
    'Den sökande ska bifoga intyg.',
    'Vederbörande ska kontakta kommunen.',
    'Sökanden får ett beslut.',
    'Man kan ansöka hos kommunen.\n\nDu får svar inom en vecka.'
  ])('leaves %j alone: no ”du” in its paragraph, or generic ”man” without the option `man`', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    'Man kan ansöka hos kommunen.',
    'Om man vill kan man ringa oss.',
    'Man kan ansöka hos kommunen.\n\nDu får svar inom en vecka.'
  ])('leaves generic ”man” in %j alone also with the option `man`: its paragraph does not say ”du”', async (text) => {
    expect(actuals(await lintSv(text, plugin, {man: true}))).toEqual([])
  })

  it('flags third-person words for the reader in a letter or e-mail, but not ”man”', async () => {
    const text = 'Den sökande ska bifoga intyg. Man kan skicka det digitalt.'
    expect(actuals(await lintSv(text, plugin, {textType: 'letter'}))).toEqual(['Den sökande'])
    expect(actuals(await lintSv(text, plugin, {textType: 'letter', man: true}))).toEqual(['Den sökande'])
    expect(actuals(await lintSv(text, plugin, {textType: 'email'}))).toEqual(['Den sökande'])
    expect(actuals(await lintSv(text, plugin, {textType: 'web'}))).toEqual([])
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('suggests ”jag” or ”vi” for the writer', async () => {
    const [message, ...rest] = await lintSv('Undertecknad intygar att uppgifterna stämmer.', plugin, {textType: 'letter'})
    expect(rest).toEqual([])
    expect(message!.reason).toBe('Skriv ”jag” eller ”vi” i stället för ”Undertecknad”.')
    expect(actuals(await lintSv('Kontakta undertecknad om du har frågor.', plugin))).toEqual(['undertecknad'])
  })

  it('reports the formal ”Ni” with a complete message', async () => {
    const [message, ...rest] = await lintSv('Vi skickar beslutet till Er i morgon.', plugin)
    expect(rest).toEqual([])
    expect({
      reason: message!.reason,
      place: message!.place,
      actual: message!.actual,
      expected: message!.expected
    }).toEqual({
      reason: 'Skriv ”du” (eller ”dig”, ”din”) till en läsare i stället för ”Er”.',
      place: {start: {line: 1, column: 26, offset: 25}, end: {line: 1, column: 28, offset: 27}},
      actual: 'Er',
      expected: undefined
    })
    expect(message!.note).toMatch(/Myndigheternas skrivregler 8\.2\.1/)
    const [ni] = await lintSv('Ring oss om Ni har frågor.', plugin)
    expect(ni!.reason).toBe('Skriv ”du” (eller ”dig”, ”din”) till en läsare i stället för ”Ni”.')
  })

  it.each([
    ['Vi skickar beslutet till Er i morgon.', ['Er']],
    ['Har Ni frågor kan Ni ringa oss.', ['Ni', 'Ni']],
    ['Ni kan ringa oss om Ni har frågor.', ['Ni']],
    ['Tack för Ert brev. Vi återkommer till Eder.', ['Ert', 'Eder']],
    ['Vi har tagit emot Era papper och Edra intyg.', ['Era', 'Edra']]
  ])('flags the formal address inside the sentence in %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it.each([
    'Ni får beslutet i morgon.',
    'Ni som bor i området kan ansöka.',
    'Era papper har kommit fram.',
    'Vi skickar beslutet till er i morgon.',
    'Har ni frågor kan ni ringa oss.',
    'Hej! Ni kan ringa oss.'
  ])('leaves %j alone: lower-case or the first word of the sentence', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    '– Om du vill kan man ringa oss, säger handläggaren.',
    '– Du kan ansöka. Man får svar i dag.',
    '”Om du vill kan man ringa oss.”',
    'Om du vill kan man ringa oss, säger handläggaren.',
    '– Du kan ansöka. Den sökande får svar i dag.',
    '– Vi skickar beslutet till Er i morgon.',
    'Vi skickar beslutet till Er i morgon, säger handläggaren.'
  ])('leaves the quotation %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin, {man: true}))).toEqual([])
  })

  it.each([
    'Du kan ansöka hos kommunen.',
    'Du kan ansöka. En man har anmält skadan.',
    'Du kan ansöka. Den man som ringde har fått svar.',
    'Du kan ansöka. Hennes man har fått plats på boendet.',
    'Du kan ansöka. Gruppen är öppen för både man och kvinna.',
    'Du kan ansöka. Vi var fem man på mötet.',
    'Du kan ansöka. En ung man har fått sommarjobb.',
    'Du kan ansöka. Mannen och männen fick hjälp.',
    'Du kan ansöka. Isle of Man ingår inte i EU.',
    'Du kan ansöka. Den enskilda eleven får stöd.',
    'Du kan ansöka. Kontakta vederbörande handläggare.',
    'Du kan ansöka. Skicka in undertecknad blankett.',
    'Du kan ansöka. Sökande med förtur får besked först.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin, {man: true}))).toEqual([])
  })

  it('accepts ignored words', async () => {
    const text = 'Man kan ansöka. Den sökande ska bifoga intyg. Du får svar.'
    expect(actuals(await lintSv(text, plugin, {man: true}))).toEqual(['Man', 'Den sökande'])
    expect(actuals(await lintSv(text, plugin, {man: true, ignore: ['man']}))).toEqual(['Den sökande'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['den sökande']}))).toEqual([])
    expect(actuals(await lintSv('Vi tackar Er för Ert brev.', plugin, {ignore: ['Er']}))).toEqual(['Ert'])
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('address-reader', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
