import type {Element, Root, Text} from 'hast'
import type {PageContext} from '@klarsprak/core'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** Elements whose text no reader sees. */
const invisible = new Set(['script', 'style', 'noscript', 'template', 'head'])

/** A run of visible text: one hast text node, with its value. */
export interface TextRun {
  node: Text
  value: string
}

/** The visible text nodes of the whole page (header and footer included), in document order. */
export function visibleTexts(tree: Root | Element): TextRun[] {
  const runs: TextRun[] = []
  visit(tree, (node) => {
    if (node.type === 'element') {
      if (invisible.has(node.tagName) || node.properties.hidden !== undefined && node.properties.hidden !== false) return 'skip'
      return undefined
    }
    if (node.type === 'text' && node.value.trim() !== '') runs.push({node, value: node.value})
    return undefined
  })
  return runs
}

/**
 * The source position of `node.value.slice(from, to)`: exact when core's HTML parser gives the page's source map,
 * else only when the node's source spelling is its value (no character references); otherwise the node's position.
 */
export function spanIn(page: Pick<PageContext, 'file' | 'textSpan'>, node: Text, from: number, to: number): Position | undefined {
  const exact = page.textSpan?.(node, from, to)
  if (exact) return exact
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
  const source = String(page.file).slice(position.start.offset, position.end.offset)
  if (source !== node.value) return position
  const place = location(page.file)
  const start = place.toPoint(position.start.offset + from)
  const end = place.toPoint(position.start.offset + to)
  return start && end ? {start, end} : position
}

/** The position of an element's text without the white space around it (`<h1> Om oss </h1>` → `Om oss`). */
export function textOf(page: Pick<PageContext, 'file' | 'textSpan'>, element: Element): Position | undefined {
  const texts: Text[] = []
  visit(element, 'text', (node) => {
    if (node.value.trim() !== '') texts.push(node)
  })
  const first = texts[0]
  const last = texts[texts.length - 1]
  if (!first || !last) return undefined
  const lead = first.value.length - first.value.trimStart().length
  const end = last.value.trimEnd().length
  const start = spanIn(page, first, lead, lead + 1)?.start
  const stop = spanIn(page, last, end - 1, end)?.end
  return start && stop ? {start, end: stop} : undefined
}

/** The span of an element's start tag (`<html lang="sv">`), for findings about the element itself. */
export function startTag(file: VFile, element: Element): {position: Position; text: string} | undefined {
  const start = element.position?.start.offset
  if (start === undefined) return undefined
  const source = String(file)
  if (source[start] !== '<') return undefined
  const end = tagEnd(source, start)
  if (end === -1) return undefined
  const place = location(file)
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  return from && to ? {position: {start: from, end: to}, text: source.slice(start, end)} : undefined
}

/** Just past the `>` that closes the tag at `start` (a `>` inside a quoted attribute value does not). */
function tagEnd(source: string, start: number): number {
  let quote = ''
  let afterEquals = false
  for (let index = start + 1; index < source.length; index++) {
    const character = source[index]!
    if (quote) {
      if (character === quote) quote = ''
    } else if (character === '>') {
      return index + 1
    } else if (afterEquals && (character === '"' || character === "'")) {
      quote = character
    }
    if (character === '=') afterEquals = true
    else if (!/\s/.test(character)) afterEquals = false
  }
  return -1
}

/**
 * Where a finding about the whole page points when nothing in it is the cause (no `lang`, a `Last-Modified`
 * header): the first start tag in the source (`<html …>` when it is written), else the first line.
 */
export function pageHead(page: Pick<PageContext, 'file' | 'tree'>): Position | undefined {
  let first: Element | undefined
  visit(page.tree, 'element', (node) => {
    if (node.position?.start.offset === undefined) return undefined
    first = node
    return false
  })
  const tag = first && startTag(page.file, first)
  if (tag) return tag.position
  const source = String(page.file)
  const place = location(page.file)
  const lead = source.length - source.trimStart().length
  const lineEnd = source.slice(lead).search(/[\r\n]/)
  const start = place.toPoint(lead)
  const end = place.toPoint(lineEnd === -1 ? source.length : lead + lineEnd)
  return start && end ? {start, end} : undefined
}
