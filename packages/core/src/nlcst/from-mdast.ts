import type {Nodes as MdastNodes} from 'mdast'
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {location} from 'vfile-location'
import type {LinkInfo} from '../links.js'
import type {NlcstParserClass} from '../types.js'

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
    if (start !== undefined && end !== undefined) into.push(patch([{type: 'SourceNode', value: source.slice(start, end)}], start, place)[0]!)
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
  if (start === undefined) return
  if (node.type === 'text') {
    // A loop, not `push(...tokens)`: a paragraph of 100,000 tokens would overflow the call stack.
    for (const token of patch(parser.tokenize(node.value) as SentenceContent[], start, place)) into.push(token)
  } else if (node.type === 'break') {
    into.push(...patch([{type: 'WhiteSpaceNode', value: '\n'}], start, place))
  } else if (node.type === 'image' && node.alt) {
    // `![alt]`: the alt text starts two characters in.
    into.push(...patch(parser.tokenize(node.alt) as SentenceContent[], start + 2, place))
  }
}

/**
 * Give `nodes` (and their children) positions, laid end to end from `offset`. Hot path: one end point per token,
 * shared as the next token's start, found by counting columns unless the token holds a line break.
 */
function patch<T extends SentenceContent>(nodes: T[], offset: number, place: Place): T[] {
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
        // A word of one text node (the usual case) shares the word's position.
        if (children.length === 1) children[0]!.position = position
        else patch(children, at, place)
      }
    } else {
      delete node.position
    }
    start = endPoint
    at = end
  }
  return nodes
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
