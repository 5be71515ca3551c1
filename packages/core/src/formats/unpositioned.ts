import type {Nodes, Parent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {sourceOffsets} from '../nlcst/source-offsets.js'

/**
 * mdast-util-gfm-autolink-literal finds some addresses only after parsing (`www.kommun.se.` before `_`), splitting a
 * text node into text and link nodes that have no positions; the prose tree skips nodes without a position, so
 * their words were lost. Each run of such siblings came from the source between its positioned neighbours: it is
 * mapped back there as any decoded text is (`source-offsets.ts`).
 */
export function placeUnpositioned(tree: Root, source: string): void {
  let place: ReturnType<typeof location> | undefined
  const visit = (parent: Parent) => {
    const children = parent.children as Nodes[]
    let index = 0
    while (index < children.length) {
      if (children[index]!.position) {
        const child = children[index]!
        if ('children' in child) visit(child)
        index++
        continue
      }
      let end = index
      while (end < children.length && !children[end]!.position) end++
      const from = index === 0 ? parent.position?.start.offset : children[index - 1]!.position?.end.offset
      const to = end === children.length ? parent.position?.end.offset : children[end]!.position?.start.offset
      if (from !== undefined && to !== undefined && from <= to) place = placeRun(children.slice(index, end), source, from, to, place ?? location(source))
      index = end
    }
  }
  visit(tree)
}

function placeRun(run: Nodes[], source: string, from: number, to: number, place: ReturnType<typeof location>): ReturnType<typeof location> {
  const text = run.map((node) => toString(node)).join('')
  const offsets = sourceOffsets(text, source, from, to, true)
  let index = 0
  const point = (offset: number): Point | undefined => place.toPoint(offset)
  const assign = (node: Nodes, start: number, length: number) => {
    const startOffset = length === 0 ? (start === 0 ? from : offsets ? offsets.ends[start - 1]! : from + start) : offsets ? offsets.starts[start]! : from + start
    const endOffset = length === 0 ? startOffset : offsets ? offsets.ends[start + length - 1]! : from + start + length
    const startPoint = point(startOffset)
    const endPoint = point(endOffset)
    if (startPoint && endPoint) node.position = {start: startPoint, end: endPoint}
    if ('children' in node) {
      let at = start
      for (const child of node.children as Nodes[]) {
        const childLength = toString(child).length
        if (!child.position) assign(child, at, childLength)
        at += childLength
      }
    }
  }
  for (const node of run) {
    const length = toString(node).length
    assign(node, index, length)
    index += length
  }
  return place
}
