import type {Element, Nodes, Root, Text} from 'hast'
import {DecodingMode, HtmlEntityDecoder} from 'entities/decode'

// Where the text of an HTML page came from. parse5 gives every text node the offsets of its first and last source
// character, but the node's value is not the source between them: character references are decoded (`&aring;` →
// `å`), line endings normalised (CRLF → LF), NUL characters dropped, and tags that the parser ignores (a stray
// `</span>`, a second `<html>`) or content it moved elsewhere (text foster-parented out of a table) leave no trace.
// Offsets laid end to end from the node's start drift after the first such difference. Here the source slice is
// walked next to the value, character by character, the way the tokenizer read it, with parse5's own decoder
// (`entities`) for references, so each character of the value maps to the source characters that produced it.

/** How the tokenizer reads a text: ordinary content, RCDATA (`title`, `textarea`), raw text, or an attribute value. */
export type TextMode = 'data' | 'rcdata' | 'raw' | 'attribute'

/** Where each character of a decoded text came from: `[starts[i], ends[i])` in the source. */
export interface SourceSpans {
  starts: Int32Array
  ends: Int32Array
  /** Whether every character was matched and nothing unexplained was left over or skipped. */
  exact: boolean
}

const rawTextElements = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript'])
const rcdataElements = new Set(['title', 'textarea'])

/** The tokenizer state the text children of an element with this name are read in. */
export function textModeIn(tagName: string | undefined): TextMode {
  if (tagName === undefined) return 'data'
  if (rawTextElements.has(tagName)) return 'raw'
  return rcdataElements.has(tagName) ? 'rcdata' : 'data'
}

let decoded = ''
const decoder = new HtmlEntityDecoder((codePoint) => {
  decoded += String.fromCodePoint(codePoint)
})

/** The character reference starting at `at` (an `&`): what it decodes to and how many characters it spans. */
function reference(source: string, at: number, mode: TextMode): {value: string; length: number} | undefined {
  decoded = ''
  decoder.startEntity(mode === 'attribute' ? DecodingMode.Attribute : DecodingMode.Legacy)
  let length = decoder.write(source, at + 1)
  if (length < 0) length = decoder.end()
  return length > 0 ? {value: decoded, length} : undefined
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13

/**
 * Where markup that starts at `at` (a `<` in content) ends: a start or end tag (attribute values in quotes may hold
 * `>`), a comment, a doctype or a bogus comment. -1 when this `<` is text (`a < b`).
 */
export function markupEnd(source: string, at: number): number {
  const next = source.charCodeAt(at + 1)
  const to = (index: number) => (index === -1 ? source.length : index + 1)
  if (next === 33 /* ! */) {
    if (source.startsWith('<!--', at)) {
      const close = source.indexOf('-->', at + 4)
      return close === -1 ? source.length : close + 3
    }
    return to(source.indexOf('>', at))
  }
  if (next === 63 /* ? */) return to(source.indexOf('>', at))
  let index: number
  if (next === 47 /* / */) {
    const after = source.charCodeAt(at + 2)
    if (after === 62 /* > */) return at + 3
    if (!isAsciiLetter(after)) return to(source.indexOf('>', at))
    index = at + 2
  } else if (isAsciiLetter(next)) {
    index = at + 1
  } else {
    return -1
  }
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (code === 62 /* > */) return index + 1
    index++
    if (code !== 61 /* = */) continue
    while (index < source.length && isSpace(source.charCodeAt(index))) index++
    const quote = source.charCodeAt(index)
    if (quote === 34 || quote === 39) {
      const close = source.indexOf(source[index]!, index + 1)
      index = close === -1 ? source.length : close + 1
    }
  }
  return source.length
}

/**
 * Map `value`, the decoded text of `source.slice(from, to)`, back onto the source: each character gets the span of
 * source characters that produced it (a reference maps to its decoded character or characters, CRLF to its LF).
 * `holes` are ranges inside the slice that belong to other nodes (content the parser moved), in order.
 */
export function mapDecoded(
  source: string,
  from: number,
  to: number,
  value: string,
  mode: TextMode,
  holes: ReadonlyArray<readonly [number, number]> = []
): SourceSpans {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let exact = true
  let at = from
  let index = 0
  let hole = 0
  const take = (length: number, count = 1) => {
    for (let k = 0; k < count; k++) {
      starts[index] = at
      ends[index] = at + length
      index++
    }
    at += length
  }
  while (index < value.length) {
    while (hole < holes.length && holes[hole]![1] <= at) hole++
    if (hole < holes.length && holes[hole]![0] <= at) {
      at = holes[hole]![1]
      continue
    }
    if (at >= to) {
      // The value is longer than the source explains: give the rest the end of the slice.
      exact = false
      starts.fill(to, index)
      ends.fill(to, index)
      break
    }
    const code = source.charCodeAt(at)
    if (code === 38 /* & */ && mode !== 'raw') {
      const found = reference(source, at, mode)
      if (found && value.startsWith(found.value, index)) {
        take(found.length, found.value.length)
        continue
      }
    }
    if (code === 60 /* < */ && mode === 'data') {
      const end = markupEnd(source, at)
      if (end !== -1) {
        at = end
        continue
      }
    }
    const wanted = value.charCodeAt(index)
    if (code === 13 /* \r */ && wanted === 10) {
      take(at + 1 < to && source.charCodeAt(at + 1) === 10 ? 2 : 1)
      continue
    }
    if (code === wanted) {
      take(1)
      continue
    }
    if (code === 0 && wanted === 0xfffd) {
      take(1)
      continue
    }
    // A character the parser dropped (NUL in body content) or something this walk does not know: skip it.
    if (code !== 0) exact = false
    at++
  }
  if (mode === 'attribute' && at < to) exact = false
  return {starts, ends, exact}
}

interface Range {
  start: number
  end: number
}

/**
 * The source map of one parsed page: the decoded text of any text node mapped back to the source, with the
 * ranges of nodes the parser moved into the middle of another node's text taken out.
 */
export class PageSource {
  readonly #spans = new WeakMap<Text, SourceSpans>()
  #modes: WeakMap<Text, TextMode> | undefined
  #ranges: Range[] | undefined

  constructor(
    readonly source: string,
    readonly tree: Root
  ) {}

  /** Where each character of `node.value` came from; `undefined` when the node has no position. */
  spansOf(node: Text, mode?: TextMode): SourceSpans | undefined {
    const known = this.#spans.get(node)
    if (known) return known
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    let spans: SourceSpans
    if (this.isVerbatim(node)) {
      spans = identity(start, node.value.length)
    } else {
      const textMode = mode ?? this.#modeOf(node)
      spans = mapDecoded(this.source, start, end, node.value, textMode, this.#holesIn(start, end))
      if (!spans.exact) spans = this.#earlierStart(node, start, end, textMode) ?? spans
    }
    this.#spans.set(node, spans)
    return spans
  }

  /** Whether the node's value is exactly its source (the usual case: no references, no CR, nothing skipped). */
  isVerbatim(node: Text): boolean {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start !== undefined && end !== undefined && end - start === node.value.length && this.source.startsWith(node.value, start)
  }

  /** Source offsets `[start, end)` of `node.value.slice(from, to)`. */
  spanOf(node: Text, from: number, to: number): [number, number] | undefined {
    const spans = this.spansOf(node)
    if (!spans) return undefined
    const length = node.value.length
    const first = Math.max(0, Math.min(from, length))
    const last = Math.max(first, Math.min(to, length))
    if (length === 0) return [node.position!.start.offset!, node.position!.start.offset!]
    if (last === first) {
      const at = first < length ? spans.starts[first]! : spans.ends[length - 1]!
      return [at, at]
    }
    return [spans.starts[first]!, Math.max(spans.starts[first]!, spans.ends[last - 1]!)]
  }

  /**
   * parse5 sometimes starts a text that opens with a character reference after the reference: after a dropped NUL
   * (`<p>\0&amp;`), or when white space before it went to another node (`</head>\n&amp; text`). The text then
   * really starts between the markup before it and the reported start: the first place from which it maps exactly.
   */
  #earlierStart(node: Text, start: number, end: number, mode: TextMode): SourceSpans | undefined {
    const holes = this.#holesIn(start, end)
    for (let from = Math.max(this.source.lastIndexOf('>', start - 1) + 1, start - 64); from < start; from++) {
      if (this.source.charCodeAt(from) !== 38 /* & */ && this.source.charCodeAt(from) !== 0) continue
      const retry = mapDecoded(this.source, from, end, node.value, mode, holes)
      if (retry.exact) return retry
    }
    return undefined
  }

  #modeOf(node: Text): TextMode {
    if (!this.#modes) {
      const modes = new WeakMap<Text, TextMode>()
      const walk = (parent: Root | Element, mode: TextMode) => {
        for (const child of parent.children) {
          if (child.type === 'text') modes.set(child, mode)
          else if (child.type === 'element') walk(child, textModeIn(child.tagName))
        }
      }
      walk(this.tree, 'data')
      this.#modes = modes
    }
    return this.#modes.get(node) ?? 'data'
  }

  /** Ranges of other nodes that start inside `[start, end)` (outermost only), in order. */
  #holesIn(start: number, end: number): Array<[number, number]> {
    if (!this.#ranges) {
      const ranges: Range[] = []
      const walk = (node: Nodes) => {
        const from = node.position?.start.offset
        const to = node.position?.end.offset
        if (node.type !== 'root' && from !== undefined && to !== undefined) ranges.push({start: from, end: to})
        if ('children' in node) for (const child of node.children) walk(child as Nodes)
      }
      walk(this.tree)
      ranges.sort((a, b) => a.start - b.start || b.end - a.end)
      this.#ranges = ranges
    }
    const ranges = this.#ranges
    let low = 0
    let high = ranges.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (ranges[middle]!.start <= start) low = middle + 1
      else high = middle
    }
    const holes: Array<[number, number]> = []
    for (let index = low; index < ranges.length && ranges[index]!.start < end; index++) {
      const range = ranges[index]!
      const last = holes[holes.length - 1]
      if (last && range.start < last[1]) continue
      holes.push([range.start, Math.min(range.end, end)])
    }
    return holes
  }
}

function identity(start: number, length: number): SourceSpans {
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  for (let index = 0; index < length; index++) {
    starts[index] = start + index
    ends[index] = start + index + 1
  }
  return {starts, ends, exact: true}
}

/** The decoded text of a part of a page, laid end to end, with the source span of each of its characters. */
export class DecodedText {
  #parts: string[] = []
  /** Per part: its spans, or the source offset of its first character when it is the source verbatim. */
  #spans: Array<{starts: Int32Array; ends: Int32Array} | number> = []
  length = 0
  #text: string | undefined
  #allStarts: Int32Array | undefined
  #allEnds: Int32Array | undefined

  /** Append `value`, whose characters came from the given spans. */
  append(value: string, starts: Int32Array, ends: Int32Array): void {
    this.#add(value, {starts, ends})
  }

  /** Append `value`, which is the source from offset `start` on, character for character. */
  appendVerbatim(value: string, start: number): void {
    this.#add(value, start)
  }

  #add(value: string, spans: {starts: Int32Array; ends: Int32Array} | number): void {
    this.#parts.push(value)
    this.#spans.push(spans)
    this.length += value.length
    this.#text = undefined
  }

  get text(): string {
    this.#join()
    return this.#text!
  }

  /** Source offsets `[start, end)` of the decoded characters `[from, to)`. */
  toSource(from: number, to: number): [number, number] | undefined {
    this.#join()
    const starts = this.#allStarts!
    const ends = this.#allEnds!
    if (this.length === 0) return undefined
    if (to <= from) {
      const at = from < this.length ? starts[from]! : ends[this.length - 1]!
      return [at, at]
    }
    const start = starts[Math.max(0, from)]!
    const end = ends[Math.min(to, this.length) - 1]!
    return [start, Math.max(start, end)]
  }

  #join(): void {
    if (this.#text !== undefined) return
    this.#text = this.#parts.join('')
    const starts = new Int32Array(this.length)
    const ends = new Int32Array(this.length)
    let at = 0
    for (const [index, spans] of this.#spans.entries()) {
      const length = this.#parts[index]!.length
      if (typeof spans === 'number') {
        for (let k = 0; k < length; k++) {
          starts[at + k] = spans + k
          ends[at + k] = spans + k + 1
        }
      } else {
        starts.set(spans.starts, at)
        ends.set(spans.ends, at)
      }
      at += length
    }
    this.#allStarts = starts
    this.#allEnds = ends
  }
}
