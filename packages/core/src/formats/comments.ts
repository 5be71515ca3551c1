import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {SourceComment} from './types.js'

const cache = new WeakMap<VFile, ReturnType<typeof location>>()

function place(file: VFile) {
  let value = cache.get(file)
  if (!value) {
    value = location(file)
    cache.set(file, value)
  }
  return value
}

/** `<!-- … -->` comments in `html`, which starts at `offset` in `file`. */
export function htmlComments(html: string, offset: number, file: VFile): SourceComment[] {
  const found: SourceComment[] = []
  for (const match of html.matchAll(/<!--([\s\S]*?)-->/g)) {
    const start = offset + match.index
    const end = start + match[0].length
    const startPoint = place(file).toPoint(start)
    const endPoint = place(file).toPoint(end)
    if (!startPoint || !endPoint) continue
    found.push({value: match[1]!.trim(), line: startPoint.line, endLine: endPoint.line, offset: start, endOffset: end})
  }
  return found
}
