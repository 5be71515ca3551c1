import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {FileResult, FileSettings} from '@klarsprak/core'
import {ResultCache, cacheKey, settingsHash} from './cache.js'

function settings(overrides: Partial<FileSettings> = {}): FileSettings {
  return {
    language: 'sv',
    textType: 'web',
    rules: new Map([
      ['plain-words', {severity: 'warning'}],
      ['sentence-length', {severity: 'warning', options: {max: 22, ignore: ['a', 'b']}}]
    ]),
    words: ['Snurrebo'],
    terms: [{prefer: 'förskola', avoid: ['dagis']}],
    ...overrides
  }
}
const result: FileResult = {
  path: 'a.md',
  language: 'sv',
  textType: 'web',
  stats: {words: 3, sentences: 1, longWords: 1, lix: 34.3, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0},
  messages: [{ruleId: 'plain-words', severity: 'warning', message: 'Skriv ”får”.', line: 1, column: 4, endLine: 1, endColumn: 12, fingerprint: 'abc', offset: 3}],
  output: 'fixed text',
  fixed: 1
}

describe('result cache', () => {
  it('keys on every setting that changes results, not on the order they were given in', () => {
    const base = settingsHash(settings())
    const reordered = settings({rules: new Map([...settings().rules].reverse()), configPath: '/elsewhere/.klarsprakrc.json'})
    expect(settingsHash(reordered)).toBe(base)
    expect(settingsHash(settings({words: ['Snurrebo', 'Grusby']}))).not.toBe(base)
    expect(settingsHash(settings({textType: 'letter'}))).not.toBe(base)
    expect(settingsHash(settings({language: 'auto'}))).not.toBe(base)
    expect(settingsHash(settings({terms: []}))).not.toBe(base)
    const options = settings()
    ;(options.rules as Map<string, unknown>).set('sentence-length', {severity: 'warning', options: {max: 25, ignore: ['a', 'b']}})
    expect(settingsHash(options)).not.toBe(base)
    const bytes = Buffer.from('Du erhåller.')
    expect(cacheKey(bytes, settings(), '0.1.0')).toBe(cacheKey(Buffer.from('Du erhåller.'), settings(), '0.1.0'))
    expect(cacheKey(bytes, settings(), '0.1.1')).not.toBe(cacheKey(bytes, settings(), '0.1.0'))
    expect(cacheKey(Buffer.from('Du erhåller!'), settings(), '0.1.0')).not.toBe(cacheKey(bytes, settings(), '0.1.0'))
  })

  it('stores results without the fixed text, returns copies, and writes through a rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klarsprak-cache-'))
    const path = join(dir, '.klarsprakcache')
    const cache = await ResultCache.open(path, '0.1.0')
    expect(cache.get('a.md', 'k1')).toBeUndefined()
    cache.set('a.md', 'k1', result)
    await cache.save()
    expect(readdirSync(dir)).toEqual(['.klarsprakcache'])

    const again = await ResultCache.open(path, '0.1.0')
    const stored = again.get('a.md', 'k1')!
    expect(stored.output).toBeUndefined()
    expect(stored.fixed).toBeUndefined()
    expect(stored.messages).toEqual(result.messages)
    stored.messages.length = 0
    expect(again.get('a.md', 'k1')!.messages).toHaveLength(1)
    expect(again.get('a.md', 'k2')).toBeUndefined()
    expect([again.hits, again.misses]).toEqual([2, 1])
    again.set('b.md', 'k9', result)
    again.prune((path) => path !== 'a.md')
    expect(again.get('a.md', 'k1')).toBeUndefined()
    expect(again.get('b.md', 'k9')).toBeDefined()

    // Another tool version: nothing is used, and the file is written again on save.
    const newer = await ResultCache.open(path, '0.2.0')
    expect(newer.get('a.md', 'k1')).toBeUndefined()
    await newer.save()
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({version: '0.2.0', entries: {}})
  })

  it('treats a damaged file as empty and replaces it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klarsprak-cache-'))
    const path = join(dir, 'cache.json')
    for (const damaged of ['{"format":1,', 'null', '[]', '{"format":1,"version":"0.1.0","entries":{"a.md":{"key":"k1","result":7}}}']) {
      writeFileSync(path, damaged)
      const cache = await ResultCache.open(path, '0.1.0')
      expect(cache.get('a.md', 'k1')).toBeUndefined()
      await cache.save()
    }
    expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow()
  })
})
