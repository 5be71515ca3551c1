import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../result.js'
import {formatJson, type JsonDocument} from './json.js'

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

describe('json', () => {
  const output = formatJson(loadFixture())
  const document = JSON.parse(output) as JsonDocument

  it('writes the documented keys in the documented order', () => {
    expect(Object.keys(document)).toEqual(['version', 'tool', 'files', 'summary'])
    expect(Object.keys(document.files[0]!)).toEqual(['path', 'language', 'textType', 'stats', 'messages'])
    // The fixture lists longSentenceShare first and summary.errors first: the output reorders them.
    expect(Object.keys(document.files[0]!.stats)).toEqual([
      'words', 'sentences', 'longWords', 'lix', 'ovix', 'nominalRatio', 'passiveShare', 'longSentenceShare'
    ])
    expect(Object.keys(document.summary)).toEqual(['files', 'errors', 'warnings', 'infos', 'fixed'])
    expect(Object.keys(document.files[0]!.messages[0]!)).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected', 'url', 'fingerprint'
    ])
  })

  it('keeps every public field of a message exactly', () => {
    expect(document.files[0]!.messages[0]).toEqual({
      ruleId: 'plain-words',
      severity: 'warning',
      message: 'Skriv ”får” i stället för ”erhåller”.',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 13,
      actual: 'erhåller',
      expected: ['får'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/plain-words.md',
      fingerprint: '4be1c0a6d2f9e8b7'
    })
    expect(document.files[0]!.messages[1]!.expected).toEqual([''])
    expect(document.files[1]!.stats).toMatchObject({ovix: null, nominalRatio: null, lix: 29.4})
    expect(document.summary).toEqual({files: 4, errors: 4, warnings: 3, infos: 1, fixed: 0})
  })

  it('leaves out optional fields that are absent and every internal field', () => {
    expect(Object.keys(document.files[3]!.messages[0]!)).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fingerprint'
    ])
    expect(document).not.toHaveProperty('rules')
    expect(document.files[0]).not.toHaveProperty('output')
    expect(document.files[0]).not.toHaveProperty('fixed')
    for (const key of ['offset', 'endOffset', 'note']) expect(document.files[0]!.messages[0]).not.toHaveProperty(key)
    expect(output).not.toContain('internal fixed text')
  })

  it('writes Swedish text as it is, ends with a newline, and reads back to the same document', () => {
    expect(output).toContain('”erhåller”')
    expect(output).toContain('"path": "webb/Förskola/ansökan om plats.md"')
    expect(output.endsWith('}\n')).toBe(true)
    // `klarsprak merge` reads JSON results back: formatting them again changes nothing.
    expect(formatJson(JSON.parse(output) as LintResult)).toBe(output)
  })
})
