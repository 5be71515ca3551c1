import type {Nodes as MdastNodes} from 'mdast'
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import type {location} from 'vfile-location'
import type {LinkInfo} from '../links.js'
import type {NlcstParserClass} from '../types.js'
import {altOf, type MappedText} from './html-in-markdown.js'
import {markupIn} from './markup.js'
import {sourceOffsets, type SourceOffsets} from './source-offsets.js'

type Place = ReturnType<typeof location>
type ParserInstance = InstanceType<NlcstParserClass>

const terminalMarker = /^([!.?\u2026\u203D]+)$/

/**
 * Turn one leaf block of mdast (a paragraph or heading, or a synthetic paragraph of plain text) into an nlcst
 * paragraph, with positions in the whole document.
 *
 * This follows mdast-util-to-nlcst, which builds a new `vfile-location` for every call: converting a document block
 * by block with it is quadratic, because each new location index scans the document again from the start. Here one
 * location index is shared by every block of a document.
 *
 * Unlike mdast-util-to-nlcst, which lays each text node's decoded value out end to end from the node's start, every
 * token here covers exactly the source characters that produced it: decoded text differs from its source after a
 * character reference or escape, on a continuation line in a list or block quote, and at a line's trailing white
 * space, and laying it out end to end drifts there (see `source-offsets.ts`).
 */
export function blockToNlcst(
  node: MdastNodes,
  parser: ParserInstance,
  place: Place,
  source: string,
  sourceTypes: readonly string[] = ['inlineCode'],
  links?: LinkInfo[]
): Paragraph | undefined {
  const tokens: SentenceContent[] = []
  collect(node, tokens, parser, place, source, sourceTypes, links)
  return paragraphOf(tokens, parser)
}

/** A paragraph of the visible text of raw HTML (see `html-in-markdown.ts`), with positions in the whole document. */
export function mappedToNlcst(pieces: readonly MappedText[], parser: ParserInstance, place: Place, source: string): Paragraph | undefined {
  const tokens: SentenceContent[] = []
  for (const piece of pieces) pushMapped(piece, tokens, parser, place, source)
  return paragraphOf(tokens, parser)
}

function pushMapped(piece: MappedText, into: SentenceContent[], parser: ParserInstance, place: Place, source: string): void {
  if (piece.value.length === 0) return
  const nodes = parser.tokenize(piece.value) as SentenceContent[]
  placeMapped(nodes, piece, piece.starts[0]!, 0, {point: undefined, source, place})
  for (const token of nodes) into.push(token)
}

/** Sentences and a paragraph of the tokens of one block, as parse-latin makes them, run through its plugins. */
function paragraphOf(tokens: SentenceContent[], parser: ParserInstance): Paragraph | undefined {
  if (tokens.length === 0) return undefined

  const start = tokens[0]!.position?.start
  const end = tokens[tokens.length - 1]!.position?.end
  const sentence: Sentence = {type: 'SentenceNode', children: tokens}
  if (start && end) sentence.position = {start, end}
  for (const plugin of parser.tokenizeSentencePlugins) (plugin as (node: Sentence) => void)(sentence)

  const paragraph: Paragraph = {type: 'ParagraphNode', children: splitAtTerminals(sentence)}
  if (start && end) paragraph.position = {start: {...start}, end: {...end}}
  for (const plugin of parser.tokenizeParagraphPlugins) (plugin as (node: Paragraph) => void)(paragraph)
  return paragraph
}

function collect(
  node: MdastNodes,
  into: SentenceContent[],
  parser: ParserInstance,
  place: Place,
  source: string,
  sourceTypes: readonly string[],
  links: LinkInfo[] | undefined
): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (sourceTypes.includes(node.type)) {
    if (start !== undefined && end !== undefined) {
      const token: SentenceContent = {type: 'SourceNode', value: source.slice(start, end)}
      placeLiteral([token], start, place)
      into.push(token)
    }
    return
  }
  if ('children' in node) {
    const first = into.length
    for (const child of node.children) collect(child as MdastNodes, into, parser, place, source, sourceTypes, links)
    // A GFM literal autolink (`www.example.se` in running text) is an address written out, not a link label.
    const literal = start !== undefined && source[start] !== '[' && source[start] !== '<'
    if (links && (node.type === 'link' || node.type === 'linkReference') && !literal && into.length > first) {
      const start = into[first]!.position?.start
      const end = into[into.length - 1]!.position?.end
      const url = node.type === 'link' ? node.url : `[${node.identifier}]`
      if (start && end) links.push({text: toString(into.slice(first)), url, position: {start, end}})
    }
    return
  }
  if (start === undefined || end === undefined) return
  if (node.type === 'text') {
    const markup = markupIn(node.value, startsLine(source, start))
    if (markup.length > 0) {
      layOutAround(markup, node.value, into, parser, place, source, start, end)
      return
    }
    // A loop, not `push(...tokens)`: a paragraph of 100,000 tokens would overflow the call stack.
    for (const token of layOut(parser.tokenize(node.value) as SentenceContent[], node.value, source, start, end, place)) into.push(token)
  } else if (node.type === 'html') {
    // Inline HTML is markup; the `alt` text of an image is what a reader (or a screen reader) gets.
    const alt = /^<img\b/i.test(node.value) ? altOf(source, start, end) : undefined
    if (alt) pushMapped(alt, into, parser, place, source)
  } else if (node.type === 'break') {
    // A hard break is one line break in the text, from `  ⏎` or `\⏎` in the source.
    const from = place.toPoint(start)
    const to = place.toPoint(end)
    const token: SentenceContent = {type: 'WhiteSpaceNode', value: '\n'}
    if (from && to) token.position = {start: from, end: to}
    into.push(token)
  } else if (node.type === 'image' && node.alt) {
    // `![alt]`: the alt text starts two characters in; emphasis and code markup in it are not in `alt`.
    for (const token of layOut(parser.tokenize(node.alt) as SentenceContent[], node.alt, source, start + 2, end, place, true)) into.push(token)
  }
}

/** Whether `offset` starts a line: only white space and block quote markers lie between it and a line break. */
function startsLine(source: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const code = source.charCodeAt(at)
    if (code === 10 || code === 13) return true
    if (code !== 32 && code !== 9 && code !== 62) return false
  }
  return true
}

/**
 * Lay out a text node with markup in it (see `markup.ts`): the prose between the markup as usual, a template tag as
 * one source node, other markup not at all.
 */
function layOutAround(
  markup: ReturnType<typeof markupIn>,
  value: string,
  into: SentenceContent[],
  parser: ParserInstance,
  place: Place,
  source: string,
  from: number,
  to: number
): void {
  const offsets = sourceOffsets(value, source, from, to) ?? literalOffsets(from, value.length)
  const cursor: Cursor = {point: undefined, source, place}
  const prose = (start: number, end: number) => {
    if (end <= start) return
    const nodes = parser.tokenize(value.slice(start, end)) as SentenceContent[]
    placeMapped(nodes, offsets, from, start, cursor)
    for (const token of nodes) into.push(token)
  }
  let at = 0
  for (const range of markup) {
    prose(at, range.start)
    if (range.source) {
      const token: SentenceContent = {type: 'SourceNode', value: value.slice(range.start, range.end)}
      const start = pointAt(cursor, offsets.starts[range.start]!)
      const end = pointAt(cursor, offsets.ends[range.end - 1]!)
      if (start && end) token.position = {start, end}
      into.push(token)
    }
    at = range.end
  }
  prose(at, value.length)
}

function literalOffsets(from: number, length: number): SourceOffsets {
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  for (let index = 0; index < length; index++) {
    starts[index] = from + index
    ends[index] = from + index + 1
  }
  return {starts, ends}
}

/**
 * Give `nodes`, the tokens of `value` (text decoded from `source.slice(from, to)`), and their children positions:
 * each token covers exactly the source characters that produced its text (see `source-offsets.ts`).
 *
 * Hot path. Text written literally (most text nodes) needs no map: one end point per token, shared as the next
 * token's start, found by counting columns unless the token holds a line break. Other text goes through the map.
 */
function layOut<T extends SentenceContent>(
  nodes: T[],
  value: string,
  source: string,
  from: number,
  to: number,
  place: Place,
  lenient = false
): T[] {
  const offsets = sourceOffsets(value, source, from, to, lenient)
  if (offsets) placeMapped(nodes, offsets, from, 0, {point: undefined, source, place})
  else placeLiteral(nodes, from, place)
  return nodes
}

/** Lay `nodes` out end to end from `offset`: one end point per token, shared as the next token's start. */
function placeLiteral(nodes: SentenceContent[], offset: number, place: Place): void {
  let at = offset
  let start = place.toPoint(at)
  for (const node of nodes) {
    const value = textOfToken(node)
    const end = at + value.length
    const endPoint =
      start && value.indexOf('\n') === -1 && value.indexOf('\r') === -1
        ? {line: start.line, column: start.column + value.length, offset: end}
        : place.toPoint(end)
    if (start && endPoint) {
      const position = {start, end: endPoint}
      node.position = position
      if ('children' in node) {
        const children = node.children as SentenceContent[]
        // A word of one text node (the usual case) has the word's points, in a position object of its own: parser
        // plugins that merge tokens into a word move the word's `position.end`, which must not move its first child's.
        if (children.length === 1) children[0]!.position = {start, end: endPoint}
        else placeLiteral(children, at, place)
      }
    } else {
      delete node.position
    }
    start = endPoint
    at = end
  }
}

/** The last point found, to find the next one by counting columns when no line break lies between them. */
interface Cursor {
  point: Point | undefined
  readonly source: string
  readonly place: Place
}

/** Give `nodes`, the tokens of the text from character `index` on, positions from `offsets` (see {@link layOut}). */
function placeMapped(nodes: SentenceContent[], offsets: SourceOffsets, from: number, index: number, cursor: Cursor): void {
  for (const node of nodes) {
    const length = textOfToken(node).length
    const startOffset = length === 0 ? offsetAfter(offsets, index, from) : offsets.starts[index]!
    const endOffset = length === 0 ? startOffset : offsets.ends[index + length - 1]!
    const start = pointAt(cursor, startOffset)
    const end = endOffset === startOffset ? start : pointAt(cursor, endOffset)
    if (start && end) {
      const position = {start, end}
      node.position = position
      if ('children' in node) {
        const children = node.children as SentenceContent[]
        if (children.length === 1) children[0]!.position = {start, end}
        else placeMapped(children, offsets, from, index, cursor)
      }
    } else {
      delete node.position
    }
    index += length
  }
}

/** Where an empty token at character `index` is: after the character before it. */
function offsetAfter(offsets: SourceOffsets, index: number, from: number): number {
  return index === 0 ? from : offsets.ends[index - 1]!
}

/** The point of `offset`: columns counted from the cursor when only line-break-free text lies between. */
function pointAt(cursor: Cursor, offset: number): Point | undefined {
  const last = cursor.point
  if (last && last.offset === offset) return last
  let point: Point | undefined
  if (last && last.offset !== undefined && offset >= last.offset && !hasLineBreak(cursor.source, last.offset, offset)) {
    point = {line: last.line, column: last.column + offset - last.offset, offset}
  } else {
    point = cursor.place.toPoint(offset)
  }
  if (point) cursor.point = point
  return point
}

function hasLineBreak(source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at)
    if (code === 10 || code === 13) return true
  }
  return false
}

function textOfToken(node: SentenceContent): string {
  if ('value' in node) return node.value
  const children = node.children as SentenceContent[]
  return children.length === 1 ? textOfToken(children[0]!) : toString(node)
}

/** Split a sentence after each terminal mark, as parse-latin does before its paragraph plugins run. */
function splitAtTerminals(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  let current: SentenceContent[] = []
  const push = () => {
    if (current.length === 0) return
    const piece: Sentence = {type: 'SentenceNode', children: current}
    const head = current[0]!.position
    const tail = current[current.length - 1]!.position
    if (head && tail) piece.position = {start: head.start, end: tail.end}
    result.push(piece)
    current = []
  }
  for (const child of sentence.children) {
    current.push(child)
    if (child.type === 'PunctuationNode' && terminalMarker.test(child.value)) push()
  }
  push()
  return result
}
