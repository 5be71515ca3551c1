/** A piece of a Markdown document that can be parsed on its own. */
export interface Chunk {
  text: string
  /** Offset and 1-based line of the chunk's first character in the whole document. */
  offset: number
  line: number
}

const fence = /^ {0,3}(`{3,}|~{3,})/
const rawHtmlStart = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i

/**
 * Split a large Markdown document at blank lines where no block can continue: outside fenced code, raw HTML blocks
 * and comments, and before a line that is not indented (so list items and indented code stay whole).
 *
 * micromark's cost grows faster than the document (its edit map re-slices growing event lists), so a 200,000-word
 * file parsed whole is several times slower per word than the same text in small files. Parsing chunks of about
 * `size` characters keeps the cost linear. Link reference definitions then only apply within their chunk; the
 * words of a `[label][ref]` link are checked either way.
 */
export function chunkMarkdown(value: string, size = 20_000): Chunk[] {
  if (value.length <= size * 1.5) return [{text: value, offset: 0, line: 1}]
  const chunks: Chunk[] = []
  let chunkStart = 0
  let chunkLine = 1
  let line = 1
  let offset = 0
  let openFence: string | undefined
  let rawHtml: string | undefined
  let inComment = false
  let previousBlank = false

  while (offset < value.length) {
    const newline = value.indexOf('\n', offset)
    const end = newline === -1 ? value.length : newline + 1
    const text = value.slice(offset, end).replace(/\r?\n$/, '')
    const blank = text.trim() === ''

    const safe = previousBlank && !blank && !openFence && !rawHtml && !inComment && !/^[ \t]/.test(text)
    if (safe && offset - chunkStart >= size) {
      chunks.push({text: value.slice(chunkStart, offset), offset: chunkStart, line: chunkLine})
      chunkStart = offset
      chunkLine = line
    }

    if (openFence) {
      const match = fence.exec(text)
      if (match && match[1]![0] === openFence[0] && match[1]!.length >= openFence.length && text.trim() === match[1]) openFence = undefined
    } else if (rawHtml) {
      if (text.toLowerCase().includes(`</${rawHtml}>`)) rawHtml = undefined
    } else if (inComment) {
      if (text.includes('-->')) inComment = false
    } else {
      const fenceMatch = fence.exec(text)
      const htmlMatch = rawHtmlStart.exec(text)
      if (fenceMatch) openFence = fenceMatch[1]
      else if (htmlMatch && !text.toLowerCase().includes(`</${htmlMatch[1]!.toLowerCase()}>`)) rawHtml = htmlMatch[1]!.toLowerCase()
      else if (text.lastIndexOf('<!--') > text.lastIndexOf('-->')) inComment = true
    }

    previousBlank = blank
    offset = end
    line++
  }
  chunks.push({text: value.slice(chunkStart), offset: chunkStart, line: chunkLine})
  return chunks
}
