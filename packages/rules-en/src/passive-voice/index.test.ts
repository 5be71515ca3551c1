import {describe, expect, it} from 'vitest'
import type {Sentence} from 'nlcst'
import {EnglishParser} from '../parser/index.js'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {isPassiveSentence, meta, notPassive, rule} from './index.js'

function firstSentence(text: string): Sentence {
  const paragraph = new EnglishParser().parse(text).children[0]
  if (paragraph?.type !== 'ParagraphNode') throw new Error('no paragraph')
  const sentence = paragraph.children.find((node) => node.type === 'SentenceNode')
  if (!sentence || sentence.type !== 'SentenceNode') throw new Error('no sentence')
  return sentence
}

describe('passive-voice (en)', () => {
  it('exports its metadata, data and plugin', () => {
    expect(meta).toMatchObject({id: 'passive-voice', defaultSeverity: 'info', fixable: false})
    expect(notPassive).toContain('closed')
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn('Your application was approved on 3 May.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'passive-voice',
      source: 'klarsprak',
      reason: 'Use the active voice instead of “was approved”: say who does it.',
      line: 1,
      column: 18,
      actual: 'was approved',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md'
    })
    expect(message?.expected).toBeUndefined()
    expect(message?.place).toMatchObject({start: {line: 1, column: 18}, end: {line: 1, column: 30}})
  })

  it.each([
    ['The decision will be sent to you by post.', ['will be sent']],
    ['Bins are emptied every other week.', ['are emptied']],
    ['You will not be charged for the first visit.', ['will not be charged']],
    ['The fee is not refunded after that.', ['is not refunded']],
    ['Cookies are usually used to count visits.', ['are usually used']],
    ['You’re asked to bring your ID card.', ['You’re asked']],
    ["Late applications aren't considered.", ["aren't considered"]],
    ['Your case has been given to a new social worker.', ['has been given']],
    ['The playground is being rebuilt this summer.', ['being rebuilt']],
    ['The school was built in 1962 and was renovated in 2019.', ['was built', 'was renovated']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin))).toEqual(expected)
  })

  it.each([
    'We approved your application on 3 May.',
    'We have given your case to a new social worker.',
    'The office is closed on public holidays.',
    'We are based in the town hall.',
    'Are you interested in becoming a foster parent?',
    'You are entitled to an interpreter.',
    'This is indeed the last day to apply.',
    'Ted is the new head teacher.',
    "If it's expired, we can give you a new card.",
    'Children born in 2022 can start preschool in August.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('skips participles listed in `ignore`, regular or irregular', async () => {
    const text = 'A permit is required and is sent by post.'
    expect(actuals(await lintEn(text, plugin))).toEqual(['is required', 'is sent'])
    expect(actuals(await lintEn(text, plugin, {ignore: ['Required', 'sent']}))).toEqual([])
  })

  it('tells whether a sentence is passive (for the passive share)', () => {
    expect(isPassiveSentence(firstSentence('Your application was approved.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('You will not be charged.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('We approved your application.'))).toBe(false)
    expect(isPassiveSentence(firstSentence('The office is closed today.'))).toBe(false)
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('passive-voice', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
