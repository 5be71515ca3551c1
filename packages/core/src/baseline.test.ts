import {describe, expect, it} from 'vitest'
import {applyBaseline, applyBaselineToResult, createBaseline, formatBaseline, parseBaseline} from './baseline.js'
import {formatStylish} from './formatters/stylish.js'
import type {FileResult, LintMessage, LintResult} from './result.js'

function message(ruleId: string, fingerprint: string, severity: LintMessage['severity'] = 'warning'): LintMessage {
  return {ruleId, severity, message: `Meddelande ${fingerprint}`, line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint}
}
function file(path: string, messages: LintMessage[]): FileResult {
  const stats = {words: 10, sentences: 1, longWords: 1, lix: 20, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}
  return {path, language: 'sv', textType: 'web', stats, messages}
}

describe('baseline', () => {
  const files = [file('b.md', [message('spelling', 'f3'), message('plain-words', 'f1')]), file('a.md', [message('plain-words', 'f2', 'error')])]

  it('lists every finding sorted by path, rule and fingerprint, in a stable text', () => {
    const baseline = createBaseline(files)
    expect(baseline.findings.map((entry) => `${entry.path} ${entry.ruleId} ${entry.fingerprint}`)).toEqual(['a.md plain-words f2', 'b.md plain-words f1', 'b.md spelling f3'])
    expect(formatBaseline(baseline)).toBe(formatBaseline(createBaseline([...files].reverse())))
    expect(parseBaseline(formatBaseline(baseline), 'bas.json')).toEqual(baseline)
  })

  it('hides known findings and counts them', () => {
    const baseline = createBaseline([files[0]!])
    const {files: kept, hidden} = applyBaseline(files, baseline)
    expect(hidden).toBe(2)
    expect(kept.flatMap((entry) => entry.messages.map((m) => m.fingerprint))).toEqual(['f2'])
    expect(files[0]!.messages).toHaveLength(2) // the input is not changed
  })

  it('keeps the entries of files not checked this time when asked to', () => {
    const previous = createBaseline(files)
    const updated = createBaseline([file('a.md', [])], previous, (path) => path !== 'gone.md')
    expect(updated.findings.map((entry) => entry.fingerprint)).toEqual(['f1', 'f3'])
    expect(createBaseline([file('a.md', [])], previous, () => false).findings).toEqual([])
  })

  it('names the file and the problem when it cannot be read', () => {
    expect(() => parseBaseline('{', 'bas.json')).toThrow(/^bas.json: the baseline is not valid JSON/)
    expect(() => parseBaseline('[]', 'bas.json')).toThrow('must be a JSON object')
    expect(() => parseBaseline('{"version": 2, "findings": []}', 'bas.json')).toThrow('baseline version 2 is not supported')
    expect(() => parseBaseline('{"version": 1, "findings": [{"path": "a"}]}', 'bas.json')).toThrow('`findings[0]` needs')
  })

  it('recounts the summary and says in stylish how many were hidden', () => {
    const result: LintResult = {version: 1, tool: {name: 'klarsprak', version: '0.1.0'}, files, summary: {files: 2, errors: 1, warnings: 2, infos: 0, fixed: 0}}
    const applied = applyBaselineToResult(result, createBaseline([files[1]!]))
    expect(applied.summary).toEqual({files: 2, errors: 0, warnings: 2, infos: 0, fixed: 0})
    expect(formatStylish(applied)).toContain('1 problem hidden by the baseline')
    const all = applyBaselineToResult(result, createBaseline(files))
    expect(formatStylish(all)).toBe('3 problems hidden by the baseline\n')
  })
})
