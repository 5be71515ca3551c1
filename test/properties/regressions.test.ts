import {expect, test} from 'vitest'
import {check} from './harness.js'
import {sentences, type Format} from './pieces.js'

const long = sentences[sentences.length - 1]!

/**
 * Every document the property tests ever found a problem in, shrunk by hand to the least that shows it, with the
 * finding it was about; each must now pass every check of the properties.
 */
const cases: Array<{name: string; format: Format; value: string; finding: {ruleId: string; line: number; column: number}}> = [
  {
    // The check read `actual`'s `![` as an image mark but kept the source's `!\[`: the engine was right.
    name: 'an escaped bracket after an exclamation mark in a footnote definition',
    format: 'markdown',
    value: `Fotnot[^1].\n\n[^1]: Hej!\\[ ${long}\n`,
    finding: {ruleId: 'sentence-length', line: 3, column: 7}
  },
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
  },
  {
    // An address found only after parsing (before `_`) split its text node into nodes without positions, and the
    // words of those nodes were left out of the prose: `i enlighet med` went unreported.
    name: 'a www address just before emphasis',
    format: 'markdown',
    value: 'Mejla info@kommun.se i enlighet med www.kommun.se._svar_ nu.\n',
    finding: {ruleId: 'plain-words', line: 1, column: 22}
  }
]

/**
 * Cases where the engine was right and the checks first misread the source (they pass now and must stay passing):
 * a span that crosses markup, literal text that looks like markup, text a parser drops.
 */
const sound: Array<{name: string; format: Format; value: string; rule: string}> = [
  {name: 'a sentence ending in an autolink', format: 'markdown', value: `_erhåller_ <https://kommun.se> ${long} <https://kommun.se>\n`, rule: 'sentence-length'},
  {name: 'inline code in a long sentence', format: 'markdown', value: `Text \`erhåller\` ${long}\n`, rule: 'sentence-length'},
  {name: 'a footnote reference without a definition', format: 'markdown', value: `[^1] ${long}\n`, rule: 'sentence-length'},
  {name: 'a hard break with a backslash', format: 'markdown', value: `${long} \\\n \\*\n`, rule: 'sentence-length'},
  {name: 'an escaped ampersand before a reference name', format: 'markdown', value: `> ${long}\n> [erhåller](https://kommun.se/a) \\&amp;\n`, rule: 'sentence-length'},
  {name: 'an escaped reference in an HTML block (the backslash is literal)', format: 'markdown', value: `<FMessageBox>\n\\&amp; ${long}\n</FMessageBox>\n`, rule: 'sentence-length'},
  {name: 'an escaped exclamation mark before a link', format: 'markdown', value: `- ${long}\\![erhåller](https://kommun.se/a)\n  <FButton>erhåller</FButton>\n`, rule: 'sentence-length'},
  {name: 'a word glued to an autolink', format: 'markdown', value: 'Se &amp;<https://kommun.se> här.\n', rule: 'spelling'},
  {name: 'NUL in plain text', format: 'text', value: `\u0000 &amp; \n&amp; ${long}\n`, rule: 'sentence-length'},
  {name: 'a word glued across a NUL and a link', format: 'html', value: '<main>\n&amp;\u0000<a href="/a">erhåller</a>\n</main>\n', rule: 'spelling'},
  {name: 'a repeated word on both sides of a script', format: 'html', value: '<main>\n<em>erhåller</em>\n<script>var s = 1;</script>\n<em>erhåller</em>\n</main>\n', rule: 'repeated-word'},
  {name: 'a repeated word on both sides of a line break element', format: 'html', value: '<main><h2><em>erhåller</em><br><a href="/a">erhåller</a></h2></main>\n', rule: 'repeated-word'}
]

for (const {name, format, value, rule} of sound) {
  test(`${format}: ${name}`, async () => {
    const {result, problems} = await check(format, value)
    expect(problems).toEqual([])
    // The case still has the finding that crossed the markup.
    expect(result.messages.map((message) => message.ruleId)).toContain(rule)
  })
}

for (const {name, format, value, finding} of cases) {
  test(`${format}: ${name}`, async () => {
    const {result, problems} = await check(format, value)
    expect(problems).toEqual([])
    expect(result.messages).toContainEqual(expect.objectContaining(finding))
  })
}
