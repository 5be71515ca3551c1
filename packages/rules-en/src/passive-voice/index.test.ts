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

const reader = {scope: 'reader'} as const

describe('passive-voice (en)', () => {
  it('exports its metadata, data and plugin', () => {
    expect(meta).toMatchObject({id: 'passive-voice', defaultSeverity: 'info', fixable: false})
    expect(notPassive).toContain('closed')
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message with `scope: reader`', async () => {
    const [message, ...rest] = await lintEn('Your application was approved on 3 May.', plugin, reader)
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

  it('reports nothing by default: English has no double passive', async () => {
    const text = 'Your application was approved on 3 May. You will not be charged for the first visit.'
    expect(actuals(await lintEn(text, plugin, reader))).toEqual(['was approved', 'will not be charged'])
    expect(actuals(await lintEn(text, plugin))).toEqual([])
    expect(actuals(await lintEn(text, plugin, {scope: 'double'}))).toEqual([])
  })

  it.each([
    ['The decision will be sent to you by post.', ['will be sent']],
    ['Your bin is emptied every other week.', ['is emptied']],
    ['You will not be charged for the first visit.', ['will not be charged']],
    ['If you cancel later, the fee is not refunded.', ['is not refunded']],
    ['Cookies are usually used to count your visits.', ['are usually used']],
    ['You’re asked to bring your ID card.', ['You’re asked']],
    ["Your application isn't considered if it arrives late.", ["isn't considered"]],
    ['Your case has been given to a new social worker.', ['has been given']],
    ['Your playground is being rebuilt this summer.', ['being rebuilt']],
    ['Your school was built in 1962 and was renovated in 2019.', ['was built', 'was renovated']]
  ])('flags %j with `scope: reader`', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin, reader))).toEqual(expected)
    expect(actuals(await lintEn(text, plugin))).toEqual([])
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
    'Children born in 2022 can start preschool in August.',
    // Passives in sentences that do not speak to the reader.
    'Bins are emptied every other week.',
    'The playground is being rebuilt this summer.',
    'The school was built in 1962 and was renovated in 2019.',
    // The actor is named (`by …`).
    'Your application was approved by the social welfare committee.',
    'Your bin is emptied by our contractor every other week.'
  ])('leaves %j alone with `scope: reader`', async (text) => {
    expect(actuals(await lintEn(text, plugin, reader))).toEqual([])
  })

  it('leaves developer documentation alone', async () => {
    const text = 'Your data is stored in `users.json` and is deleted after two years.'
    expect(actuals(await lintEn(text, plugin, reader))).toEqual([])
    expect(actuals(await lintEn(text.replace(/`/g, ''), plugin, reader))).toEqual(['is stored', 'is deleted'])
  })

  it('skips participles listed in `ignore`, regular or irregular', async () => {
    const text = 'Your permit is required and is sent to you within a week.'
    expect(actuals(await lintEn(text, plugin, reader))).toEqual(['is required', 'is sent'])
    expect(actuals(await lintEn(text, plugin, {...reader, ignore: ['Required', 'sent']}))).toEqual([])
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
