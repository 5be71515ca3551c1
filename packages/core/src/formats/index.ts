import {extname} from 'node:path'
import type {VFile} from 'vfile'
import {parseHtml} from './html.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'
import type {FormatName, ParsedDocument} from './types.js'

export type {FormatName, ParsedDocument, SourceComment} from './types.js'

const byExtension: Record<string, FormatName> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.text': 'text'
}

/** Extensions `klarsprak check` looks for in folders. */
export const supportedExtensions = Object.keys(byExtension)

/** The format of a path by its extension; `undefined` when it is not supported. */
export function formatOf(path: string): FormatName | undefined {
  return byExtension[extname(path).toLowerCase()]
}

export function parseDocument(file: VFile, format: FormatName): ParsedDocument {
  if (format === 'markdown') return parseMarkdown(file)
  if (format === 'html') return parseHtml(file)
  return parseText(file)
}
