import {describe, expect, it} from 'vitest'
import {isTooLarge, maxFileSize, readBoundedStream} from './read.js'

describe('standard input', () => {
  it('stops reading just past the limit, so an endless input ends and is refused', async () => {
    let produced = 0
    async function* endless() {
      for (;;) {
        produced += 65_536
        yield Buffer.alloc(65_536, 'a')
      }
    }
    const text = await readBoundedStream(endless(), 1_000_000)
    expect(text.length).toBeGreaterThan(1_000_000)
    expect(produced).toBeLessThan(1_100_000)
  })

  it('reads an input within the limit whole, without its byte order mark', async () => {
    async function* two() {
      yield Buffer.from('\ufeffDu erhåller ')
      yield 'beslutet.'
    }
    expect(await readBoundedStream(two())).toBe('Du erhåller beslutet.')
  })

  it('measures the limit in UTF-8 bytes, as for a file', () => {
    expect(isTooLarge('a'.repeat(maxFileSize))).toBe(false)
    expect(isTooLarge('å'.repeat(maxFileSize / 2 + 1))).toBe(true)
  })
})
