import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, parseDocument, type DocumentFormat, type TextEdit} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta, rule} from './index.js'

function fixed(text: string, messages: readonly VFileMessage[]): string {
  const edits: TextEdit[] = []
  for (const message of messages) {
    const place = message.place
    if (message.expected?.length !== 1 || !place || !('start' in place)) continue
    edits.push({offset: place.start.offset!, endOffset: place.end.offset!, text: message.expected[0]!})
  }
  return applyEdits(text, edits).output
}

/**
 * Lint a Markdown or HTML snippet. The engine decides from the whole document whether it is developer
 * documentation (file.data.developerText); these snippets stand for a page of prose unless `developerText` is set.
 */
async function lintDocument(value: string, format: DocumentFormat, developerText = false) {
  const file = new VFile(value)
  ;(file.data as {developerText?: boolean}).developerText = developerText
  const tree = (await parseDocument(file, format)).toNlcst(SwedishParser, file)
  await unified().use(plugin).run(tree, file)
  return file.messages
}

describe('quotes', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'quotes', defaultSeverity: 'info', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message for each mark, one character wide', async () => {
    const [first, second, ...rest] = await lintSv('Klicka på "Skicka".', plugin)
    expect(rest).toEqual([])
    expect({
      ruleId: first!.ruleId,
      source: first!.source,
      reason: first!.reason,
      line: first!.line,
      column: first!.column,
      place: first!.place,
      actual: first!.actual,
      expected: first!.expected,
      url: first!.url
    }).toEqual({
      ruleId: 'quotes',
      source: 'klarsprak',
      reason: 'Skriv ” (svenskt citattecken) i stället för ".',
      line: 1,
      column: 11,
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 12, offset: 11}},
      actual: '"',
      expected: ['”'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/quotes.md'
    })
    expect(first!.note).toMatch(/Myndigheternas skrivregler 13\.11/)
    expect(second).toMatchObject({column: 18, actual: '"', expected: ['”']})
  })

  it.each([
    ['Klicka på "Skicka" när du är klar.', ['"', '"']],
    ['Välj “Mina sidor” i menyn.', ['“']],
    ['Tjänsten heter „Trygg hemma“ i appen.', ['„', '“']],
    ['Projektet «Ung i stan» startar i maj.', ['«', '»']],
    ['Danska texter skriver »så här« ibland.', ['»', '«']],
    ['Hon skrev ‘nej’ i rutan.', ['‘']],
    ['Läs "Kapitel 2" innan du ansöker.', ['"', '"']],
    ['Teamet "Trygg hemma"-teamet hjälper dig.', ['"', '"']],
    ['Ett tips: "Spara ofta". Det hjälper.', ['"', '"']]
  ])('flags the marks in %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it('flags straight single quotes that open and close a quotation, with ’ as the fix', async () => {
    const text = `Hon sa "Han skrev 'nej' i rutan" till mig.`
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual(['"', "'", "'", '"'])
    expect(fixed(text, messages)).toBe('Hon sa ”Han skrev ’nej’ i rutan” till mig.')
  })

  it('pairs quotation marks across the sentences of a paragraph', async () => {
    const text = '"Ansök i tid. Det går fort." Så skriver vi i brevet.'
    expect(fixed(text, await lintSv(text, plugin))).toBe('”Ansök i tid. Det går fort.” Så skriver vi i brevet.')
  })

  it.each([
    ['Svenska citattecken: ”Välkommen” och ’inre citat’ är rätt.'],
    ['Romanen citerar »så här» på svenska.'],
    ['Skärmen är 24" stor.'],
    ['Hon är 5\'11" lång.'],
    ["Det är Annas bil och Lars' cykel."],
    ["Han bodde där på '90-talet."],
    ["Det var Jonas' och Max' idé."],
    ["Rock'n'roll är en musikstil."],
    ['Vi läser DN:s artikel.'],
    ['Se <a href="https://example.se">sidan</a> för mer information.'],
    ['Fältet har title="Namn" i koden.'],
    ['Skriv `namn = "Anna"` i filen.'],
    ['Skriv \\"text\\" med omvänt snedstreck.']
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('leaves developer documentation alone (code 5+ times per 1,000 words)', async () => {
    const developer = 'Sätt `variant` till "primary" eller "secondary" när du använder `Button`.'
    expect(actuals(await lintSv(developer, plugin))).toEqual([])
    const prose = 'Sätt variant till "primary" eller "secondary" när du använder knappen.'
    expect(actuals(await lintSv(prose, plugin))).toEqual(['"', '"', '"', '"'])
  })

  it('checks a long text with only the odd piece of code', async () => {
    // One code span in about 250 words is below the developer-documentation threshold.
    const text = 'Klicka på "Skicka" när du är klar. ' + 'Du får svar inom en vecka. '.repeat(40) + 'Skriv `namn` i fältet.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['"', '"'])
  })

  it('does not check code or URLs in Markdown, and keeps the raw " of Markdown prose', async () => {
    const markdown = [
      'Klicka på "Spara" och läs `x = "y"` här.',
      '',
      '```',
      'namn = "Anna"',
      '```',
      '',
      'Se [sidan](https://example.se/"sok") och <span title="Hej">text</span>.'
    ].join('\n')
    const messages = await lintDocument(markdown, 'markdown')
    expect(messages.map((message) => [message.line, message.column, message.actual])).toEqual([
      [1, 11, '"'],
      [1, 17, '"']
    ])
    expect(fixed(markdown, messages).split('\n')[0]).toBe('Klicka på ”Spara” och läs `x = "y"` här.')
  })

  it('does not check HTML attributes or code elements', async () => {
    const html = '<main><p title="Titel">Välj "Ja" och <code>a = "b"</code>.</p></main>'
    const messages = await lintDocument(html, 'html')
    expect(actuals(messages)).toEqual(['"', '"'])
  })

  it('follows the engine when it has found the document to be developer documentation', async () => {
    const html = '<main><p>Välj "Ja" i rutan.</p></main>'
    expect(actuals(await lintDocument(html, 'html'))).toEqual(['"', '"'])
    expect(actuals(await lintDocument(html, 'html', true))).toEqual([])
  })

  it('scores precision and recall of at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('quotes', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
  })
})
