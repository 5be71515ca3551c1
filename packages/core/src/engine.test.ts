import {describe, expect, it} from 'vitest'
import {SettingsResolver} from './config/resolve.js'
import {Linter} from './engine.js'
import {RuleRegistry} from './registry.js'
import {testPack, testPackEn} from './testing.js'

const registry = new RuleRegistry([testPack, testPackEn])

function lint(value: string, path = 'brev.md', cli = {}, fix = false) {
  const settings = new SettingsResolver(registry, cli).settingsFor('/tmp/' + path, undefined)
  return new Linter(registry).lint({path, value}, settings, {fix})
}

describe('Linter', () => {
  it('reports a complete message with position, fix and fingerprint', async () => {
    const result = await lint('# Brev\n\nDu erhåller beslutet snart.\n')
    expect(result.language).toBe('sv')
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({
      ruleId: 'plain-words',
      severity: 'warning',
      message: 'Skriv ”får” i stället för ”erhåller”.',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 12,
      actual: 'erhåller',
      expected: ['får'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/plain-words.md',
      offset: 11,
      endOffset: 19
    })
    expect(result.messages[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/)
  })

  it('skips code blocks, inline code, front matter, URLs and e-mail addresses', async () => {
    const value = [
      '---',
      'title: xyz',
      '---',
      '',
      'Vi har `xyz` här och www.xyz.se/xyz och xyz@kommun.se.',
      '',
      '```',
      'xyz erhåller',
      '```',
      ''
    ].join('\n')
    const result = await lint(value)
    expect(result.messages).toEqual([])
  })

  it('keeps fingerprints when unrelated lines are added above', async () => {
    const before = await lint('Text.\n\nDu erhåller beslutet. Skriv xyz.\n')
    const after = await lint('Ny rad överst.\n\nText.\n\nDu erhåller beslutet. Skriv xyz.\n')
    expect(after.messages.map((m) => m.fingerprint)).toEqual(before.messages.map((m) => m.fingerprint))
    expect(after.messages[0]!.line).toBe(before.messages[0]!.line + 2)
  })

  it('gives repeated identical findings different fingerprints', async () => {
    const result = await lint('Skriv xyz. Skriv xyz.\n\nSkriv xyz.\n')
    const prints = result.messages.map((m) => m.fingerprint)
    expect(new Set(prints).size).toBe(3)
  })

  it('applies --rule severities and turns rules off', async () => {
    const result = await lint('Du erhåller xyz.', 'a.txt', {rules: {'plain-words': 'error', spelling: 'off'}})
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['plain-words', 'error']])
  })

  it('reads the language from front matter, HTML lang and detection', async () => {
    expect((await lint('---\nlang: en\n---\n\nDu erhåller beslutet.\n')).language).toBe('en')
    expect((await lint('<html lang="en-GB"><body><p>Du erhåller.</p></body></html>', 'a.html')).language).toBe('en')
    const english = 'We have received your application and we will answer you within two weeks. You can call us if you have questions about the decision.'
    expect((await lint(english, 'a.txt')).language).toBe('en')
    const swedish = 'Vi har tagit emot din ansökan och vi svarar dig inom två veckor. Du kan ringa oss om du har frågor om beslutet.'
    expect((await lint(swedish, 'a.txt')).language).toBe('sv')
    expect((await lint(english, 'a.txt', {language: 'sv'})).language).toBe('sv')
  })

  it('checks only the main content of HTML', async () => {
    const html = `<!doctype html><html lang="sv"><head><title>xyz</title></head><body>
<header><p>Du erhåller menyn.</p></header><nav>xyz</nav>
<main><h1>Beslut</h1><p>Du erhåller beslutet.</p><pre>xyz</pre><script>xyz()</script></main>
<footer><p>xyz</p></footer></body></html>`
    const result = await lint(html, 'sida.html')
    // The page title is prose (search results show it); header, nav, pre, script and footer are not.
    expect(result.messages.map((m) => [m.ruleId, m.line, m.actual])).toEqual([
      ['spelling', 1, 'xyz'],
      ['plain-words', 3, 'erhåller']
    ])
  })

  it('uses the body without page furniture when there is no main element', async () => {
    const html = '<body><nav><p>Du erhåller menyn.</p></nav><div><p>Skriv xyz här.</p></div><aside>xyz</aside><form><p>xyz</p></form></body>'
    const result = await lint(html, 'sida.html')
    expect(result.messages.map((m) => m.actual)).toEqual(['xyz'])
  })

  it('fixes in passes, only safe single suggestions, and reports what remains', async () => {
    const value = 'Du erhåller en ansökningsblankett. Erhåller du xyz?\n'
    const result = await lint(value, 'brev.txt', {}, true)
    expect(result.output).toBe('Du får en ansökningsblankett. Får du xyz?\n')
    expect(result.fixed).toBe(2)
    expect(result.messages.map((m) => m.actual)).toEqual(['ansökningsblankett', 'xyz'])
    // A second run changes nothing.
    const again = await lint(result.output!, 'brev.txt', {}, true)
    expect(again.output).toBeUndefined()
  })

  it('never fixes across markup', async () => {
    const result = await lint('Du *erhåller* och **erhåller** och erhåller.\n', 'a.md', {}, true)
    expect(result.output).toBe('Du *får* och **får** och får.\n')
  })

  it('reports a failing rule once and keeps the other rules running', async () => {
    const linter = new Linter(registry)
    const settings = new SettingsResolver(registry).settingsFor('/tmp/a.txt', undefined)
    const result = await linter.lint({path: 'a.txt', value: 'boom erhåller'}, settings)
    await linter.lint({path: 'b.txt', value: 'boom igen'}, settings)
    expect(result.messages.map((m) => m.ruleId)).toEqual(['plain-words'])
    expect(linter.failures).toHaveLength(1)
    expect(linter.failures[0]).toMatchObject({ruleId: 'spelling', path: 'a.txt'})
  })

  it('computes statistics on prose only', async () => {
    const result = await lint('# Rubrik\n\nDet här är en mening. Kommunens handläggare svarar.\n\n```\nkod kod kod\n```\n', 'a.md')
    // Rubrik | Det här är en mening | Kommunens handläggare svarar: 9 words, 2 longer than six letters.
    expect(result.stats).toMatchObject({words: 9, sentences: 3, longWords: 2})
    // LIX = 9/3 + 100·2/9
    expect(result.stats.lix).toBe(25.2)
  })
})

describe('inline directives', () => {
  it('disables the next line, ranges, and reports unused disables', async () => {
    const value = [
      '<!-- klarsprak-disable-next-line plain-words -->',
      'Du erhåller xyz.',
      '',
      '<!-- klarsprak-disable spelling -->',
      '',
      'Skriv xyz. Du erhåller.',
      '',
      '<!-- klarsprak-enable spelling -->',
      '',
      'Skriv xyz.',
      '',
      '<!-- klarsprak-disable-next-line plain-words -- ingen träff här -->',
      'Helt rent.',
      ''
    ].join('\n')
    const result = await lint(value)
    expect(result.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual([
      '2:spelling',
      '6:plain-words',
      '10:spelling',
      '12:unused-disable'
    ])
    expect(result.messages[3]!.message).toContain('plain-words')
    expect(result.messages[3]!.severity).toBe('info')
  })

  it('disables every rule when no rule is named', async () => {
    const result = await lint('<!-- klarsprak-disable -->\n\nDu erhåller xyz.\n')
    expect(result.messages).toEqual([])
  })

  it('works in HTML comments', async () => {
    const result = await lint('<main><!-- klarsprak-disable-next-line -->\n<p>Du erhåller.</p>\n<p>Du erhåller.</p></main>', 'a.html')
    expect(result.messages.map((m) => m.line)).toEqual([3])
  })
})

describe('links and page texts', () => {
  it('records Markdown links with the position of their text', async () => {
    const {VFile} = await import('vfile')
    const {parseDocument} = await import('./formats/index.js')
    const {ParseLatin} = await import('parse-latin')
    const file = new VFile('Läs [klicka här](https://a.se) och <https://b.se>.\n\n[Regler][r]\n\n[r]: /regler\n')
    ;(await parseDocument(file, 'markdown')).toNlcst(ParseLatin as never, file)
    expect(file.data.links?.map((link) => [link.text, link.url, link.position.start.column, link.position.end.column])).toEqual([
      ['klicka här', 'https://a.se', 6, 16],
      ['https://b.se', 'https://b.se', 37, 49],
      ['Regler', '[r]', 2, 8]
    ])
  })

  it('checks the title, meta description and image alt text of HTML, and records its links', async () => {
    const html = [
      '<html lang="sv"><head><title>Du erhåller svar</title>',
      '<meta name="description" content="Du erhåller svar snart."></head>',
      '<body><main><p><a href="/x">Du erhåller</a> det.</p><img alt="Du erhåller kartan" src="k.png"></main></body></html>'
    ].join('\n')
    const result = await lint(html, 'sida.html')
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['1:33', '2:38', '3:32', '3:66'])
  })
})

describe('Linter positions in Markdown (issue 13)', () => {
  /** Start and end of the one `erhåller` finding, and the source text it covers. */
  async function place(value: string) {
    const result = await lint(value)
    const found = result.messages.filter((m) => m.actual === 'erhåller')
    expect(found).toHaveLength(1)
    const {line, column, endLine, endColumn, offset, endOffset} = found[0]!
    return {span: `${line}:${column}-${endLine}:${endColumn}`, source: value.slice(offset, endOffset)}
  }

  it.each([
    ['after a character reference', 'Vi &amp; ni. Du erhåller beslutet.\n', '1:17-1:25'],
    ['after a backslash escape', 'Vi \\* ni. Du erhåller beslutet.\n', '1:14-1:22'],
    ['on a list item continuation line', '- Punkt\n  och du erhåller svar.\n', '2:10-2:18'],
    ['on a blockquote continuation line', '> Citat\n> och du erhåller svar.\n', '2:10-2:18'],
    ['after a single trailing space', 'Rad ett \nDu erhåller svar.\n', '2:4-2:12'],
    ['after an emoji in a blockquote', '> A\n> 😀 du erhåller svar.\n', '2:9-2:17']
  ])('%s', async (_, value, span) => {
    expect(await place(value)).toEqual({span, source: 'erhåller'})
  })

  it('covers all of a word written with a character reference (and leaves it to the writer to fix)', async () => {
    const value = 'Du erh&aring;ller svar.\n'
    expect(await place(value)).toEqual({span: '1:4-1:18', source: 'erh&aring;ller'})
    // The span does not hold the reported text as written, so the safe fix stays away from it.
    expect((await lint(value, 'brev.md', {}, true)).output).toBeUndefined()
  })

  it('fixes on continuation lines without touching the container prefix', async () => {
    const value = '> Citat\n> du erhåller svar.\n\n- Punkt\n  du erhåller svar.\n'
    expect((await lint(value, 'brev.md', {}, true)).output).toBe('> Citat\n> du får svar.\n\n- Punkt\n  du får svar.\n')
  })
})
