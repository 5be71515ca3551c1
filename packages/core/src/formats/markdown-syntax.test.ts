import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseMarkdownSyntax} from './markdown-syntax.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

const samples: Record<string, string> = {
  'plain prose': '# Rubrik\n\nDu får ett beslut inom två veckor.\nRing oss om du undrar något.\n',
  'front matter': '---\nlang: sv\ntitle: Brev\n---\n\nText.\n',
  'table with pipes': '| Dag | Tid |\n| --- | --- |\n| Måndag | 8–16 |\nrad utan pipa\n',
  'table without pipes': 'Dag\n:--\nMåndag\n',
  'not a table': 'Rubrik\n---\n\nText - med streck: och kolon.\n',
  strikethrough: 'Det här är ~~fel~~ rätt och ~enkel~ också.\n',
  footnotes: 'En fotnot[^1] här.\n\n[^1]: Förklaringen.\n',
  'task list': '- [ ] Skicka ansökan\n- [x] Läs beslutet\n',
  'e-mail addresses': 'Skriv till info@example.se eller mailto:namn@example.se i dag.\nEn rad till.\n',
  'www addresses': 'Läs mer på www.example.se/sida och WWW.EXAMPLE.SE.\n',
  'http addresses': 'Se https://example.se/a?b=c och HTTP://EXAMPLE.SE i texten.\n',
  'decoded addresses': 'Skriv till namn&#64;example.se eller www\\.example.se eller https&#58;//example.se.\n',
  'addresses in links': 'Se [www.example.se](https://example.se) och <https://example.se>.\n',
  'address on another line': 'Första raden utan adress.\nAndra raden med info@example.se.\nTredje raden med www.example.se.\n',
  'carriage returns': 'Rad ett\rRad två med info@example.se\r\nRad tre med www.example.se\r\n',
  'inline constructs': 'Text med `kod`, *betoning*, __stark__, [länk][ref] och <b>html</b>.\n\n[ref]: https://example.se\n',
  'lists and quotes': '> Citat med https://example.se\n\n1. Ett\n2. Två med ~~streck~~\n   - inre | pipa\n'
}

describe('parseMarkdownSyntax', () => {
  for (const [name, value] of Object.entries(samples)) {
    it(`gives the same tree as remark-parse with GFM and front matter: ${name}`, () => {
      expect(parseMarkdownSyntax(value)).toEqual(remark.parse(value))
    })
  }

  it('finds GFM constructs (the samples are not all plain text)', () => {
    const types = new Set<string>()
    const walk = (node: {type: string; children?: unknown[]}) => {
      types.add(node.type)
      for (const child of node.children ?? []) walk(child as never)
    }
    for (const value of Object.values(samples)) walk(parseMarkdownSyntax(value))
    for (const type of ['table', 'delete', 'footnoteReference', 'footnoteDefinition', 'link', 'yaml']) expect(types).toContain(type)
  })
})
