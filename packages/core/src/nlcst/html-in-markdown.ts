import {decodeHTML, decodeHTMLAttribute} from 'entities/decode'
import {mapDecoded, markupEnd} from '../formats/html-source.js'

/**
 * The text a reader sees in raw HTML inside Markdown: the text between the tags of an HTML block (a `<div>`, a
 * component such as `<FMessageBox title="…">`) and `alt` text, each decoded and mapped back to the source. Tags,
 * their attributes and comments are markup; scripts, styles, code and templates hold no prose.
 */

/** Decoded text with the source span of each character. */
export interface MappedText {
  value: string
  starts: Int32Array
  ends: Int32Array
}

// Elements whose text runs on within a sentence; any other tag ends the paragraph of prose before it.
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'img', 'ins', 'del', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr'])
const noProse = new Set(['script', 'style', 'pre', 'code', 'template', 'textarea', 'svg', 'math', 'kbd', 'samp', 'var'])

/** Paragraphs of the visible text of the HTML in `source.slice(from, to)`, each a list of mapped pieces. */
export function htmlProse(source: string, from: number, to: number): MappedText[][] {
  const paragraphs: MappedText[][] = []
  let current: MappedText[] = []
  const close = () => {
    if (current.length > 0) paragraphs.push(current)
    current = []
  }
  let at = from
  let textStart = from
  while (at < to) {
    if (source.charCodeAt(at) !== 60 /* < */) {
      at++
      continue
    }
    const end = Math.min(markupEnd(source, at), to)
    if (end === -1 || end <= at) {
      at++
      continue
    }
    pushText(current, source, textStart, at)
    const name = tagName(source, at)
    if (name && noProse.has(name) && source.charCodeAt(at + 1) !== 47) {
      // Skip to the element's end tag (or the end of the block when there is none).
      const closing = source.toLowerCase().indexOf(`</${name}`, end)
      at = closing === -1 || closing >= to ? to : closing
      textStart = at
      continue
    }
    const alt = name === 'img' ? altOf(source, at, end) : undefined
    if (alt) current.push(alt)
    else if (!name || !inline.has(name)) close()
    at = end
    textStart = end
  }
  pushText(current, source, textStart, to)
  close()
  return paragraphs.filter((pieces) => pieces.some((piece) => piece.value.trim() !== ''))
}

function pushText(into: MappedText[], source: string, from: number, to: number): void {
  if (to <= from) return
  const raw = source.slice(from, to)
  const value = raw.includes('&') ? decodeHTML(raw) : raw
  const {starts, ends} = mapDecoded(source, from, to, value, 'data')
  into.push({value, starts, ends})
}

/** The lower-case name of the tag at `at` (`<name` or `</name`), or undefined for a comment or doctype. */
function tagName(source: string, at: number): string | undefined {
  const match = /^<\/?([A-Za-z][\w.:-]*)/.exec(source.slice(at, at + 64))
  return match ? match[1]!.toLowerCase() : undefined
}

/** The `alt` attribute of the tag in `source.slice(from, to)`, decoded and mapped, when it has one. */
export function altOf(source: string, from: number, to: number): MappedText | undefined {
  const match = /\salt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(source.slice(from, to))
  if (!match) return undefined
  const raw = match[2] ?? match[3] ?? ''
  const start = from + match.index + match[0].length - raw.length - 1
  const value = decodeHTMLAttribute(raw)
  const {starts, ends} = mapDecoded(source, start, start + raw.length, value, 'attribute')
  return {value, starts, ends}
}
