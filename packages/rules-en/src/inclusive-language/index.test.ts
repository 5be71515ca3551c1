import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {ignoredPhrases, meta, rule} from './index.js'

describe('inclusive-language (en)', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'inclusive-language', defaultSeverity: 'info', fixable: 'suggestion'})
    expect(rule.plugin).toBe(plugin)
    expect(ignoredPhrases).toContain('disabled')
  })

  it('reports a complete message for a retext-equality finding', async () => {
    const [message, ...rest] = await lintEn('The chairman will reply.', plugin)
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
      ruleId: 'inclusive-language',
      source: 'klarsprak',
      reason: 'Use “chair”, “head” or “chairperson” instead of “chairman”.',
      line: 1,
      column: 5,
      place: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 13, offset: 12}},
      actual: 'chairman',
      expected: ['chair', 'head', 'chairperson'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/inclusive-language.md'
    })
  })

  it.each([
    ['If the applicant is under 18, he or she must ask a parent.', 'he or she', 'they'],
    ['He or she must sign the form.', 'He or she', 'They'],
    ['Ask him/her to call us.', 'him/her', 'them'],
    ['The claimant must send his or her bank details.', 'his or her', 'their'],
    ['Each pupil brings his/her lunch.', 'his/her', 'their'],
    ['The carer can claim for himself or herself.', 'himself or herself', 'themselves'],
    ['S/he must report any change.', 'S/he', 'They'],
    ['If (s)he moves, tell us.', '(s)he', 'they']
  ])('suggests a neutral pronoun for %j', async (text, actual, expected) => {
    const messages = await lintEn(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
    expect(messages[0]!.reason).toBe(`Use “${expected}”, or rewrite the sentence, instead of “${actual}”.`)
    expect(messages[0]!.note).toMatch(/GOV\.UK style guide/)
  })

  it.each([
    ['A council spokesman said so.', 'spokesman'],
    ['The policeman took a statement.', 'policeman'],
    ['We need more manpower.', 'manpower'],
    ['Give your mother’s maiden name.', 'maiden name'],
    ['The lift is not suitable if you are confined to a wheelchair.', 'confined to a wheelchair']
  ])('flags %j through retext-equality', async (text, actual) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([actual])
  })

  it('offers at most three of retext-equality’s suggestions and keeps a capital letter', async () => {
    const [crazy] = await lintEn('That is crazy.', plugin)
    expect(crazy!.expected).toEqual(['rude', 'malicious', 'mean'])
    expect(crazy!.reason).toBe('Use “rude”, “malicious” or “mean” instead of “crazy”.')
    const [chairman] = await lintEn('Chairman Smith opened the meeting.', plugin)
    expect(chairman!.expected).toEqual(['Chair', 'Head', 'Chairperson'])
  })

  it.each([
    'The minister said she would visit the school.',
    'Mr Patel said he was pleased.',
    'Disabled people can apply for a Blue Badge.',
    'Enter your husband, wife or civil partner’s details.',
    'You can get maternity pay for 39 weeks.',
    'Asylum seekers can get help with housing.',
    'Your landlord must protect your deposit.',
    'Make it easy to pay. Just enter your postcode.',
    'Complain to the Financial Ombudsman Service.',
    'The date you entered is invalid.',
    'Find mental health services near you.',
    'A midwife will visit you at home.',
    'Gypsy, Roma and Traveller communities can get advice.',
    'The crazy paving needs repair.',
    'The Lord Mayor will open the library.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('accepts ignored words and pairs', async () => {
    const text = 'The chairman said he or she must sign. The spokesman agreed.'
    expect(actuals(await lintEn(text, plugin, {ignore: ['chairman', 'he or she']}))).toEqual(['spokesman'])
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateEn('inclusive-language', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
