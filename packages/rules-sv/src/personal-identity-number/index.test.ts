import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

// Every number in these tests is made up: a birth number in the 980–999 series with a check digit computed for the
// test, or a birth year in the 1880s. None comes from a real document.

describe('personal-identity-number (sv)', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintSv('Skicka beslutet till Anna Berg, 811218-9876, senast i maj.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'personal-identity-number',
      source: 'klarsprak',
      reason: 'Ta bort personnumret: personuppgifter ska inte stå i texten.',
      line: 1,
      column: 33,
      actual: '811218-9876',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/personal-identity-number.md'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 44}})
    expect(message?.expected).toBeUndefined()
  })

  it.each([
    ['Sökande: 811218-9876', '811218-9876'],
    ['Personnummer 19811218-9876 finns i ansökan.', '19811218-9876'],
    ['Fyll i 198112189876 i rutan.', '198112189876'],
    ['Barnets nummer är 0501019822.', '0501019822'],
    ['Hon är född 1881 och har nummer 811218+9876.', '811218+9876'],
    ['Ombudet har nummer 460706-9855.', '460706-9855']
  ])('flags %j', async (text, number) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([number])
  })

  it('names a coordination number', async () => {
    const [message] = await lintSv('Samordningsnummer: 811278-9873.', plugin)
    expect(message?.reason).toBe('Ta bort samordningsnumret: personuppgifter ska inte stå i texten.')
  })

  it('finds a number on the second line of a paragraph', async () => {
    const [message] = await lintSv('Uppgifter om sökande\nnamn Anna Berg, 811218-9876', plugin)
    expect(message).toMatchObject({line: 2, column: 17, actual: '811218-9876'})
  })

  it.each([
    'Kommunens organisationsnummer är 212000-1355.',
    'Bolaget har organisationsnummer 556123-4567.',
    'Ring oss på 08-123 45 67 eller 070-123 45 67.',
    'Kundtjänst nås på 0771-123 456.',
    'Betala till bankgiro 123-4567 eller 5050-1055.',
    'Ange diarienummer KS 2026/1234 eller Dnr 2026-001234.',
    'Mötet hålls 2026-11-23.',
    'Numret 811218-9875 har fel kontrollsiffra.',
    'Ange ditt personnummer (ÅÅÅÅMMDD-XXXX) i fältet.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('personal-identity-number', plugin)
    expect(score.mistakes).toEqual([])
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  })
})
