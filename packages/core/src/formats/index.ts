import {extname} from 'node:path'
import type {VFile} from 'vfile'
import type {HtmlSelection} from '../page-rules.js'
import {htmlTooDeep, markdownTooDeep} from './nesting.js'
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

// Each format's parser stack is loaded on first use: checking one Markdown file should not pay for an HTML parser.
const parsers: Record<FormatName, () => Promise<(file: VFile, selection?: HtmlSelection) => ParsedDocument>> = {
  markdown: async () => (await import('./markdown.js')).parseMarkdown,
  html: async () => (await import('./html.js')).parseHtml,
  text: async () => (await import('./text.js')).parseText,
  lines: async () => (await import('./text.js')).parseLines
}

/**
 * Parse a document; `selection` chooses the main content of HTML pages (other formats ignore it). Throws a
 * NestingLimitError, before any parsing, for Markdown or HTML nested deeper than the limits of nesting.ts.
 */
export async function parseDocument(file: VFile, format: FormatName, selection?: HtmlSelection): Promise<ParsedDocument> {
  const tooDeep = format === 'markdown' ? markdownTooDeep(String(file)) : format === 'html' ? htmlTooDeep(String(file)) : undefined
  if (tooDeep) throw tooDeep
  const parse = await parsers[format]()
  return parse(file, selection)
}
