import {describe, expect, it} from 'vitest'
import {renderTemplate, TemplateDataError, TemplateRenderError} from './render.js'
import {hbs, templateOf} from './testing.js'

const letter = templateOf(
  hbs(
    `
id: brev
kind: custom
language: sv
title: Test
variables:
  recipientName: { type: string }
  message: { type: text, required: true }
  due: { type: date, required: true }
samples:
  - { message: Hej, due: 2026-12-15 }
`,
    '{{#if recipientName}}Hej {{recipientName}}!{{else}}Hej!{{/if}}\n\n{{message}}\nSista dag: {{date due}} & {{weekday due}}.\n'
  )
)

const web = templateOf(
  hbs(
    `
id: webb
kind: custom
language: en
title: Test
format: markdown
variables:
  name: { type: string, required: true }
  note: { type: text, required: true }
samples:
  - { name: Kim, note: Hello }
`,
    '## Hello {{name}}\n\n{{note}} and {{{note}}}\n'
  )
)

describe('renderTemplate', () => {
  it('renders text with the helpers in the template’s language', () => {
    expect(renderTemplate(letter, {recipientName: 'Kim', message: 'Vi har fått din ansökan.', due: '2026-12-15'})).toBe(
      'Hej Kim!\n\nVi har fått din ansökan.\nSista dag: 15 december 2026 & tisdag.\n'
    )
    expect(renderTemplate(letter, {message: 'Text', due: '2026-12-15'})).toMatch(/^Hej!\n/)
  })

  it('escapes every value, and the static text, in HTML from a text template', () => {
    const html = renderTemplate(letter, {recipientName: '<script>alert(1)</script>', message: 'Tom & "Jerry"', due: '2026-12-15'}, {format: 'html'})
    expect(html).toBe(
      '<p>Hej &lt;script&gt;alert(1)&lt;/script&gt;!</p>\n<p>Tom &amp; &quot;Jerry&quot;<br>\nSista dag: 15 december 2026 &amp; tisdag.</p>\n'
    )
    expect(html).not.toContain('<script>')
  })

  it('links web and e-mail addresses in HTML from a text template', () => {
    const html = renderTemplate(letter, {message: 'Läs mer på https://exempel.se/a?b=1&c=2. Eller skriv till kim@exempel.se.', due: '2026-12-15'}, {format: 'html'})
    expect(html).toContain('<a href="https://exempel.se/a?b=1&amp;c=2">https://exempel.se/a?b=1&amp;c=2</a>. Eller skriv till <a href="mailto:kim@exempel.se">kim@exempel.se</a>.')
  })

  it('escapes values in HTML from a Markdown template, triple-stash included', () => {
    const html = renderTemplate(web, {name: '<b>Kim</b>', note: '<img src=x onerror=alert(1)>'}, {format: 'html'})
    expect(html).toContain('<h2>Hello &lt;b&gt;Kim&lt;/b&gt;</h2>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
  })

  it('keeps Markdown as Markdown and text as text', () => {
    expect(renderTemplate(web, {name: 'Kim', note: 'Hi'}, {format: 'markdown'})).toBe('## Hello Kim\n\nHi and Hi\n')
    expect(renderTemplate(web, {name: 'Kim & Co', note: 'Hi'}, {format: 'text'})).toBe('## Hello Kim & Co\n\nHi and Hi\n')
    expect(renderTemplate(letter, {message: 'Se *viktigt* [länk]', due: '2026-12-15'}, {format: 'markdown'})).toBe(
      'Hej!\n\nSe \\*viktigt\\* \\[länk\\]\\\nSista dag: 15 december 2026 \\& tisdag.\n'
    )
  })

  it('lists every problem in the data and renders nothing', () => {
    let error: unknown
    try {
      renderTemplate(letter, {recipientNamn: 'Kim', due: '15 dec'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TemplateDataError)
    const problems = (error as TemplateDataError).problems
    expect(problems.map((problem) => problem.field)).toEqual(['message', 'due', 'recipientNamn'])
    expect((error as Error).message).toContain('menade du ”recipientName”?')
  })

  it('never renders a missing variable or an unknown helper as empty text', () => {
    const missing = templateOf(hbs('id: a\nkind: custom\nlanguage: sv\ntitle: T\nvariables:\n  name: { type: string }\nsamples:\n  - {}', 'Hej {{name}}!'))
    expect(() => renderTemplate(missing, {})).toThrow(TemplateRenderError)
    expect(() => renderTemplate(missing, {})).toThrow('mall.hbs: rad 11: ”name” finns inte i datan; skriv {{#if name}} … {{/if}} runt en valfri variabel')
    const helper = templateOf(hbs('id: b\nkind: custom\nlanguage: sv\ntitle: T\nvariables:\n  name: { type: string }\nsamples:\n  - {}', 'Hej {{shout name}}!'))
    expect(() => renderTemplate(helper, {name: 'Kim'})).toThrow('okänd hjälpfunktion ”shout”')
  })
})
