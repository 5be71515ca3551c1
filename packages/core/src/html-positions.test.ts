import {describe, expect, it} from 'vitest'
import {SettingsResolver} from './config/resolve.js'
import {Linter} from './engine.js'
import {RuleRegistry} from './registry.js'
import type {LintMessage} from './result.js'
import {testPack, testPackEn} from './testing.js'

// HTML findings point at exactly the source characters the flagged text came from, however the source spells them:
// character references, CRLF line endings, tags the parser ignores.

const registry = new RuleRegistry([testPack, testPackEn])

async function lint(value: string, path = 'sida.html') {
  const settings = new SettingsResolver(registry, {}).settingsFor('/tmp/' + path, undefined)
  return (await new Linter(registry).lint({path, value}, settings)).messages
}

/** 1-based line and column of `offset` in `value` (CRLF and lone CR end lines, as in vfile-location). */
function pointOf(value: string, offset: number) {
  const before = value.slice(0, offset)
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)]
  const last = breaks[breaks.length - 1]
  return {line: breaks.length + 1, column: offset - (last ? last.index + last[0].length : 0) + 1}
}

/** The finding for `actual`, checked to cover exactly `source` at `offset` in `value`. */
function expectAt(messages: LintMessage[], value: string, actual: string, offset: number, source = actual) {
  const found = messages.find((message) => message.actual === actual)
  expect(found, actual).toBeDefined()
  const start = pointOf(value, offset)
  const end = pointOf(value, offset + source.length)
  expect(found).toMatchObject({line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset: offset + source.length})
  expect(value.slice(found!.offset, found!.endOffset)).toBe(source)
}

describe('HTML positions', () => {
  it('are exact after &amp; and &aring; before the flagged word', async () => {
    const amp = '<main><p>Vi &amp; ni. Du erhåller beslutet.</p></main>'
    expectAt(await lint(amp), amp, 'erhåller', amp.indexOf('erhåller'))
    expect(amp.indexOf('erhåller')).toBe(25)
    const aring = '<main><p>P&aring; s&auml;ttet &#229;r ni. Du erhåller beslutet, och &NotEqualTilde; xyz.</p></main>'
    const messages = await lint(aring)
    expectAt(messages, aring, 'erhåller', aring.indexOf('erhåller'))
    // A reference that decodes to two UTF-16 code units (two code points here) is one source span too.
    expectAt(messages, aring, 'xyz', aring.indexOf('xyz'))
  })

  it('maps a reference inside the flagged word to the characters that spell it', async () => {
    const value = '<main><p>Du erh&aring;ller beslutet. Du ERH&Aring;LLER det.</p></main>'
    const messages = await lint(value)
    expectAt(messages, value, 'erhåller', value.indexOf('erh&aring;ller'), 'erh&aring;ller')
    expectAt(messages, value, 'ERHÅLLER', value.indexOf('ERH&Aring;LLER'), 'ERH&Aring;LLER')
  })

  it('are exact across CRLF inside a text node', async () => {
    const value = '<html lang="sv">\r\n<body>\r\n<main>\r\n<p>Vi ses\r\ni morgon.\r\nDu erhåller\r\nbeslutet &amp; xyz.</p>\r\n</main></body></html>\r\n'
    const messages = await lint(value)
    expectAt(messages, value, 'erhåller', value.indexOf('erhåller'))
    expectAt(messages, value, 'xyz', value.indexOf('xyz'))
    expect(messages.find((message) => message.actual === 'erhåller')).toMatchObject({line: 6, column: 4})
  })

  it('are exact after a stray end tag, a misplaced <html> and a NUL character', async () => {
    const stray = '<main><p>Vi</span> ni. Du erhåller beslutet.</p></main>'
    expectAt(await lint(stray), stray, 'erhåller', stray.indexOf('erhåller'))
    const odd = '<main><p>Vi<html lang="sv" title="a > b"> ni.\u0000 Du erhåller</b> xyz.</p></main>'
    const messages = await lint(odd)
    expectAt(messages, odd, 'erhåller', odd.indexOf('erhåller'))
    expectAt(messages, odd, 'xyz', odd.indexOf('xyz'))
  })

  it('are exact for text the parser moved out of a table', async () => {
    const value = '<main><table>Du erhåller<tr><td>xyz</td></tr> svar xyz.</table></main>'
    const messages = await lint(value)
    const offsets = messages.map((message) => [message.actual, value.slice(message.offset, message.endOffset)])
    expect(offsets).toEqual([
      ['erhåller', 'erhåller'],
      ['xyz', 'xyz'],
      ['xyz', 'xyz']
    ])
    expect(messages.filter((message) => message.actual === 'xyz').map((message) => message.offset).sort()).toEqual([value.indexOf('xyz'), value.lastIndexOf('xyz')].sort())
  })

  it('are exact after <br>, in links and in fragments without <main>', async () => {
    const value = '<p>Hej<br>du &amp; jag. <a href="/x">Du erh&aring;ller</a> xyz.</p>\r\n<p>Sista xyz</p>'
    const messages = await lint(value)
    expectAt(messages, value, 'erhåller', value.indexOf('erh&aring;ller'), 'erh&aring;ller')
    for (const message of messages.filter((found) => found.actual === 'xyz')) expect(value.slice(message.offset, message.endOffset)).toBe('xyz')
    expect(messages.filter((message) => message.actual === 'xyz')).toHaveLength(2)
  })

  it('check the title, meta description and alt text with references, at their exact place', async () => {
    const value = [
      '<html lang="sv"><head><title>Du erh&aring;ller svar</title>',
      '<meta name="description" content="Vi &amp; ni: du erhåller svar"></head>',
      '<body><main><p>Text.</p><img alt="Karta &ouml;ver xyz" src="k.png"></main></body></html>'
    ].join('\r\n')
    const messages = await lint(value)
    expect(messages.map((message) => [message.actual, value.slice(message.offset, message.endOffset)])).toEqual([
      ['erhåller', 'erh&aring;ller'],
      ['erhåller', 'erhåller'],
      ['xyz', 'xyz']
    ])
    expect(messages.map((message) => message.line)).toEqual([1, 2, 3])
  })

  it('never point past the end of the document, and every finding has an end', async () => {
    const values = ['<p>Du erhåller', 'Du erhåller &amp', '<main>Du erhåller &aring', '<p>xyz</p>\r\n<!-- klarsprak-disable spelling -->', '<p>xyz\r']
    for (const value of values) {
      const messages = await lint(value)
      expect(messages.length, value).toBeGreaterThan(0)
      for (const message of messages) {
        expect(message.offset, value).toBeGreaterThanOrEqual(0)
        expect(message.endOffset!, value).toBeGreaterThan(message.offset!)
        expect(message.endOffset!, value).toBeLessThanOrEqual(value.length)
        expect({line: message.endLine, column: message.endColumn}).toEqual(pointOf(value, message.endOffset!))
      }
    }
  })

  it('give an unused disable comment the span of the whole comment', async () => {
    const value = '<main>\r\n<!-- klarsprak-disable-next-line spelling -->\r\n<p>Du erhåller.</p></main>'
    const [message] = (await lint(value)).filter((found) => found.ruleId === 'unused-disable')
    const comment = '<!-- klarsprak-disable-next-line spelling -->'
    expect(message).toMatchObject({line: 2, column: 1, endLine: 2, endColumn: comment.length + 1, offset: value.indexOf(comment), endOffset: value.indexOf(comment) + comment.length})
  })
})
