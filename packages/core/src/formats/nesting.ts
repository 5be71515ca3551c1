/**
 * Nesting limits, checked by a linear scan before a document is parsed. micromark's and hast's cost grows faster
 * than linearly with the depth of lists and blockquotes, and the tree walkers recurse, so 10,000 nested `>` take
 * minutes and then overflow the stack. Real documents stay far below these limits.
 */

/** Lists and blockquotes inside one another in Markdown. */
export const maxMarkdownNesting = 100
/** Elements inside one another in HTML (browsers flatten past 512; the tree walkers overflow near 2,000). */
export const maxHtmlNesting = 256

/** A document refused before parsing because it is nested deeper than the limit; `reason` is for the user. */
export class NestingLimitError extends Error {
  readonly reason: {sv: string; en: string}

  constructor(
    readonly line: number,
    readonly limit: number,
    kind: 'markdown' | 'html'
  ) {
    const what = kind === 'markdown' ? {sv: 'listor och citat', en: 'lists and block quotes'} : {sv: 'HTML-element', en: 'HTML elements'}
    const en = `Nested too deeply: more than ${limit} levels of ${what.en} on line ${line}. The file was not checked.`
    super(en)
    this.name = 'NestingLimitError'
    this.reason = {sv: `För djup nästling: fler än ${limit} nivåer av ${what.sv} på rad ${line}. Filen kontrollerades inte.`, en}
  }
}

// A fence at the top level only: a fence inside a list or quote ends with its container, which a line scan cannot
// tell, so those lines are counted like any other.
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * The first line whose container depth passes `limit`, else `undefined`. A line's depth counts its `>` and list
 * markers, and its indentation before them as one level per two columns (a nested list item is indented at least
 * two columns per level). Lines inside top-level fenced code do not count. Over-counting odd indentation is
 * harmless: only depths far beyond real documents are refused.
 */
export function markdownTooDeep(value: string, limit = maxMarkdownNesting): NestingLimitError | undefined {
  let line = 0
  let openFence: string | undefined
  for (let start = 0; start < value.length; ) {
    const newline = value.indexOf('\n', start)
    const end = newline === -1 ? value.length : newline
    line++
    const fenceMark = fence.exec(value.slice(start, Math.min(end, start + 64)))?.[1]
    if (openFence) {
      if (fenceMark && fenceMark[0] === openFence[0] && fenceMark.length >= openFence.length) openFence = undefined
    } else if (fenceMark) {
      openFence = fenceMark
    } else if (lineDepth(value, start, end, limit) > limit) {
      return new NestingLimitError(line, limit, 'markdown')
    }
    start = end + 1
  }
  return undefined
}

/** Container depth of one line, counted up to just past `limit` (so a long line costs no more than a short one). */
function lineDepth(value: string, start: number, end: number, limit: number): number {
  let depth = 0
  let columns = 0
  let at = start
  // One level for the marker ending at `last`; the one space after it belongs to the marker, not to indentation.
  const marked = (last: number) => {
    depth++
    return last + 1 < end && isBlank(value, last + 1, end) ? last + 1 : last
  }
  while (at < end && depth + (columns >> 1) <= limit) {
    const char = value.charCodeAt(at)
    if (char === 0x20) columns++
    else if (char === 0x09) columns += 4
    else if (char === 0x3e /* > */) at = marked(at)
    else if ((char === 0x2d || char === 0x2a || char === 0x2b) /* - * + */ && isBlank(value, at + 1, end)) at = marked(at)
    else if (char >= 0x30 && char <= 0x39) {
      let digits = at
      while (digits < end && digits - at < 9 && value.charCodeAt(digits) >= 0x30 && value.charCodeAt(digits) <= 0x39) digits++
      const delimiter = value.charCodeAt(digits)
      if ((delimiter !== 0x2e && delimiter !== 0x29) /* . ) */ || !isBlank(value, digits + 1, end)) break
      at = marked(digits)
    } else break
    at++
  }
  // Indentation counts only where a container marker follows it: indented code and continuation lines do not nest.
  return depth === 0 ? 0 : depth + (columns >> 1)
}

/** Whether the character at `at` is white space or the line's end (a list marker needs one after it). */
function isBlank(value: string, at: number, end: number): boolean {
  if (at >= end) return true
  const char = value.charCodeAt(at)
  return char === 0x20 || char === 0x09 || char === 0x0d
}

/** Elements whose end tag may be left out (`<p>`, `<li>`): the parser closes them, so they do not nest. */
const impliedEnd = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption', 'html', 'head', 'body'])
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame'])
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
// `[^<>]` stops a tag that never ends at the next `<`, so the scan stays linear.
const tag = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g

/**
 * The first place where HTML elements nest deeper than `limit`, else `undefined`: open tags less end tags, skipping
 * comments, raw text (scripts, styles) and elements whose end tag is implied or that have none.
 */
export function htmlTooDeep(value: string, limit = maxHtmlNesting): NestingLimitError | undefined {
  let depth = 0
  tag.lastIndex = 0
  for (let match = tag.exec(value); match; match = tag.exec(value)) {
    const name = match[2]?.toLowerCase()
    if (!name || impliedEnd.has(name) || voidElements.has(name)) continue
    if (match[1]) {
      if (depth > 0) depth--
      continue
    }
    if (rawText.has(name)) {
      // Skip to the end tag: `<div>` inside a script is not an element.
      const close = new RegExp(`</${name}`, 'gi')
      close.lastIndex = tag.lastIndex
      tag.lastIndex = close.exec(value)?.index ?? value.length
      continue
    }
    if (match[3]) continue
    if (++depth > limit) return new NestingLimitError(lineAt(value, match.index), limit, 'html')
  }
  return undefined
}

function lineAt(value: string, offset: number): number {
  let line = 1
  for (let at = value.indexOf('\n'); at !== -1 && at < offset; at = value.indexOf('\n', at + 1)) line++
  return line
}
