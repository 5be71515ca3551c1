import type {Element, Root, Text} from 'hast'
import type {Point, Position} from 'unist'
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
 * The source position of `value.slice(from, to)` inside a text node, when the node's source spelling is its value
 * (no character references); otherwise the node's whole position.
 */
export function spanIn(file: VFile, node: Text, from: number, to: number): Position | undefined {
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
  const source = String(file).slice(position.start.offset, position.end.offset)
  if (source !== node.value) return position
  const place = location(file)
  const start = place.toPoint(position.start.offset + from)
  const end = place.toPoint(position.start.offset + to)
  return start && end ? {start, end} : position
}

/** The span of an element's start tag (`<html lang="sv">`), for findings about the element itself. */
export function startTag(file: VFile, element: Element): {position: Position; text: string} | undefined {
  const start = element.position?.start.offset
  if (start === undefined) return undefined
  const source = String(file)
  const end = source.indexOf('>', start)
  if (end === -1) return undefined
  const place = location(file)
  const from = place.toPoint(start)
  const to = place.toPoint(end + 1)
  return from && to ? {position: {start: from, end: to}, text: source.slice(start, end + 1)} : undefined
}

/** The first point of the page that a finding about the whole page can point at. */
export function pageStart(element: Element | Root): Point | undefined {
  return element.position?.start
}
