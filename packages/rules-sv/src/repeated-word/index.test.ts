import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

describe('repeated-word', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintSv('Du behöver att att fylla i blanketten.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'repeated-word',
      source: 'klarsprak',
      reason: 'Ta bort det upprepade ordet ”att”.',
      line: 1,
      column: 12,
      actual: 'att att',
      expected: ['att'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/repeated-word.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 12}, end: {line: 1, column: 19}})
  })

  it('keeps the first word’s capital letter in the fix', async () => {
    const [message] = await lintSv('Och och sedan skickar vi beslutet.', plugin)
    expect(message).toMatchObject({actual: 'Och och', expected: ['Och']})
  })

  it.each([
    ['Ansökan skickas till till nämnden.', ['till till']],
    ['Du kan ansöka om bidrag och och hyra.', ['och och']],
    ['Det är du som som ska ansöka.', ['som som']],
    ['Du bor i i kommunen.', ['i i']],
    ['Beslutet har har skickats.', ['har har']],
    ['Vad vad kostar det?', ['Vad vad']],
    ['Vi skickar beslutet inom inom två veckor.', ['inom inom']],
    ['Kontakta oss om om du har frågor.', ['om om']],
    ['Att att söka bidrag tar tid.', ['Att att']],
    ['Anmälan görs på på webben.', ['på på']],
    ['Du betalar för för dig själv.', ['för för']],
    ['Läs mer om om avgifter och och regler.', ['om om', 'och och']]
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it('finds a double word across a line break', async () => {
    const [message] = await lintSv('Du behöver att\natt fylla i blanketten.', plugin)
    expect(message).toMatchObject({line: 1, column: 12, actual: 'att\natt'})
    expect(message?.place).toMatchObject({end: {line: 2, column: 4}})
  })

  it.each([
    'Det det handlar om är din ansökan.',
    'Den den gäller ska få ett brev.',
    'Var var du när beslutet kom?',
    'Du har betalat för för mycket och får pengar tillbaka.',
    'Fyll i i blanketten och skicka den till oss.',
    'Kryssa i i rutan om du vill ha svar.',
    'Ja, ja, vi hör av oss.',
    'Vi skickar beslutet. Beslutet gäller från 1 maj.',
    'Du kan ansöka, ansöka igen och överklaga.',
    'Tabellen visar 12 12 och 14.',
    'Hej hopp och välkommen.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('does not let the exceptions apply out of context', async () => {
    expect(actuals(await lintSv('Bor du i i Sundsvall?', plugin))).toEqual(['i i'])
    expect(actuals(await lintSv('Ansvaret för för skolan ligger hos nämnden.', plugin))).toEqual(['för för'])
  })

  it('accepts extra words through `ignore`', async () => {
    const text = 'Det är mycket mycket viktigt att du svarar.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['mycket mycket'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['Mycket']}))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('repeated-word', plugin)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
