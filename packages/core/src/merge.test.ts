import {describe, expect, it} from 'vitest'
import {toJsonDocument} from './formatters/json.js'
import {mergeResults, parseResultDocument} from './merge.js'
import type {LintResult} from './result.js'

function result(version: string, paths: Array<[string, number]>): LintResult {
  const stats = {words: 10, sentences: 1, longWords: 1, lix: 20, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}
  const files = paths.map(([path, errors]) => ({
    path,
    language: 'sv' as const,
    textType: 'web' as const,
    stats,
    messages: Array.from({length: errors}, (_, index) => ({ruleId: 'personal-identity-number', severity: 'error' as const, message: 'Ta bort personnumret.', line: index + 1, column: 1, endLine: index + 1, endColumn: 14, fingerprint: `${path}${index}`}))
  }))
  return {version: 1, tool: {name: 'klarsprak', version}, files, summary: {files: files.length, errors: 99, warnings: 0, infos: 0, fixed: 1}}
}
const text = (value: LintResult) => JSON.stringify(toJsonDocument(value))

describe('merge', () => {
  it('reads its own JSON back and recounts the summary', () => {
    const parsed = parseResultDocument(text(result('0.1.0', [['a.md', 2]])), 'a.json')
    expect(parsed.summary).toEqual({files: 1, errors: 2, warnings: 0, infos: 0, fixed: 1})
    expect(parsed.files[0]!.messages[1]!.fingerprint).toBe('a.md1')
  })

  it('names the file and the first problem', () => {
    expect(() => parseResultDocument('nope', 'shard-2.json')).toThrow(/^shard-2.json: not valid JSON/)
    expect(() => parseResultDocument('{"version": 2}', 'x.json')).toThrow('x.json: `version` is 2, expected 1')
    expect(() => parseResultDocument('{"version": 1, "tool": {"name": "eslint"}}', 'x.json')).toThrow('`tool.name` must be "klarsprak"')
    const bad = JSON.parse(text(result('0.1.0', [['a.md', 1]])))
    bad.files[0].messages[0].severity = 'fatal'
    expect(() => parseResultDocument(JSON.stringify(bad), 'x.json')).toThrow('`files[0].messages[0].severity` must be error, warning or info')
    delete bad.files[0].stats
    expect(() => parseResultDocument(JSON.stringify(bad), 'x.json')).toThrow('`files[0].stats.words` must be a number')
  })

  it('sorts by path, keeps the last of a path present twice and says so', () => {
    const {result: merged, warnings} = mergeResults([
      {name: 'one.json', result: result('0.1.0', [['b.md', 1], ['a.md', 1]])},
      {name: 'two.json', result: result('0.1.0', [['c.md', 0], ['a.md', 3]])}
    ])
    expect(merged.files.map((file) => file.path)).toEqual(['a.md', 'b.md', 'c.md'])
    expect(merged.files[0]!.messages).toHaveLength(3)
    expect(merged.summary).toEqual({files: 3, errors: 4, warnings: 0, infos: 0, fixed: 2})
    expect(warnings).toEqual(['a.md is in both one.json and two.json; keeping the one in two.json'])
  })

  it('warns when the inputs come from different versions', () => {
    const {warnings, result: merged} = mergeResults([
      {name: 'a', result: result('0.1.0', [])},
      {name: 'b', result: result('0.2.0', [])}
    ])
    expect(warnings[0]).toContain('different klarsprak versions (0.1.0, 0.2.0)')
    expect(merged.tool.version).toBe('0.2.0')
  })
})
