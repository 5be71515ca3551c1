import {readFileSync} from 'node:fs'
import {stripVTControlCharacters} from 'node:util'
import {describe, expect, it} from 'vitest'
import type {LintMessage, LintResult} from '../result.js'
import {formatStylish} from './stylish.js'

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

function message(fields: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column'>): LintMessage {
  return {endLine: fields.line, endColumn: fields.column + 1, fingerprint: 'f', ...fields}
}

function oneFile(path: string, messages: LintMessage[]): LintResult {
  const result = loadFixture()
  result.files = [{...result.files[0]!, path, messages}]
  return result
}

describe('stylish', () => {
  it('aligns line, column, severity, message and rule id in columns', () => {
    const result = oneFile('brev/beslut.md', [
      message({ruleId: 'plain-words', severity: 'warning', message: 'Skriv ”får” i stället för ”erhåller”.', line: 3, column: 5}),
      message({ruleId: 'sentence-length', severity: 'error', message: 'Dela upp meningen.', line: 12, column: 40}),
      message({ruleId: 'passive-voice', severity: 'info', message: 'Skriv aktivt.', line: 120, column: 1})
    ])
    expect(formatStylish(result)).toBe(
      '\n' +
        'brev/beslut.md\n' +
        '    3:5   warning  Skriv ”får” i stället för ”erhåller”.  plain-words\n' +
        '   12:40  error    Dela upp meningen.                     sentence-length\n' +
        '  120:1   info     Skriv aktivt.                          passive-voice\n' +
        '\n' +
        '✖ 3 problems (1 error, 1 warning, 1 info)\n'
    )
  })

  it('lists only files with findings and counts every severity', () => {
    const output = formatStylish(loadFixture())
    expect(output).not.toContain('om-kommunen.html')
    expect(output.split('\n').filter((line) => !line.startsWith(' ') && line !== '')).toEqual([
      'webb/Förskola/ansökan om plats.md',
      'en/news & events.md',
      'dokument/blankett.docx',
      '✖ 8 problems (4 errors, 3 warnings, 1 info)'
    ])
    // Every rule id of the first file starts in the same column.
    const rows = output.split('\n').slice(2, 7)
    const ruleColumns = rows.map((row) => row.search(/(plain-words|wordy-phrases|passive-voice|long-sentences)$/))
    expect(new Set(ruleColumns).size).toBe(1)
  })

  it('uses singular words for one and prints nothing without findings', () => {
    const single = oneFile('a.txt', [message({ruleId: 'spelling', severity: 'error', message: 'Fel.', line: 1, column: 1})])
    expect(formatStylish(single).trim().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos)')
    const clean = loadFixture()
    clean.files = [clean.files[1]!]
    expect(formatStylish(clean)).toBe('')
    expect(formatStylish(clean, {color: true})).toBe('')
  })

  it('colours only when asked, without changing the layout', () => {
    const plain = formatStylish(loadFixture())
    const coloured = formatStylish(loadFixture(), {color: true})
    expect(plain).not.toMatch(/\u001b\[/)
    expect(coloured).not.toBe(plain)
    expect(stripVTControlCharacters(coloured)).toBe(plain)
    expect(coloured).toContain('\u001b[4mwebb/Förskola/ansökan om plats.md\u001b[24m')
    expect(coloured).toContain('\u001b[31merror  \u001b[39m')
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m')
  })

  it('keeps one row per message and no terminal control codes from the text', () => {
    const result = oneFile('x\u001b[2J.md', [
      message({ruleId: 'quotes', severity: 'warning', message: 'Rad ett\nrad två\u0007', line: 1, column: 1})
    ])
    const output = formatStylish(result)
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(output.split('\n')).toContain('  1:1  warning  Rad ett rad två\uFFFD  quotes')
  })
})

describe('stylish after --fix', () => {
  it('says how many problems were fixed, also when none remain', async () => {
    const {formatStylish} = await import('./stylish.js')
    const clean = {version: 1 as const, tool: {name: 'klarsprak' as const, version: '0.1.0'}, files: [], summary: {files: 1, errors: 0, warnings: 0, infos: 0, fixed: 3}}
    expect(formatStylish(clean)).toBe('✔ 3 problems fixed\n')
    expect(formatStylish({...clean, summary: {...clean.summary, fixed: 0}})).toBe('')
  })
})
