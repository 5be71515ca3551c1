import {chunkMarkdown} from '@klarsprak/core'

/** A piece of a document that is checked on its own: it starts at the beginning of a line. */
export interface Block {
  text: string
  /** Offset and 1-based line of the block's first character in the document. */
  offset: number
  line: number
}

const frontMatter = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const blankLines = /\n[ \t]*(?:\r?\n[ \t]*)+\n?|\r\n[ \t]*\r\n/g
const definitionLine = /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$/gm

/**
 * Markdown split where no block can continue (core's chunker: outside fenced code, raw HTML and comments, before a
 * line that is not indented), with front matter as a block of its own. Each block parses as it would in the whole
 * document, except for link reference definitions, which {@link definitionsOf} supplies.
 */
export function markdownBlocks(value: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  let line = 1
  const matter = frontMatter.exec(value)
  if (matter) {
    blocks.push({text: matter[0], offset: 0, line: 1})
    start = matter[0].length
    line += countLines(matter[0])
  }
  if (start >= value.length) return blocks
  for (const chunk of chunkMarkdown(value.slice(start), 1)) {
    blocks.push({text: chunk.text, offset: start + chunk.offset, line: line + chunk.line - 1})
  }
  return blocks
}

/**
 * Plain text split into its paragraphs (blank lines between them, as core's text format does), each block starting
 * at a line start so that columns stay those of the document.
 */
export function textBlocks(value: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  let line = 1
  for (const match of value.matchAll(blankLines)) {
    const end = value.lastIndexOf('\n', match.index + match[0].length - 1) + 1
    if (end <= start) continue
    const text = value.slice(start, end)
    blocks.push({text, offset: start, line})
    line += countLines(text)
    start = end
  }
  if (start < value.length || blocks.length === 0) blocks.push({text: value.slice(start), offset: start, line})
  return blocks
}

/** The link reference definitions of a Markdown document (`[id]: https://…`), one per line. */
export function definitionsOf(value: string): string {
  if (!value.includes(']:')) return ''
  return (value.match(definitionLine) ?? []).join('\n')
}

export function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
