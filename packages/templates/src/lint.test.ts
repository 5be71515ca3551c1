import {readdirSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintTemplate, maskedCopy} from './lint.js'
import {hbs, linter, settings} from './testing.js'

const lint = (value: string, rules = {}) => lintTemplate({path: 'mall.hbs', value}, {linter, settings: rules === undefined ? settings() : settings(rules)})
const brief = (messages: Array<{line: number; column: number; ruleId: string; message: string}>) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)

const frontMatter = `
id: mall
kind: custom
language: sv
title: Test
variables:
  name: { type: string, required: true }
  status: { type: text, required: true }
samples:
  - name: Kim
    status: Du erhöll ett beslut.
  - name: Alex
    status: Vi har fått din ansökan.
`

describe('lintTemplate: language rules mapped to the .hbs file', () => {
  it('reports static text at its line and column in the file', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}!\n\nDu erhåller {{status}} beslutet och {{name}} inkom i går.\n')
    const result = await lint(value)
    const lines = value.split('\n')
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1
    const found = result.messages.filter((message) => message.ruleId === 'plain-words')
    const erhaller = found.find((message) => message.actual === 'erhåller')!
    expect(erhaller).toMatchObject({line: lineOf('Du erhåller'), column: 4, endColumn: 12, expected: ['får']})
    const inkom = found.find((message) => message.actual === 'inkom')!
    expect(inkom.column).toBe(lines[inkom.line - 1]!.indexOf('inkom') + 1)
    expect(value.slice(inkom.offset, inkom.endOffset)).toBe('inkom')
    expect(erhaller.message).not.toMatch(/exempel/)
  })

  it('names the sample for findings in sample data and points at the expression that wrote it', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}!\n\nStatus: {{status}}\n')
    const result = await lint(value)
    const fromData = result.messages.find((message) => message.ruleId === 'plain-words')!
    expect(fromData.message).toBe('Skriv ”fick” i stället för ”erhöll”. (i exempel 1)')
    expect(fromData.expected).toBeUndefined()
    expect(value.slice(fromData.offset, fromData.endOffset)).toBe('{{status}}')
    expect(fromData.line).toBe(value.split('\n').findIndex((line) => line.startsWith('Status:')) + 1)
    expect(fromData.column).toBe(9)
  })

  it('maps static text inside blocks and after whitespace control', async () => {
    const value = hbs(frontMatter, '{{#if name}}\n  Hej {{name}}.\n{{/if}}\n{{~#if status}} Vi erhåller {{status}}{{/if}}\n')
    const result = await lint(value)
    const found = result.messages.filter((message) => message.actual === 'erhåller')
    expect(found).toHaveLength(1)
    expect(value.slice(found[0]!.offset, found[0]!.endOffset)).toBe('erhåller')
  })

  it('reports static text repeated by {{#each}} once, and maps Markdown bodies too', async () => {
    const value = hbs(
      `
id: mall
kind: custom
language: sv
title: Test
format: markdown
variables:
  items: { type: list, items: string, required: true }
samples:
  - { items: [a, b, c] }
  - { items: [d] }
`,
      '## Rubrik\n\n{{#each items}}\n- {{this}} erhåller\n{{/each}}\n\nVi erhöll {{list items}}.\n'
    )
    const messages = (await lint(value)).messages.filter((message) => message.ruleId === 'plain-words')
    expect(messages.map((message) => message.actual)).toEqual(['erhåller', 'erhöll'])
    for (const message of messages) expect(value.slice(message.offset, message.endOffset)).toBe(message.actual)
  })

  it('drops findings of the static copy that span an expression, and keeps those of the rendered samples', async () => {
    const value = hbs(frontMatter, 'Vi ses i {{name}} i morgon. {{status}}\n')
    const result = await lint(value)
    expect(result.messages.map((message) => message.ruleId)).toEqual(['plain-words'])
    const twice = hbs(frontMatter.replace('name: Kim', 'name: i'), 'Vi ses i {{name}} i morgon. {{status}}\n')
    const repeated = (await lint(twice)).messages.filter((message) => message.ruleId === 'repeated-word')
    expect(repeated.map((message) => message.message)).toEqual([expect.stringMatching(/\(i exempel 1\)$/)])
  })

  it('lints a copy of the same length with the front matter and the mustaches blanked out', () => {
    const value = hbs(frontMatter, 'Hej {{name}}!\n{{#if status}}\nText{{/if}}\n')
    const body = value.indexOf('Hej')
    const contents = [
      {start: 0, end: 4},
      {start: 12, end: 14},
      {start: 28, end: 33}
    ]
    const masked = maskedCopy(value, body, contents, false)
    expect(masked).toHaveLength(value.length)
    expect(masked.split('\n').length).toBe(value.split('\n').length)
    expect(masked.slice(body)).toBe('Hej         !\n              \nText       \n')
    expect(maskedCopy(value, body, contents, true).slice(body)).toBe('Hej         !\n' + '\u00a0'.repeat(14) + '\nText       \n')
  })
})

describe('lintTemplate: template rules', () => {
  it('reports a syntax error where it is', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}!\n{{#if status}}\nText\n')
    const [message] = (await lint(value)).messages
    expect(message).toMatchObject({ruleId: 'template-syntax', severity: 'error'})
    expect(message!.message).toMatch(/stäng varje \{\{#…\}\}/)
    expect(message!.line).toBeGreaterThan(value.split('\n').findIndex((line) => line === 'Text'))
  })

  it('reports a block closed with the wrong name', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}! {{status}}\n{{#if name}}Text{{/each}}\n')
    const messages = (await lint(value)).messages
    // Handlebars points at the name of the block that is closed wrongly.
    expect(brief(messages)).toEqual([`${value.split('\n').length - 1}:4 template-syntax Blocket {{#if}} stängs med {{/each}}: skriv {{/if}}.`])
  })

  it('reports unknown variables with a suggestion, unused variables at their declaration, and unknown helpers', async () => {
    const value = hbs(frontMatter.replace('samples:', '  extra: { type: string }\nsamples:'), 'Hej {{nmae}}! {{status}} {{shout name}} {{#each status}}{{this}}{{/each}} {{> partial}}\n')
    const messages = brief((await lint(value)).messages)
    const last = value.split('\n').length - 1
    expect(messages).toEqual([
      '9:3 template-unused-variable Variabeln ”extra” är deklarerad men används aldrig: använd den i texten eller ta bort den.',
      `${last}:7 template-unknown-variable Variabeln ”nmae” används men är inte deklarerad i variables. Menade du ”name”?`,
      expect.stringMatching(new RegExp(`^${last}:28 template-unknown-helper Hjälpfunktionen ”shout” finns inte.`)),
      expect.stringMatching(new RegExp(`^${last}:75 template-unknown-helper Delmallar`))
    ])
  })

  it('knows the fields of contacts and of opening hours inside blocks', async () => {
    const value = hbs(
      `
id: mall
kind: custom
language: sv
title: Test
variables:
  contact: { type: contact, required: true }
  hours: { type: hours, required: true }
samples:
  - contact: { email: a@exempel.se }
    hours: [{ days: måndag, opens: "08:00", closes: "16:00" }]
`,
      '{{contact.email}} {{contact.fax}} {{#each hours}}{{days}} {{opens}} {{dagar}}{{/each}} {{#with contact}}{{email}}{{/with}}\n'
    )
    const messages = (await lint(value)).messages.filter((message) => message.ruleId === 'template-unknown-variable')
    expect(messages.map((message) => message.message)).toEqual([
      'contact har inget fält ”fax”: använd name, role, phone, email, url.',
      'hours[] har inget fält ”dagar”: använd days, opens, closes, note.'
    ])
  })

  it('checks what each kind must contain', async () => {
    const value = hbs(
      `
id: rattelse
kind: correction
language: sv
title: Test
variables:
  whatWasWrong: { type: text, required: true }
  correction: { type: text }
samples:
  - { whatWasWrong: Fel datum., correction: Rätt datum. }
`,
      'Vi gjorde fel. {{whatWasWrong}} {{correction}}\n'
    )
    const messages = (await lintTemplate({path: 'rattelse.hbs', value}, {linter, settings: settings()})).messages.filter((message) => message.ruleId === 'template-required-content')
    expect(messages.map((message) => message.message)).toEqual([
      'Typen correction kräver variabeln ”contact”: deklarera den med required: true och använd den i texten.',
      'Typen correction kräver ”correction”: ange required: true.',
      'Typen correction ska innehålla en ursäkt (”ber om ursäkt”) i mallens text.'
    ])
  })

  it('warns about triple-stash only where the output is Markdown or HTML', async () => {
    const text = hbs(frontMatter, 'Hej {{{name}}}. {{status}}\n')
    expect((await lint(text)).messages.map((message) => message.ruleId)).not.toContain('template-unescaped-output')
    const markdown = hbs(frontMatter.replace('title: Test', 'title: Test\nformat: markdown'), 'Hej {{{name}}}. {{status}}\n')
    const found = (await lint(markdown)).messages.find((message) => message.ruleId === 'template-unescaped-output')!
    expect(found).toMatchObject({severity: 'warning', column: 5})
    expect(markdown.slice(found.offset, found.endOffset)).toBe('{{{name}}}')
  })

  it('reports front matter problems where they are', async () => {
    expect(brief((await lint('Hej {{name}}!\n')).messages)).toEqual([expect.stringMatching(/^1:1 template-metadata Mallen saknar metadata/)])
    const value = hbs(frontMatter.replace('kind: custom', 'kind: letter').replace('status: Du erhöll ett beslut.', 'status: [a, b]'), 'Hej {{name}}! {{status}}\n')
    const messages = brief((await lint(value)).messages)
    expect(messages).toContain('3:7 template-metadata Okänd kind ”letter”: använd absence-reply, hours, receipt, case-status, correction, referral, feedback-reply, closure, custom.')
    expect(messages).toContain('11:13 template-metadata Exempel 1: status: väntade en text, fick ["a","b"]')
  })

  it('reports a sample that the body cannot render', async () => {
    const value = hbs(frontMatter.replace('required: true }\n  status', '}\n  status').replace('  - name: Kim\n', '  - '), 'Hej {{name}}! {{status}}\n')
    const messages = brief((await lint(value)).messages)
    // The body starts on line 14 of the file; the sample is the mapping that starts at 10:9.
    expect(messages).toEqual(['10:9 template-metadata Exempel 1 går inte att visa med mallen: rad 14: ”name” finns inte i datan; skriv {{#if name}} … {{/if}} runt en valfri variabel'])
  })
})

describe('lintTemplate: inline comments', () => {
  it('silences with {{!-- klarsprak-disable-next-line --}} and reports comments that silence nothing', async () => {
    const value = hbs(
      frontMatter,
      'Hej {{name}}! {{status}}\n{{!-- klarsprak-disable-next-line plain-words --}}\nDu erhåller beslutet.\n{{!-- klarsprak-disable plain-words --}}\nVi erhöll det.\n{{!-- klarsprak-enable plain-words --}}\nDet inkom i går.\n{{! klarsprak-disable-next-line spelling }}\nHej.\n'
    )
    const messages = (await lint(value)).messages
    expect(messages.map((message) => [message.ruleId, message.actual ?? ''])).toEqual([
      ['plain-words', 'erhöll'],
      ['plain-words', 'inkom'],
      ['unused-disable', '']
    ])
    // The finding from sample data is at {{status}}, before the comments; the static ones are silenced.
    expect(messages[0]!.message).toMatch(/i exempel 1/)
    expect(messages[2]).toMatchObject({severity: 'info', message: 'Kommentaren klarsprak-disable tystar inget för spelling: ta bort regeln ur den.'})
  })

  it('fixes static text with --fix, never sample data', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}! {{status}} Du erhåller beslutet.\n')
    const result = await lintTemplate({path: 'mall.hbs', value}, {linter, settings: settings()}, {fix: true})
    expect(result.output).toBe(value.replace('Du erhåller', 'Du får'))
    expect(result.fixed).toBe(1)
    expect(result.messages.map((message) => message.message)).toEqual(['Skriv ”fick” i stället för ”erhöll”. (i exempel 1)'])
  })

  it('turns rules off through settings', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}! {{status}} Du erhåller beslutet.\n')
    const result = await lint(value, {'plain-words': 'off'})
    expect(result.messages).toEqual([])
  })
})

describe('lintTemplate: positions', () => {
  /** Every finding inside the file, with an end after its start, and lines and columns that match its offsets. */
  const expectInside = (value: string, messages: Array<{line: number; column: number; endLine: number; endColumn: number; offset?: number; endOffset?: number; ruleId: string}>) => {
    for (const message of messages) {
      expect(message.offset, message.ruleId).toBeGreaterThanOrEqual(0)
      expect(message.endOffset!, message.ruleId).toBeGreaterThan(message.offset!)
      expect(message.endOffset!, message.ruleId).toBeLessThanOrEqual(value.length)
      const lines = value.slice(0, message.endOffset).split(/\r\n|\r|\n/)
      expect({line: message.endLine, column: message.endColumn}, message.ruleId).toEqual({line: lines.length, column: lines[lines.length - 1]!.length + 1})
    }
  }

  it('gives every finding of every rule an end inside the file: the shipped templates, broken, with CRLF and a BOM', async () => {
    const folder = fileURLToPath(new URL('../../../templates/', import.meta.url))
    const files = ['sv', 'en'].flatMap((language) => readdirSync(join(folder, language)).map((name) => join(folder, language, name)))
    expect(files.length).toBeGreaterThan(10)
    const rules = new Set<string>()
    for (const file of files) {
      const original = readFileSync(file, 'utf8')
      const broken = original
        .replace(/\{\{(\w+)\}\}/, '{{$1x}} {{shout $1}} Du erhåller {{{$1}}}')
        .replace(/^title: .*$/m, '$&\nextra: 1')
        .replace(/^variables:$/m, '$&\n  unusedThing: { type: string }')
        .replace(/(\n---\n)/, '$1{{!-- klarsprak-disable spelling --}}\n')
      const otherKind = broken.replace(/^kind: .*$/m, (line) => (line === 'kind: receipt' ? 'kind: correction' : 'kind: receipt'))
      for (const value of [original, broken, broken.replace(/\n/g, '\r\n'), '\ufeff' + broken, otherKind.replace(/\n/g, '\r\n'), broken.replace(/\{\{\/(if|each)\}\}\s*$/, '')]) {
        const result = await lintTemplate({path: basename(file), value}, {linter, settings: settings()})
        expectInside(value, result.messages)
        for (const message of result.messages) rules.add(message.ruleId)
      }
    }
    expect([...rules].sort()).toEqual(
      expect.arrayContaining(['plain-words', 'template-metadata', 'template-required-content', 'template-syntax', 'template-unescaped-output', 'template-unknown-helper', 'template-unknown-variable', 'template-unused-variable', 'unused-disable'])
    )
  })

  it('keeps exact offsets in a template with CRLF front matter', async () => {
    const value = hbs(frontMatter.replace('samples:', '  extra: { type: string }\nsamples:'), 'Hej {{name}}!\n\nDu erhåller {{status}} beslutet.\n').replace(/\n/g, '\r\n')
    const result = await lint(value)
    expectInside(value, result.messages)
    const slices = result.messages.map((message) => [message.ruleId, value.slice(message.offset, message.endOffset)])
    expect(slices).toEqual([
      ['template-unused-variable', 'extra'],
      ['plain-words', 'erhåller'],
      ['plain-words', '{{status}}']
    ])
    expect(result.messages[1]).toMatchObject({line: 18, column: 4, endLine: 18, endColumn: 12, actual: 'erhåller'})
  })

  it('counts a lone CR as a line end, as Handlebars does, so nothing points past the end of the file', async () => {
    const value = hbs(frontMatter, 'Hej {{name}}!\r\rDu erhåller {{status}} beslutet\roch {{name}} inkom i går.').replace(/\n/g, '\r\n')
    const result = await lint(value)
    expectInside(value, result.messages)
    expect(result.messages.map((message) => value.slice(message.offset, message.endOffset))).toEqual(['erhåller', '{{status}}', 'inkom'])
  })

  it('gives offsets, lines and columns in the file as given when it starts with a byte order mark', async () => {
    const value = '\ufeff' + hbs(frontMatter, 'Hej {{name}}! {{status}} Du erhåller beslutet.\n')
    const result = await lint(value)
    expectInside(value, result.messages)
    const found = result.messages.find((message) => message.actual === 'erhåller')!
    expect(value.slice(found.offset, found.endOffset)).toBe('erhåller')
    const fixed = await lintTemplate({path: 'mall.hbs', value}, {linter, settings: settings()}, {fix: true})
    expect(fixed.output).toBe(value.replace('Du erhåller', 'Du får'))
  })

  it('gives problems without a place of their own a span: the opening ---, the line of the body, the comment', async () => {
    const missing = hbs(frontMatter.replace(/samples:[\s\S]*$/, ''), 'Hej {{name}}! {{status}}\n').replace(/\n/g, '\r\n')
    const [noSamples] = (await lint(missing)).messages
    expect(noSamples).toMatchObject({ruleId: 'template-metadata', line: 1, column: 1, endLine: 1, endColumn: 4, offset: 0, endOffset: 3})
    const open = hbs(frontMatter, 'Hej {{name}}! {{status}}\r\n{{#if name}}\r\nText\r\n\r\n')
    const unclosed = (await lint(open)).messages
    expectInside(open, unclosed)
    expect(unclosed.map((message) => [message.ruleId, open.slice(message.offset, message.endOffset)])).toEqual([['template-syntax', 'Text']])
    const comment = hbs(frontMatter, 'Hej {{name}}!\r\n{{!-- klarsprak-disable spelling --}}\r\n{{status}}\r\n')
    const unused = (await lint(comment)).messages
    expectInside(comment, unused)
    expect(unused.map((message) => [message.ruleId, comment.slice(message.offset, message.endOffset)])).toEqual([
      ['unused-disable', '{{!-- klarsprak-disable spelling --}}'],
      ['plain-words', '{{status}}']
    ])
  })
})
