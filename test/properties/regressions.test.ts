import {expect, test} from 'vitest'
import {check} from './harness.js'
import type {Format} from './pieces.js'

/**
 * Every document the property tests ever found a problem in, shrunk by hand to the least that shows it, with the
 * finding it was about; each must now pass every check of the properties.
 */
const cases: Array<{name: string; format: Format; value: string; finding: {ruleId: string; line: number; column: number}}> = [
  {
    // micromark drops a byte order mark and counted offsets without it: list items reported one column early.
    name: 'a byte order mark before a list item',
    format: 'markdown',
    value: '\uFEFF- Du erhåller beslutet.\n',
    finding: {ruleId: 'plain-words', line: 1, column: 7}
  },
  {
    // parse5 starts such a text node at the reference's `;`: the finding was an empty span at the paragraph's end.
    name: 'a NUL and then a character reference at the start of a paragraph',
    format: 'html',
    value: '<main><p>\u0000&amp; Du erhåller beslutet.</p></main>\n',
    finding: {ruleId: 'plain-words', line: 1, column: 20}
  },
  {
    // parse5 gave the white space after `</head>` the reference too, and started the body text after it.
    name: 'a character reference starting text after the head, with no body tag',
    format: 'html',
    value: '<html><head></head>\n&amp; Du erhåller beslutet.\n</html>\n',
    finding: {ruleId: 'plain-words', line: 2, column: 10}
  },
  {
    // Markdown in an HTML block is literal text, and the block's text is prose.
    name: 'a component block around Markdown syntax',
    format: 'markdown',
    value: '<FMessageBox type="info">\n![bild](a.png) Du erhåller *beslutet*.\n</FMessageBox>\n',
    finding: {ruleId: 'plain-words', line: 2, column: 19}
  }
]

for (const {name, format, value, finding} of cases) {
  test(`${format}: ${name}`, async () => {
    const {result, problems} = await check(format, value)
    expect(problems).toEqual([])
    expect(result.messages).toContainEqual(expect.objectContaining(finding))
  })
}
