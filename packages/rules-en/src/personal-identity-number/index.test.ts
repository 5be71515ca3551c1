import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin from './index.js'

// Every number in these tests is made up: a birth number in the 980–999 series with a check digit computed for the
// test, or a birth year in the 1880s. None comes from a real document.

describe('personal-identity-number (en)', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn('Send the decision to Anna Berg, 811218-9876, by May.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'personal-identity-number',
      source: 'klarsprak',
      reason: 'Remove the personal identity number: personal data does not belong in the text.',
      line: 1,
      column: 33,
      actual: '811218-9876',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/personal-identity-number.md'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 44}})
    expect(message?.expected).toBeUndefined()
  })

  it.each([
    ['Applicant: 811218-9876', '811218-9876'],
    ['Enter 198112189876 in the form.', '198112189876'],
    ['Her number is 19460706-9855.', '19460706-9855'],
    ['Born in 1881, personal identity number 811218+9876.', '811218+9876']
  ])('flags %j', async (text, number) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([number])
  })

  it('names a coordination number', async () => {
    const [message] = await lintEn('Coordination number: 811278-9873.', plugin)
    expect(message?.reason).toBe('Remove the coordination number: personal data does not belong in the text.')
  })

  it.each([
    'The municipality’s organisation number is 212000-1355.',
    'Call us on +46 8 123 45 67 or 070-123 45 67.',
    'Pay to bank giro 5050-1055.',
    'Quote case number KS 2026/1234 or Dnr 2026-001234.',
    'The meeting is on 2026-11-23.',
    'The number 811218-9875 has the wrong check digit.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('personal-identity-number', plugin)
    expect(score.mistakes).toEqual([])
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  })
})
