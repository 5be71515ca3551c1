import {describe, expect, it} from 'vitest'
import {decodeWindows1252, encodeUtf16, encodeWindows1252} from './encoding.js'
import {decode} from './read.js'

describe('Windows-1252', () => {
  it('decodes the bytes that differ from Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x94, 0x96, 0x97, 0x85]))).toBe('€“”–—…')
    expect(decodeWindows1252(Uint8Array.from([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6]))).toBe('åäöÅÄÖ')
  })

  it('encodes back to the same bytes, for every byte', () => {
    const all = Uint8Array.from({length: 256}, (_, index) => index)
    expect(encodeWindows1252(decodeWindows1252(all))).toEqual(all)
  })

  it('refuses text it cannot hold', () => {
    expect(encodeWindows1252('Hej ✓')).toBeUndefined()
  })
})

describe('decode', () => {
  it('reads UTF-8 with and without a byte order mark, and Windows-1252 otherwise', () => {
    expect(decode(Buffer.from('\ufeffHåll', 'utf8'))).toEqual({ok: true, value: 'Håll', bom: true, encoding: 'utf-8'})
    expect(decode(Buffer.from('Håll', 'utf8'))).toEqual({ok: true, value: 'Håll', bom: false, encoding: 'utf-8'})
    expect(decode(Buffer.from([0x48, 0xe5, 0x6c, 0x6c]))).toEqual({ok: true, value: 'Håll', bom: false, encoding: 'windows-1252'})
    expect(decode(Buffer.from([0x48, 0x00]))).toMatchObject({ok: false})
  })
})

describe('UTF-16 with a byte order mark', () => {
  it('is read in either byte order and written back the same', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeUtf16('Hej då 👋', encoding)
      expect(decode(bytes)).toEqual({ok: true, value: 'Hej då 👋', bom: true, encoding})
    }
  })

  it('is not mistaken for binary, while UTF-16 without a byte order mark still is', () => {
    const withoutMark = Buffer.from('Hej', 'utf16le')
    expect(decode(withoutMark).ok).toBe(false)
  })
})
