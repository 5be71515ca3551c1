import type {Root, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {mapDecoded, markupEnd, PageSource} from './html-source.js'

/** For each character of the decoded value: the source text it came from. */
function sources(source: string, value: string, mode: Parameters<typeof mapDecoded>[4] = 'data', from = 0, to = source.length) {
  const {starts, ends, exact} = mapDecoded(source, from, to, value, mode)
  return {pieces: Array.from(starts, (start, index) => source.slice(start, ends[index])), exact}
}

/** The parsed page and its text nodes. */
function parse(html: string): {tree: Root; texts: Text[]} {
  const tree = unified().use(rehypeParse).parse(html) as Root
  const texts: Text[] = []
  visit(tree, 'text', (node) => {
    texts.push(node)
  })
  return {tree, texts}
}

describe('mapDecoded', () => {
  it('maps each decoded character to the reference, CRLF or character that produced it', () => {
    expect(sources('Vi &amp; ni', 'Vi & ni')).toEqual({pieces: ['V', 'i', ' ', '&amp;', ' ', 'n', 'i'], exact: true})
    expect(sources('p&aring;\r\nx&#229;&#xE5;', 'på\nxåå').pieces).toEqual(['p', '&aring;', '\r\n', 'x', '&#229;', '&#xE5;'])
    // Legacy references without a semicolon are decoded in text as the parser does, not in attribute values.
    expect(sources('&aring &ampx', 'å &x').pieces).toEqual(['&aring', ' ', '&amp', 'x'])
    expect(sources('&ampx', '&ampx', 'attribute').pieces).toEqual(['&', 'a', 'm', 'p', 'x'])
    // `&` that starts no reference, and a lone CR.
    expect(sources('a & b &nosuch;\rc', 'a & b &nosuch;\nc').exact).toBe(true)
  })

  it('skips tags the parser ignored, and text in raw elements is not decoded', () => {
    expect(sources('Vi</span> ni', 'Vi ni').pieces).toEqual(['V', 'i', ' ', 'n', 'i'])
    expect(sources('a<b title="x > y">&lt;</b>c', 'a<c').pieces).toEqual(['a', '&lt;', 'c'])
    expect(sources('x &amp; y', 'x &amp; y', 'raw').pieces).toEqual([...'x &amp; y'])
    expect(sources('a < b', 'a < b').exact).toBe(true)
  })

  it('gives characters the source does not explain the end of the slice, and says so', () => {
    const {starts, ends, exact} = mapDecoded('abc', 0, 3, 'abcd', 'data')
    expect(exact).toBe(false)
    expect([starts[3], ends[3]]).toEqual([3, 3])
  })
})

describe('markupEnd', () => {
  it('finds the end of tags, comments and doctypes, and leaves a text `<` alone', () => {
    const html = '<a href="x>y" title=\'>\'>'
    expect(markupEnd(html, 0)).toBe(html.length)
    expect(markupEnd('</span>x', 0)).toBe(7)
    expect(markupEnd('<!-- a > b -->x', 0)).toBe(14)
    expect(markupEnd('<!DOCTYPE html>x', 0)).toBe(15)
    expect(markupEnd('</>x', 0)).toBe(3)
    expect(markupEnd('< b', 0)).toBe(-1)
    expect(markupEnd('<3', 0)).toBe(-1)
  })
})

describe('PageSource', () => {
  it('maps text nodes of a parsed page back to the source, with spans of parts of their value', () => {
    const html = '<p>Vi &amp; ni\r\nerh&aring;ller</span> svar</p>'
    const {tree, texts} = parse(html)
    const node = texts[0]
    const page = new PageSource(html, tree)
    expect(node!.value).toBe('Vi & ni\nerhåller svar')
    const slice = (from: number, to: number) => {
      const [start, end] = page.spanOf(node!, from, to)!
      return html.slice(start, end)
    }
    expect(slice(8, 16)).toBe('erh&aring;ller')
    expect(slice(3, 4)).toBe('&amp;')
    expect(slice(7, 8)).toBe('\r\n')
    expect(slice(17, 21)).toBe('svar')
    expect(slice(16, 17)).toBe(' ')
  })

  it('leaves out content the parser moved into the middle of a text node (foster parenting)', () => {
    const html = '<table>ab<tr><td>b</td></tr>bc</table>'
    const {tree, texts} = parse(html)
    const node = texts.find((text) => text.value === 'abbc')
    const page = new PageSource(html, tree)
    const {starts} = page.spansOf(node!)!
    expect(Array.from(starts, (start) => html[start])).toEqual(['a', 'b', 'b', 'c'])
    expect(starts[2]).toBe(html.lastIndexOf('bc'))
  })
})
