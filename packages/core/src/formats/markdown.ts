import type {Html, Root, Yaml} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {createRequire} from 'node:module'
import type {LinkInfo} from '../links.js'
import type {NlcstParserClass} from '../types.js'
import {blockToNlcst, mappedToNlcst} from '../nlcst/from-mdast.js'
import {htmlProse} from '../nlcst/html-in-markdown.js'
import {htmlComments} from './comments.js'
import {chunkMarkdown} from './markdown-chunks.js'
import {parseMarkdownSyntax} from './markdown-syntax.js'
import {placeUnpositioned} from './unpositioned.js'
import type {ParsedDocument, SourceComment} from './types.js'

// Not prose: code, raw HTML, front matter, link definitions. Inline code becomes a SourceNode; the text a reader
// sees in raw HTML (between its tags, in `alt`) is prose all the same.
const ignore = ['code', 'html', 'yaml', 'toml', 'definition', 'math', 'inlineMath']

export function parseMarkdown(file: VFile): ParsedDocument {
  const tree = parseChunked(String(file))
  // Only addresses found after parsing come without positions (see unpositioned.ts).
  if (/[@&]|www|http/i.test(String(file))) placeUnpositioned(tree, String(file))
  let declaredLanguage: string | undefined
  const comments: SourceComment[] = []
  const proseParts: string[] = []

  for (const node of tree.children) {
    if (node.type === 'yaml') declaredLanguage = frontMatterLanguage(node)
  }
  visit(tree, (node) => {
    if (node.type === 'html') comments.push(...htmlComments((node as Html).value, node.position?.start.offset ?? 0, file))
    if (ignore.includes(node.type) || node.type === 'inlineCode') return 'skip'
    if (node.type === 'paragraph' || node.type === 'heading') {
      // The sample needs only the first paragraphs; comments are collected in all of them (also inline ones).
      if (proseParts.length <= 40) proseParts.push(toString(node))
      for (const child of node.children) {
        if (child.type === 'html') comments.push(...htmlComments(child.value, child.position?.start.offset ?? 0, file))
      }
      return 'skip'
    }
    return undefined
  })

  return {
    format: 'markdown',
    declaredLanguage,
    proseSample: proseParts.join('\n'),
    comments,
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      return blocksToNlcst(tree, target, Parser)
    }
  }
}

/** Parse chunk by chunk (see markdown-chunks.ts) and move each chunk's positions to where it is in the document. */
function parseChunked(value: string): Root {
  const chunks = chunkMarkdown(value)
  if (chunks.length === 1) return withBom(parseMarkdownSyntax(value), value)
  const children: Root['children'] = []
  for (const chunk of chunks) {
    const part = withBom(parseMarkdownSyntax(chunk.text), chunk.text)
    shift(part, chunk.line - 1, chunk.offset, 0)
    children.push(...part.children)
  }
  const lines = value.split('\n')
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: value.length}}
  }
}

/**
 * micromark drops a byte order mark and counts offsets and first-line columns without it; the engine's offsets are
 * into the text as given (with the mark), so every position moves one character on.
 */
function withBom(tree: Root, text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return tree
  shift(tree, 0, 1, 1)
  // The document itself still starts before the mark.
  if (tree.position) tree.position.start = {line: 1, column: 1, offset: 0}
  return tree
}

/** Move every position by `lines` and `offset`; columns on the first line also by `column`. */
function shift(tree: Root, lines: number, offset: number, column: number): void {
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += column
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    }
  })
}

/**
 * Convert each leaf block (paragraph, heading) on its own. mdast-util-to-nlcst on the whole tree treats the document
 * as one sentence while parser plugins splice its token array, which is quadratic in the document's length; per
 * block the cost stays linear, with the same paragraphs as result.
 */
function blocksToNlcst(tree: Root, file: VFile, Parser: NlcstParserClass): NlcstRoot {
  const parser = new Parser()
  const place = location(file)
  const source = String(file)
  const children: NlcstRoot['children'] = []
  const links: LinkInfo[] = []
  file.data.links = links
  visit(tree, (node) => {
    if (node.type === 'html') {
      for (const pieces of htmlBlockProse(node, source)) {
        const paragraph = mappedToNlcst(pieces, parser, place, source)
        if (paragraph) children.push(paragraph)
      }
      return 'skip'
    }
    if (ignore.includes(node.type)) return 'skip'
    // GFM tables are not running prose (mdast-util-to-nlcst skips them too).
    if (node.type === 'table') return 'skip'
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined
    const paragraph = blockToNlcst(node, parser, place, source, undefined, links)
    if (paragraph) children.push(paragraph)
    return 'skip'
  })
  const root: NlcstRoot = {type: 'RootNode', children}
  if (tree.position) root.position = {start: {...tree.position.start}, end: {...tree.position.end}}
  return root
}

/**
 * The visible text of an HTML block. Only a block written as it is parsed (not inside a list or block quote, whose
 * markers micromark takes out of its value) is read; one inside a container stays out, as before.
 */
function htmlBlockProse(node: Html, source: string): ReturnType<typeof htmlProse> {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end - start !== node.value.length || !source.startsWith(node.value, start)) return []
  return htmlProse(source, start, end)
}

function frontMatterLanguage(node: Yaml): string | undefined {
  try {
    // A top-level `lang: sv` line is read directly; the YAML parser is loaded only for other forms.
    const simple = /^lang:[ \t]*["']?([\w-]+)["']?[ \t]*$/m.exec(node.value)
    if (simple) return simple[1]
    if (!/^lang:/m.test(node.value)) return undefined
    const {parse} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
    const data = parse(node.value) as unknown
    if (data && typeof data === 'object' && 'lang' in data) {
      const lang = (data as {lang: unknown}).lang
      if (typeof lang === 'string') return lang
    }
  } catch {
    // Broken front matter is not this step's business; the language is then detected.
  }
  return undefined
}
