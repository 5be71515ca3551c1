/** Text encodings `klarsprak check` reads and writes back (UTF-16 only with its byte order mark). */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

/** The UTF-16 a byte order mark names (`FF FE` little-endian, `FE FF` big-endian), if any. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** Encode as UTF-16 with its byte order mark, in the given byte order. */
export function encodeUtf16(text: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const bytes = Buffer.from('\ufeff' + text, 'utf16le')
  if (encoding === 'utf-16be') bytes.swap16()
  return bytes
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Node's TextDecoder treats the label as Latin-1, so the
// table is here). Five bytes are undefined and decode to themselves, as browsers do.
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]
const encodeHigh = new Map(high.map((code, index) => [code, 0x80 + index]))

/** Decode Windows-1252 (the usual encoding of older Swedish municipal systems; a superset of Latin-1's letters). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let index = 0; index < bytes.length; index += 4096) {
    const codes = Array.from(bytes.subarray(index, index + 4096), (byte) => (byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80]! : byte))
    text += String.fromCharCode(...codes)
  }
  return text
}

/** Encode as Windows-1252; `undefined` when the text has a character the encoding cannot hold. */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : encodeHigh.get(code)
    if (byte === undefined) return undefined
    bytes[index] = byte
  }
  return bytes
}
