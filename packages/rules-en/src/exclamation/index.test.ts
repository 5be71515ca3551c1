import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {meta, rule} from './index.js'

describe('exclamation (en)', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'exclamation', defaultSeverity: 'info', fixable: 'suggestion'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message for an exclamation mark in running text', async () => {
    const [message, ...rest] = await lintEn('You can now apply for a parking permit online!', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'exclamation',
      source: 'klarsprak',
      reason: 'Use a full stop instead of an exclamation mark.',
      line: 1,
      column: 46,
      actual: '!',
      expected: ['.'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/exclamation.md'
    })
    expect(message?.place).toEqual({start: {line: 1, column: 46, offset: 45}, end: {line: 1, column: 47, offset: 46}})
    expect(message?.note).toMatch(/13\.3/)
  })

  it('reports a complete message for words in capitals', async () => {
    const [message, ...rest] = await lintEn('Please note that it is IMPORTANT to bring your passport.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      reason: 'Avoid writing “IMPORTANT” in capitals.',
      actual: 'IMPORTANT',
      expected: ['important'],
      place: {start: {line: 1, column: 24, offset: 23}, end: {line: 1, column: 33, offset: 32}}
    })
  })

  it.each([
    ['Book your place at the summer school today!!', ['!!']],
    ['Have you still not heard from us?!', ['?!']],
    ['You MUST send the form by 30 June.', ['MUST']],
    ['Do NOT send original documents.', ['NOT']],
    ['DO NOT send original documents.', ['DO NOT']],
    ['Please READ THIS CAREFULLY before you apply.', ['READ THIS CAREFULLY']],
    ['Applying is FREE for everyone under 18.', ['FREE']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin))).toEqual(expected)
  })

  it.each([
    ['Welcome!'],
    ['Thank you!'],
    ['Hello! Here is what you need to know about the new bins.'],
    ['She shouted “Stop!” and ran for the bus.'],
    ['Contact the NHS, HMRC or the DVLA.'],
    ['Pay by SWIFT transfer and keep your PIN safe.'],
    ['Read chapter XIV of the guidance.'],
    ['Write “YES” in the box if you agree.'],
    ['Check COVID-19 advice on GOV.UK.'],
    ['Pay with your IBAN and BIC.']
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('skips a line of its own in capitals (a heading in plain text)', async () => {
    expect(actuals(await lintEn('IMPORTANT INFORMATION\nYou must bring your passport.', plugin))).toEqual([])
  })

  it('accepts the words in `ignore` and checks exclamation marks only with `capitals: false`', async () => {
    const text = 'You MUST arrive on time for the interview tomorrow!'
    expect(actuals(await lintEn(text, plugin))).toEqual(['!', 'MUST'])
    expect(actuals(await lintEn(text, plugin, {ignore: ['MUST']}))).toEqual(['!'])
    expect(actuals(await lintEn(text, plugin, {capitals: false}))).toEqual(['!'])
  })

  it('scores precision and recall of at least 0.9 on its evaluation set', async () => {
    const score = await evaluateEn('exclamation', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
  })
})
