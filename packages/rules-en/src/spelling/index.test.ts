import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin, {meta} from './index.js'

describe('spelling (en)', () => {
  it('reports a misspelled word with a clear correction', async () => {
    const [message, ...rest] = await lintEn('We will recieve your application.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'spelling',
      source: 'klarsprak',
      reason: 'Check the spelling of “recieve” (did you mean “receive”?).',
      line: 1,
      column: 9,
      actual: 'recieve',
      expected: ['receive'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/spelling.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 9}, end: {line: 1, column: 16}})
    expect(meta).toMatchObject({id: 'spelling', defaultSeverity: 'warning', fixable: 'suggestion'})
  })

  it('lists candidates without `expected` when none is clearly best', async () => {
    const [message] = await lintEn('Fees depend on your incmoe.', plugin)
    expect(message?.reason).toMatch(/^Check the spelling of “incmoe” \(did you mean “[^”]+”(, “[^”]+”)*( or “[^”]+”)?\?\)\.$/)
    const [single] = await lintEn('Contact the libary.', plugin)
    expect(single?.expected).toEqual(['library'])
  })

  it('keeps the typographic apostrophe in suggestions', async () => {
    const [message] = await lintEn('The counsil’s decision is final.', plugin)
    expect(message?.actual).toBe('counsil’s')
    expect(message?.reason).toContain('“council’s”')
  })

  it.each([
    ['You must fill in a seperate form.', ['seperate']],
    ['Neccessary documents must be attached.', ['Neccessary']],
    ['We handle your data acording to the law.', ['acording']],
    ['The Goverment decides the rules.', ['Goverment']],
    ['Your details are pre-fillled when you log in.', ['fillled']]
  ])('flags: %s', async (text, expected) => {
    expect(actuals(await lintEn(text, plugin))).toEqual(expected)
  })

  it.each([
    'Call us on +46 60 19 00 00 between 8 am and 4.30 pm, or e-mail info@sundsvall.se.',
    'You can apply for e.g. home help, a personal assistant etc. through the e-service.',
    'Support under LSS is granted by an LSS officer, and the EU’s share is 40 per cent.',
    'Our coordinator Anneli Westerholm answers questions about Kommunfullmäktige.',
    'The organisation will recognise your licence, and the organization will recognize your license.',
    'COVID-19 vaccinations are given on the 3rd floor of Room 2B.',
    'Your details will be pre-filled, and self-employed people are covered.',
    "You don't need to register, and we won't share your data."
  ])('leaves alone: %s', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('accepts the project word list, terms and ignored words', async () => {
    const text = 'Matforsbo residents use the Kvarnbackaskolan app.'
    // `unclear`: a name with no look-alike in the dictionary is otherwise left alone anyway.
    const all = {unclear: true}
    expect(actuals(await lintEn('Kvarnbackaskolan is closed.', plugin))).toEqual([])
    expect(actuals(await lintEn('Kvarnbackaskolan is closed.', plugin, all))).toEqual(['Kvarnbackaskolan'])
    expect(actuals(await lintEn('Kvarnbackaskolan is closed.', plugin, {...all, words: ['Kvarnbackaskolan']}))).toEqual([])
    expect(actuals(await lintEn('Kvarnbackaskolan is closed.', plugin, {...all, terms: ['Kvarnbackaskolan school']}))).toEqual([])
    expect(actuals(await lintEn('Kvarnbackaskolan is closed.', plugin, {...all, ignore: ['kvarnbackaskolan']}))).toEqual([])
    expect(actuals(await lintEn(text, plugin, all))).toEqual(['Matforsbo'])
  })

  it('scores at least 0.9 precision and recall on the evaluation set', async () => {
    const score = await evaluateEn('spelling', plugin)
    if (score.precision < 0.9 || score.recall < 0.9) console.log(score.mistakes)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  })

  it('reports an unknown word used three times once, as a possible term (with `unclear`)', async () => {
    const text = 'The textarea grows. Each textarea has a label. Use a textarea for long answers.'
    expect(await lintEn(text, plugin)).toEqual([])
    const [message, ...rest] = await lintEn(text, plugin, {unclear: true})
    expect(rest).toEqual([])
    expect(message?.reason).toBe('“textarea” is not in the dictionary but is used 3 times in this text. If it is a term, add it to the project word list.')
  })

  it('leaves template tags and passages in another language alone', async () => {
    expect(actuals(await lintEn('Use the {{ govukTextarea }} macro {% if recieve %} here.', plugin))).toEqual([])
    expect(actuals(await lintEn('Antibiotikaförsäljningen minskade med tre procent under året.', plugin))).toEqual([])
    expect(actuals(await lintEn('We will recieve your form.', plugin))).toEqual(['recieve'])
  })
})
