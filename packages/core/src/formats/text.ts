import type {Paragraph as MdastParagraph} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {blockToNlcst} from '../nlcst/from-mdast.js'
import type {NlcstParserClass} from '../types.js'
import type {ParsedDocument} from './types.js'

const blankLines = /\n[ \t]*(?:\r?\n[ \t]*)+\n?|\r\n[ \t]*\r\n/g
const lineBreaks = /\r?\n/g

/** Plain text: all of it is prose, paragraphs are separated by blank lines; there are no comments. */
export function parseText(file: VFile): ParsedDocument {
  return plain(file, 'text', blankLines)
}

/** Text with one paragraph per line, as extracted from a Word document: line N is paragraph N. */
export function parseLines(file: VFile): ParsedDocument {
  return plain(file, 'lines', lineBreaks)
}

function plain(file: VFile, format: 'text' | 'lines', separator: RegExp): ParsedDocument {
  const value = String(file)
  return {
    format,
    proseSample: value.slice(0, 20_000),
    comments: [],
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      return paragraphsToNlcst(value, target, Parser, separator)
    }
  }
}

/**
 * Parse each paragraph on its own (parsing the whole text at once is quadratic), with positions
 * in the whole file.
 */
function paragraphsToNlcst(value: string, file: VFile, Parser: NlcstParserClass, separator: RegExp): NlcstRoot {
  const place = location(file)
  const parser = new Parser()
  const children: NlcstRoot['children'] = []
  let start = 0
  const add = (from: number, to: number) => {
    const text = value.slice(from, to)
    const lead = text.length - text.trimStart().length
    const trimmed = text.trim()
    if (trimmed === '') return
    const begin = place.toPoint(from + lead)
    const end = place.toPoint(from + lead + trimmed.length)
    if (!begin || !end) return
    const position = {start: begin, end}
    const paragraph: MdastParagraph = {type: 'paragraph', children: [{type: 'text', value: trimmed, position}], position}
    const converted = blockToNlcst(paragraph, parser, place, value)
    if (converted) children.push(converted)
  }
  for (const match of value.matchAll(separator)) {
    add(start, match.index)
    start = match.index + match[0].length
  }
  add(start, value.length)
  const root: NlcstRoot = {type: 'RootNode', children}
  const first = place.toPoint(0)
  const last = place.toPoint(value.length)
  if (first && last) root.position = {start: first, end: last}
  return root
}
