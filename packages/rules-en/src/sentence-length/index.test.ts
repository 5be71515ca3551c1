import {describe, expect, it} from 'vitest'
import {EnglishParser} from '../parser/index.js'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {countWords, maxWordsByTextType, meta, rule} from './index.js'

const long =
  'If you disagree with the decision you can appeal to the court, but you must send your appeal to us within three weeks of the day you received it.'

function firstSentence(text: string) {
  const paragraph = new EnglishParser().parse(text).children[0]
  if (paragraph?.type !== 'ParagraphNode') throw new Error('no paragraph')
  const sentence = paragraph.children.find((node) => node.type === 'SentenceNode')
  if (!sentence || sentence.type !== 'SentenceNode') throw new Error('no sentence')
  return sentence
}

describe('sentence-length (en)', () => {
  it('exports its metadata, limits and plugin', () => {
    expect(meta).toMatchObject({id: 'sentence-length', defaultSeverity: 'warning', fixable: false})
    expect(maxWordsByTextType).toEqual({web: 25, email: 25, letter: 25, 'easy-read': 15})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn(`Call us. ${long}`, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'sentence-length',
      source: 'klarsprak',
      reason: 'This sentence has 29 words; split it (aim for 20 or fewer).',
      line: 1,
      column: 10,
      actual: long,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/sentence-length.md'
    })
    expect(message?.expected).toBeUndefined()
    expect(message?.place).toMatchObject({start: {line: 1, column: 10}, end: {line: 1, column: 10 + long.length}})
  })

  it.each([
    ['The fee is 25,000 kronor.', 5],
    ['Bring your ID card – and your bank details & your contract.', 10],
    ['Pupils in years 7 to 9 get a bus card.', 10],
    ['Write to info@example.se or visit www.example.se today.', 5],
    ['A well-known and long-awaited park opens.', 6],
    ['Pay by card and/or invoice.', 5]
  ])('counts the words of %j as %i', (text, count) => {
    expect(countWords(firstSentence(text))).toBe(count)
  })

  it('flags a sentence of 26 words and leaves one of 25 alone', async () => {
    const twentyFive =
      'Exactly twenty-five words make this sentence long enough to reach the default limit for web pages and letters but not go over it at all.'
    const twentySix =
      'This sentence has twenty-six words, which is one word more than the default limit for web pages and letters allows in one single sentence here today.'
    expect(countWords(firstSentence(twentyFive))).toBe(25)
    expect(countWords(firstSentence(twentySix))).toBe(26)
    expect(actuals(await lintEn(twentyFive, plugin))).toEqual([])
    expect(actuals(await lintEn(twentySix, plugin))).toEqual([twentySix])
  })

  it.each([
    'You can appeal against the decision. Send your appeal to us within three weeks.',
    'Contact the customer centre on 0771-123 456, weekdays 8.00 to 16.00, or e-mail kundcenter@example.se.',
    'Dr. Lindqvist, the school doctor, meets pupils at Björkskolan on Tuesdays and at Ängsskolan on Thursdays.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('takes its limit and its aim from `textType`', async () => {
    // 22 words: over the limit for easy-read, under the limit of 25 for the other text types.
    const text = 'Home care can help you with cleaning, shopping, laundry and personal care if you find it hard to manage on your own.'
    for (const textType of ['web', 'email', 'letter'] as const) {
      expect(actuals(await lintEn(text, plugin, {textType}))).toEqual([])
    }
    expect(actuals(await lintEn(text, plugin, {textType: 'easy-read'}))).toEqual([text])
    const short = 'Home care can help you with cleaning, shopping, laundry and personal care in your own home.'
    expect(actuals(await lintEn(short, plugin))).toEqual([])
    expect(await lintEn(short, plugin, {textType: 'easy-read'})).toMatchObject([
      {reason: 'This sentence has 16 words; split it (aim for 15 or fewer).'}
    ])
    // Over 25 words: the same limit, but a web page or an e-mail aims for 20 words and a letter for 25.
    expect(await lintEn(long, plugin)).toMatchObject([{reason: 'This sentence has 29 words; split it (aim for 20 or fewer).'}])
    expect(await lintEn(long, plugin, {textType: 'email'})).toMatchObject([
      {reason: 'This sentence has 29 words; split it (aim for 20 or fewer).'}
    ])
    expect(await lintEn(long, plugin, {textType: 'letter'})).toMatchObject([
      {reason: 'This sentence has 29 words; split it (aim for 25 or fewer).'}
    ])
  })

  it('lets `max` override the text type', async () => {
    const text = 'Home care can help you with cleaning, shopping, laundry and personal care.'
    expect(await lintEn(text, plugin, {max: 10, textType: 'letter'})).toMatchObject([
      {reason: 'This sentence has 12 words; split it (aim for 10 or fewer).'}
    ])
    expect(actuals(await lintEn(long, plugin, {max: 40}))).toEqual([])
    // A higher `max` moves the limit, not the aim.
    expect(await lintEn(long, plugin, {max: 28})).toMatchObject([{reason: 'This sentence has 29 words; split it (aim for 20 or fewer).'}])
    expect(actuals(await lintEn(long, plugin, {max: 29}))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('sentence-length', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
