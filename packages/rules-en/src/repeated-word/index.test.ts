import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {meta, rule} from './index.js'

describe('repeated-word (en)', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'repeated-word', defaultSeverity: 'warning', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn('Send the the form to us.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'repeated-word',
      source: 'klarsprak',
      reason: 'Remove the repeated word “the”.',
      line: 1,
      column: 6,
      actual: 'the the',
      expected: ['the'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/repeated-word.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 6}, end: {line: 1, column: 13}})
  })

  it('keeps the first word’s capital letter in the fix', async () => {
    const [message] = await lintEn('The the library is closed.', plugin)
    expect(message).toMatchObject({actual: 'The the', expected: ['The']})
  })

  it.each([
    ['You can apply for for a place.', ['for for']],
    ['The The library is closed on Sunday.', ['The The']],
    ['We can can help you.', ['can can']],
    ['Call us if you you have questions.', ['you you']],
    ['Please write your name in in capital letters.', ['in in']],
    ['Read more about about the fees and and the rules.', ['about about', 'and and']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin))).toEqual(expected)
  })

  it('finds a double word across a line break', async () => {
    const [message] = await lintEn('Fill in the\nthe form.', plugin)
    expect(message).toMatchObject({line: 1, column: 9, actual: 'the\nthe'})
    expect(message?.place).toMatchObject({end: {line: 2, column: 4}})
  })

  it.each([
    'The school had had a new roof before the storm.',
    'We know that that can be hard.',
    'Log in in the app with your BankID.',
    'You can hand in in person at the town hall.',
    'Yes, yes, we know.',
    'Help! Help is on the way.',
    'Walla Walla is a town in the USA.',
    'Room 10 10 chairs are missing.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('skips words listed in `ignore`', async () => {
    const text = 'It is very very important that you reply.'
    expect(actuals(await lintEn(text, plugin))).toEqual(['very very'])
    expect(actuals(await lintEn(text, plugin, {ignore: ['Very']}))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('repeated-word', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
