import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Parent, Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {positionedText} from '../detect/text-positions.js'
import {parseMarkdown} from '../formats/markdown.js'
import {testPack} from '../testing.js'

function toNlcst(value: string): NlcstRoot {
  const file = new VFile({path: 'test.md', value})
  return parseMarkdown(file).toNlcst(testPack.Parser, file)
}

interface Leaf {
  type: string
  value: string
  position: Position | undefined
}

function leavesOf(node: Node, into: Leaf[] = []): Leaf[] {
  if ('value' in node && typeof node.value === 'string') into.push({type: node.type, value: node.value, position: node.position})
  else if ('children' in node) for (const child of (node as Parent).children) leavesOf(child, into)
  return into
}

/** Every point's line and column agree with its offset (as vfile-location reads the source). */
function expectConsistentPoints(value: string, leaves: readonly Leaf[]) {
  const place = location(value)
  for (const leaf of leaves) {
    expect(leaf.position, leaf.value).toBeDefined()
    for (const point of [leaf.position!.start, leaf.position!.end]) {
      expect(point, JSON.stringify(leaf.value)).toEqual(place.toPoint(point.offset!))
    }
  }
}

const sourceOf = (value: string, leaf: Leaf) => value.slice(leaf.position!.start.offset, leaf.position!.end.offset)

/** Markdown without character references or escapes: every leaf's source is its text, whatever the containers. */
const literal = [
  '> Citat\n> inkom i dag.\n',
  '- Punkt\n  och du erhåller svar.\n',
  '1. Punkt\n   och du erhåller svar.\n',
  '> - Punkt i citat\n>   och en rad till.\n',
  '- Nivå ett\n  - Nivå två\n    med en rad till.\n',
  '> Citat\n> > Inre citat\n> > med två rader.\n',
  '> Lat\nfortsättningsrad i citat.\n',
  'Rad ett \nrad två med ett blanksteg före radslutet.\n',
  'Rad ett\t\nrad två med en tabb före radslutet.\n',
  'Rad ett\n   rad två med indrag.\n',
  'Rad ett\r\n> rad två\r\n',
  '> Citat\r\n> inkom i dag.\r\n',
  'Hej 😀😀 du erhåller svar.\n\n> A\n> 😀 inkom. Vi skriver 5/1-2026.\n',
  'Text[^1] här.\n\n[^1]: En fotnot\n    på två rader.\n',
  'Rubrik\nsom fortsätter\n===\n\n# Rubrik #\n',
  '- [ ] Uppgift med\n  två rader.\n',
  '> Vi *betonar\n> över* rader och **starkt\n> här**.\n',
  'Ett ord, t.ex. här, GOV.UK och e-post: namn@example.se.\n'
]

describe('Markdown to nlcst positions', () => {
  it.each(literal)('places every token of %j on its own source text', (value) => {
    const leaves = leavesOf(toNlcst(value))
    expect(leaves.length).toBeGreaterThan(0)
    for (const leaf of leaves) expect(sourceOf(value, leaf), leaf.value).toBe(leaf.value)
    expectConsistentPoints(value, leaves)
    // Tokens come in document order and never overlap.
    for (let index = 1; index < leaves.length; index++) {
      expect(leaves[index]!.position!.start.offset).toBeGreaterThanOrEqual(leaves[index - 1]!.position!.end.offset!)
    }
  })

  it('skips the container prefix of a continuation line', () => {
    const value = '> Citat\n> inkom i dag.\n'
    const inkom = leavesOf(toNlcst(value)).find((leaf) => leaf.value === 'inkom')!
    expect(inkom.position).toEqual({start: {line: 2, column: 3, offset: 10}, end: {line: 2, column: 8, offset: 15}})
  })

  it('maps a character reference or an escape to all of its source', () => {
    const value = 'Vi &amp; ni \\* f&ouml;r &#128512; och&nbsp;du erhåller.\n'
    const leaves = leavesOf(toNlcst(value))
    const source = (text: string) => sourceOf(value, leaves.find((leaf) => leaf.value === text)!)
    expect(source('&')).toBe('&amp;')
    expect(source('*')).toBe('\\*')
    expect(source('för')).toBe('f&ouml;r')
    expect(source('😀')).toBe('&#128512;')
    expect(source('\u00A0')).toBe('&nbsp;')
    expect(source('erhåller')).toBe('erhåller')
    expectConsistentPoints(value, leaves)
  })

  it('leaves unknown references and a lone ampersand as they are', () => {
    const value = 'Vi & ni &okänt; &foo; &amp erhåller.\n'
    const leaves = leavesOf(toNlcst(value))
    for (const leaf of leaves) expect(sourceOf(value, leaf)).toBe(leaf.value)
  })

  it('gives a hard break the whole break, and image alt text its own words', () => {
    const value = 'Rad ett  \nrad två\\\nrad tre ![Ett *fint* &amp; `stort` hus](hus.png) slut.\n'
    const leaves = leavesOf(toNlcst(value))
    const breaks = leaves.filter((leaf) => leaf.value === '\n').map((leaf) => sourceOf(value, leaf))
    expect(breaks).toEqual(['  \n', '\\\n'])
    for (const word of ['Ett', 'fint', 'stort', 'hus']) {
      expect(sourceOf(value, leaves.find((leaf) => leaf.value === word)!)).toBe(word)
    }
    expect(sourceOf(value, leaves.find((leaf) => leaf.value === '&')!)).toBe('&amp;')
    expectConsistentPoints(value, leaves)
  })

  it('keeps the first part of a merged word on its own text', () => {
    // parse-latin merges `t`, `.`, `ex` into one word and moves the word's end: its first child must not move.
    const value = 'Ett ord, t.ex. här.\n'
    const leaves = leavesOf(toNlcst(value))
    const t = leaves.find((leaf) => leaf.value === 't')!
    expect(sourceOf(value, t)).toBe('t')
  })

  it('maps matches inside sentences back exactly, also next to references', () => {
    const value = '> Vi ses\n> 5/1&ndash;6/1 kl. 9.00.\n'
    const root = toNlcst(value)
    const sentence = root.children[0]!
    const positioned = positionedText(sentence as Node)
    const text = positioned.text
    const span = (from: number, to: number) => value.slice(positioned.startPoint(from)!.offset, positioned.endPoint(to)!.offset)
    expect(span(text.indexOf('5/1'), text.indexOf('5/1') + 3)).toBe('5/1')
    expect(span(text.indexOf('–'), text.indexOf('–') + 1)).toBe('&ndash;')
    expect(span(text.indexOf('5/1'), text.indexOf('6/1') + 3)).toBe('5/1&ndash;6/1')
    expect(span(text.indexOf('9.00'), text.indexOf('9.00') + 4)).toBe('9.00')
  })

  it('widens a span that starts or ends inside a word written with a reference to the whole word', () => {
    const value = 'Vi skriver f&ouml;rst.\n'
    const positioned = positionedText(toNlcst(value).children[0] as Node)
    const at = positioned.text.indexOf('först')
    const span = (from: number, to: number) => value.slice(positioned.startPoint(from)!.offset, positioned.endPoint(to)!.offset)
    expect(span(at, at + 5)).toBe('f&ouml;rst')
    expect(span(at + 1, at + 3)).toBe('f&ouml;rst')
    expect(span(positioned.text.indexOf('skriver') + 1, positioned.text.indexOf('skriver') + 4)).toBe('kri')
  })
})
