import {describe, expect, it} from 'vitest'
import {inShard, parseShard, selectShard, shardKey, shardOf} from './shard.js'

const paths = Array.from({length: 400}, (_, index) => `webb/avdelning-${index % 7}/sida-${index}.md`)

describe('shards', () => {
  it('reads I/N and rejects anything else with a reason', () => {
    expect(parseShard('2/5')).toEqual({index: 2, total: 5})
    expect(parseShard(' 1 / 1 ')).toEqual({index: 1, total: 1})
    expect(() => parseShard('0/3')).toThrow('I must be between 1 and 3')
    expect(() => parseShard('4/3')).toThrow('I must be between 1 and 3')
    expect(() => parseShard('1/0')).toThrow('N must be at least 1')
    expect(() => parseShard('1.5/3')).toThrow('expects I/N')
    expect(() => parseShard('-1/3')).toThrow('expects I/N')
  })

  it('puts every path in exactly one shard, spread about evenly', () => {
    const parts = [1, 2, 3, 4].map((index) => selectShard(paths, {index, total: 4}))
    expect(parts.flat().sort()).toEqual([...paths].sort())
    for (const part of parts) expect(part.length).toBeGreaterThan(70)
    for (const path of paths) expect([1, 2, 3, 4].filter((index) => inShard(path, {index, total: 4}))).toHaveLength(1)
  })

  it('depends on the path only, not on the order or the other paths', () => {
    const before = new Map(paths.map((path) => [path, shardOf(path, 5)]))
    const reversed = [...paths, 'webb/ny-sida.md'].reverse()
    for (const path of reversed) if (before.has(path)) expect(shardOf(path, 5)).toBe(before.get(path))
    expect(selectShard([{path: paths[0]!}], {index: shardOf(paths[0]!, 5), total: 5}, (item) => item.path)).toHaveLength(1)
  })

  it('treats spellings of the same path alike, and URLs without their fragment', () => {
    expect(shardKey('./webb\\a.md')).toBe('webb/a.md')
    expect(shardOf('./webb//a.md', 7)).toBe(shardOf('webb/a.md', 7))
    expect(shardOf('https://www.exempel.se/a#topp', 7)).toBe(shardOf('https://www.exempel.se/a', 7))
    expect(shardKey('https://www.exempel.se//a')).toBe('https://www.exempel.se//a')
  })
})
