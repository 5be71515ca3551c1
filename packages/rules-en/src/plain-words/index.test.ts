import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {addedPhrases, ignoredPhrases, meta, plainWordsReason, rule} from './index.js'

describe('plain-words (en)', () => {
  it('exports its metadata, lists and plugin', () => {
    expect(meta).toMatchObject({id: 'plain-words', defaultSeverity: 'warning', fixable: 'safe'})
    expect(ignoredPhrases).toContain('address')
    expect(addedPhrases).toContain('in respect of')
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn('You will obtain a decision within four weeks.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'plain-words',
      source: 'klarsprak',
      reason: 'Use “get” instead of “obtain”.',
      line: 1,
      column: 10,
      actual: 'obtain',
      expected: ['get'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/plain-words.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 10}, end: {line: 1, column: 16}})
  })

  it('keeps the capital letter of the original', async () => {
    expect(await lintEn('In order to apply, fill in the form.', plugin)).toMatchObject([
      {actual: 'In order to', expected: ['To'], reason: 'Use “To” instead of “In order to”.'}
    ])
  })

  it('offers every suggestion and says when the phrase can go', async () => {
    expect(await lintEn('Please submit the form. We currently answer by e-mail. Please be advised that we close at 4.', plugin))
      .toMatchObject([
        {actual: 'submit', expected: ['give', 'send'], reason: 'Use “give” or “send” instead of “submit”.'},
        {actual: 'currently', expected: ['now'], reason: 'Remove “currently”, or use “now” instead.'},
        {actual: 'be advised', reason: 'Remove “be advised”.'}
      ])
    const [advised] = await lintEn('Please be advised that we close at 4.', plugin)
    expect(advised?.expected).toBeUndefined()
  })

  it('uses its own suggestions where the upstream ones do not fit', async () => {
    expect(await lintEn('All pupils, i.e. years 1 to 9, get lunch.', plugin)).toMatchObject([
      {actual: 'i.e.', expected: ['that is']}
    ])
  })

  it.each([
    ['Please notify us prior to your visit.', ['notify', 'prior to']],
    ['Residents who reside in the area may purchase a permit.', ['reside', 'purchase']],
    ['We will endeavour to reply in a timely manner.', ['endeavour', 'in a timely manner']],
    ['The fee in respect of waste collection is charged every quarter.', ['in respect of']],
    ['Additional costs are paid by the school.', ['Additional']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin))).toEqual(expected)
  })

  it.each([
    'Write your name and address on the form.',
    'You can apply for housing benefit if your income is low.',
    'Type your personal identity number in the box.',
    'We will process your request within two weeks.',
    'You need a residence permit to register.',
    'The new rules take effect on 1 January.',
    'Contact the Additional Needs Team at the school.',
    'There are two ways to pay your bill.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('skips phrases listed in `ignore`, from either list', async () => {
    const text = 'Please submit the form in respect of your child.'
    expect(actuals(await lintEn(text, plugin))).toEqual(['submit', 'in respect of'])
    expect(actuals(await lintEn(text, plugin, {ignore: ['submit', 'in respect of']}))).toEqual([])
  })

  it('words its reasons for every shape of entry', () => {
    expect(plainWordsReason('assist', ['aid', 'help', 'support'], false)).toBe(
      'Use “aid”, “help” or “support” instead of “assist”.'
    )
    expect(plainWordsReason('inter alia', [], true)).toBe('Remove “inter alia”.')
    expect(plainWordsReason('foo', [], false)).toBe('Rewrite “foo” in plain words.')
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('plain-words', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
