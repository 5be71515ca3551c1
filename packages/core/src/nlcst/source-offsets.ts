import {fromMarkdown} from 'mdast-util-from-markdown'

/**
 * Where the characters of a decoded text (an mdast `text` value or image `alt`) come from in the source: character
 * `i` was produced by `source.slice(starts[i], ends[i])`. `undefined` from {@link sourceOffsets} means the text is
 * written literally at its node's start (the usual case), so character `i` is at `from + i`.
 */
export interface SourceOffsets {
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/**
 * Map `value`, decoded by micromark from `source.slice(from, to)`, back to the source character by character.
 *
 * micromark's text differs from its source in four ways, and the walk undoes each:
 * - a backslash escape (`\*`) gives its one character, a character reference (`&amp;`, `&#229;`) its decoded
 *   characters: each of these characters maps to the whole escape or reference;
 * - a continuation line loses its container prefix (`> `, list or footnote indentation) and its leading white space,
 *   and a line loses the white space before its line ending (a single trailing space, a tab): these source
 *   characters (space, tab, `>`) map to nothing and are skipped;
 * - U+0000 becomes U+FFFD: any other character that differs is taken as a replacement of one by one;
 * - in image `alt` text (`lenient`), emphasis, code and link markup is left out: every unmatched source character
 *   is skipped.
 * The walk is linear and allocates only for texts that are not written literally.
 */
export function sourceOffsets(value: string, source: string, from: number, to: number, lenient = false): SourceOffsets | undefined {
  const length = value.length
  // Every character of the text takes at least one source character (a reference or escape more, never fewer), and
  // skipped characters take some more: a source exactly as long as the text is the text written literally. Comparing
  // the two as well (`source.startsWith(value, from)`) cost 4 % of the whole conversion on the corpus.
  if (to - from === length) return undefined
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  let at = from
  let index = 0
  while (index < length) {
    if (at >= to) {
      // Not expected for micromark's text; the rest is placed at the end, empty, rather than somewhere wrong.
      starts.fill(to, index)
      ends.fill(to, index)
      break
    }
    const wanted = value.charCodeAt(index)
    const code = source.charCodeAt(at)
    if (code === 92 && at + 1 < to && source.charCodeAt(at + 1) === wanted && isAsciiPunctuation(wanted)) {
      starts[index] = at
      ends[index] = at + 2
      index++
      at += 2
      continue
    }
    if (code === 38) {
      const end = referenceEnd(source, at, to)
      if (end !== -1) {
        const decoded = decodeReference(source.slice(at, end))
        if (decoded !== undefined && value.startsWith(decoded, index)) {
          for (let count = 0; count < decoded.length; count++) {
            starts[index] = at
            ends[index] = end
            index++
          }
          at = end
          continue
        }
      }
    }
    if (code === wanted) {
      starts[index] = at
      ends[index] = at + 1
      index++
      at++
      continue
    }
    if (lenient || code === 32 || code === 9 || code === 62) {
      at++
      continue
    }
    starts[index] = at
    ends[index] = at + 1
    index++
    at++
  }
  return {starts, ends}
}

/** `!"#$%&'()*+,-./:;<=>?@[\]^_\`{|}~`: what a backslash escapes (CommonMark). */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/**
 * End of a character reference's syntax starting at `at` (`&name;`, `&#123;`, `&#x1F600;`, as micromark accepts
 * them: up to 31 alphanumerics, 7 decimal or 6 hexadecimal digits), or -1.
 */
function referenceEnd(source: string, at: number, to: number): number {
  let position = at + 1
  let max = 31
  let digit = isAsciiAlphanumeric
  if (source.charCodeAt(position) === 35) {
    position++
    const marker = source.charCodeAt(position)
    if (marker === 120 || marker === 88) {
      position++
      max = 6
      digit = isAsciiHexDigit
    } else {
      max = 7
      digit = isAsciiDigit
    }
  }
  const first = position
  while (position < to && position - first < max && digit(source.charCodeAt(position))) position++
  if (position === first || position >= to || source.charCodeAt(position) !== 59) return -1
  return position + 1
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57
const isAsciiHexDigit = (code: number) => isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
const isAsciiAlphanumeric = (code: number) => isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

const named = new Map<string, string | undefined>()

/**
 * What micromark decodes a character reference to, or `undefined` when it is not one (an unknown name stays
 * literal). Numeric references are decoded here as micromark does; a named one is decoded by micromark itself, once
 * per name, so the full HTML entity table is not needed here.
 */
function decodeReference(reference: string): string | undefined {
  if (reference.charCodeAt(1) === 35) {
    const hex = reference.charCodeAt(2) === 120 || reference.charCodeAt(2) === 88
    return decodeNumeric(Number.parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10))
  }
  if (named.has(reference)) return named.get(reference)
  const paragraph = fromMarkdown(reference).children[0]
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  const decoded = text?.type === 'text' && text.value !== reference ? text.value : undefined
  if (named.size > 10_000) named.clear()
  named.set(reference, decoded)
  return decoded
}

/** As `micromark-util-decode-numeric-character-reference`: controls, surrogates, non-characters and too large → U+FFFD. */
function decodeNumeric(code: number): string {
  if (
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111
  ) {
    return '\uFFFD'
  }
  return String.fromCodePoint(code)
}
