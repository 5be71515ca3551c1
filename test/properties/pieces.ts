import fc from 'fast-check'

/**
 * Pieces of generated documents: Swedish officialese that makes rules fire, and hostile characters and markup that
 * make positions hard (references, escapes, containers, line endings, characters outside the BMP, controls).
 */

export type Format = 'markdown' | 'html' | 'text' | 'template'

/** Sentences that rules flag (plain words, abbreviations, quotes, ranges, address, passive, identity number). */
export const sentences = [
  'Du erhåller beslutet.',
  'Ansökan inkom ej i tid.',
  'Ta med t.ex. legitimation och ev. intyg.',
  'Han sa "citat" till oss.',
  'Vi har öppet 8-16 på vardagar.',
  'Med anledning av detta ska Ni inkomma med handlingar.',
  'Beslutet fattades av nämnden.',
  'Kontakta oss på info@kommun.se eller www.kommun.se.',
  'Personnumret 19121212-1212 står i brevet.',
  'You will receive the decision.',
  'Hej!',
  'Vad gäller?',
  'Vi ber dig att i enlighet med gällande bestämmelser samt med beaktande av de synpunkter som inkommit under ' +
    'remisstiden och med hänsyn till nämndens tidigare beslut i ärendet inkomma med en komplettering av ansökan ' +
    'senast den 1 mars så att handläggningen kan fortsätta utan dröjsmål.'
]

/** Characters and references that are not what they look like, or not one UTF-16 unit, or not printable. */
export const hostile = [
  '&amp;',
  '&aring;',
  '&Auml;',
  '&#229;',
  '&#x1F600;',
  '&nbsp;',
  '&foo;',
  '&',
  '😀',
  '👩‍👩‍👧',
  '𝔘𝔫',
  'e\u0301',
  '\u200F',
  '\u202E',
  '\u0000',
  '\u2028',
  '\u00AD',
  '\u00A0',
  '\t',
  '  ',
  'ärende',
  'Nämnden'
]

/** Markdown-only hostile text: backslash escapes and a hard break's backslash. */
const markdownEscapes = ['\\*', '\\_', '\\\\', '\\&amp;', '\\<', '\\[', '\\!']

const word = fc.constantFrom('erhåller', 'inkom ej', 't.ex.', 'beslutet', 'dig', 'Er', 'ansökan', 'ärende', '😀')

const lineEnding = fc.constantFrom('\n', '\r\n', '\r')

/** A run of inline text: sentences and hostile pieces with spaces between some of them. */
function run(extra: fc.Arbitrary<string>[] = []): fc.Arbitrary<string> {
  const piece = fc.oneof(
    {arbitrary: fc.constantFrom(...sentences), weight: 4},
    {arbitrary: fc.constantFrom(...hostile), weight: 2},
    ...extra.map((arbitrary) => ({arbitrary, weight: 2}))
  )
  return fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '  ')), {minLength: 1, maxLength: 4}).map((pairs) => pairs.map(([text, gap]) => text + gap).join(''))
}

const markdownInline = run([
  fc.constantFrom(...markdownEscapes),
  word.map((text) => `*${text}*`),
  word.map((text) => `**${text}**`),
  word.map((text) => `_${text}_`),
  word.map((text) => `\`${text}\``),
  word.map((text) => `[${text}](https://kommun.se/a)`),
  word.map((text) => `![${text} bild](bild.png)`),
  word.map((text) => `<span class="x">${text}</span>`),
  word.map((text) => `<FButton variant="primary">${text}</FButton>`),
  word.map((text) => `~~${text}~~`),
  fc.constantFrom('<https://kommun.se>', '[^1]', '{{ namn }}', '{% if x %}', '  \n', '\\\n')
])

/** A Markdown block, its continuation lines written with `\n` (line endings are chosen for the whole document). */
const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  markdownInline,
  markdownInline.map((text) => `## ${text}`),
  fc.tuple(markdownInline, markdownInline).map(([a, b]) => `- ${a}\n  ${b}\n  - ${b}\n    1. ${a}`),
  fc.tuple(markdownInline, markdownInline).map(([a, b]) => `> ${a}\n> ${b}\n> > ${a}\n>\n> - ${b}`),
  fc.tuple(markdownInline, markdownInline).map(([a, b]) => `| A | B |\n| - | :-: |\n| ${a.replace(/\|/g, '\\|')} | ${b.replace(/\|/g, '\\|')} |`),
  markdownInline.map((text) => `Fotnot[^1].\n\n[^1]: ${text}\n    ${text}`),
  markdownInline.map((text) => `\`\`\`\n${text}\n\`\`\``),
  markdownInline.map((text) => `<div class="ruta">\n\n${text}\n\n</div>`),
  markdownInline.map((text) => `<FMessageBox type="info" title="Obs">\n${text}\n</FMessageBox>`),
  markdownInline.map((text) => `::: messagebox\n${text}\n:::`),
  fc.constantFrom('---', '***', '<!-- klarsprak-disable plain-words -->', '[a]: https://kommun.se "Titel"')
)

const markdown = fc
  .tuple(fc.boolean(), fc.array(markdownBlock, {minLength: 1, maxLength: 3}), lineEnding, fc.boolean())
  .map(([frontMatter, blocks, eol, bom]) => withEnding(`${frontMatter ? '---\ntitle: Sida\nlang: sv\n---\n\n' : ''}${blocks.join('\n\n')}\n`, eol, bom))

const htmlInline = run([
  word.map((text) => `<em>${text}</em>`),
  word.map((text) => `<a href="/a?b=1&amp;c=2">${text}</a>`),
  fc.constantFrom('<br>', '</span>', '</p>', '<img alt="Du erhåller &amp; bilden" src="a.png">', '<!-- kommentar -->', '<code>erhåller</code>', '\n')
])

const htmlBlock: fc.Arbitrary<string> = fc.oneof(
  htmlInline.map((text) => `<p>${text}</p>`),
  htmlInline.map((text) => `<h2>${text}</h2>`),
  fc.tuple(htmlInline, htmlInline).map(([a, b]) => `<ul>\n<li>${a}\n<ul><li>${b}</li></ul></li>\n</ul>`),
  htmlInline.map((text) => `<blockquote><p>${text}</p></blockquote>`),
  fc.tuple(htmlInline, htmlInline).map(([a, b]) => `<table><tr><th>${a}</th></tr><tr><td>${b}</td></tr></table>`),
  htmlInline.map((text) => `<script>var s = "${text.replace(/<\//g, '')}";</script>`),
  htmlInline
)

const html = fc
  .tuple(fc.array(htmlBlock, {minLength: 1, maxLength: 3}), fc.constantFrom('main', 'article', 'body', 'none'), lineEnding, fc.boolean())
  .map(([blocks, wrapper, eol, bom]) => {
    const body = blocks.join('\n')
    const content = wrapper === 'none' ? body : wrapper === 'body' ? `<body>\n${body}\n</body>` : `<body><nav>Meny</nav><${wrapper}>\n${body}\n</${wrapper}></body>`
    return withEnding(`<!doctype html>\n<html lang="sv"><head><title>Sida &amp; titel</title></head>\n${content}\n</html>\n`, eol, bom)
  })

const text = fc
  .tuple(fc.array(run(), {minLength: 1, maxLength: 5}), fc.constantFrom('\n', '\n\n'), lineEnding, fc.boolean())
  .map(([paragraphs, gap, eol, bom]) => withEnding(paragraphs.join(gap) + '\n', eol, bom))

const templateInline = run([
  fc.constantFrom('{{namn}}', '{{{adress}}}', '{{!-- kommentar --}}', '{{#if datum}}den {{datum}}{{/if}}', '{{formatDate beslutsdatum}}', '\\{{x}}')
])

const template = fc
  .tuple(fc.boolean(), fc.array(templateInline, {minLength: 1, maxLength: 4}), lineEnding, fc.boolean())
  .map(([metadata, paragraphs, eol, bom]) =>
    withEnding(`${metadata ? '---\nid: beslut\ntitle: Beslut\nlang: sv\n---\n' : ''}Hej {{namn}}!\n\n${paragraphs.join('\n\n')}\n`, eol, bom)
  )

function withEnding(value: string, eol: string, bom: boolean): string {
  return (bom ? '\uFEFF' : '') + (eol === '\n' ? value : value.replace(/\n/g, eol))
}

/** Documents of each format. */
export const documents: Record<Format, fc.Arbitrary<string>> = {markdown, html, text, template}

/** The file name a document of each format is checked under. */
export const fileNames: Record<Format, string> = {markdown: 'sida.md', html: 'sida.html', text: 'brev.txt', template: 'mall.hbs'}
