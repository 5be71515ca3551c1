import {describe, expect, it} from 'vitest'
import type {LintMessage} from '../../packages/core/dist/index.js'
import {findingProblems, lineStarts, visibleText} from './invariants.js'

/** The checks the properties rely on find what they are meant to find (a checker that passes everything passes no test). */
describe('property invariants', () => {
  const value = 'Hej 😀\r\nDu erh&aring;ller svar.\n'
  const starts = lineStarts(value)
  const finding = (offset: number, endOffset: number, line: number, column: number, endLine: number, endColumn: number, actual?: string): LintMessage => ({
    ruleId: 'plain-words', severity: 'warning', message: '', fingerprint: '', offset, endOffset, line, column, endLine, endColumn, actual
  })

  it('accepts an exact finding over a character reference', () => {
    expect(findingProblems('html', value, starts, finding(11, 25, 2, 4, 2, 18, 'erhåller'))).toEqual([])
  })

  it('finds a line or column that disagrees with the offset, counting CRLF as one line ending', () => {
    expect(findingProblems('html', value, starts, finding(11, 25, 2, 5, 2, 18, 'erhåller'))).toHaveLength(1)
    expect(findingProblems('html', value, starts, finding(11, 25, 3, 4, 2, 18, 'erhåller'))).toHaveLength(1)
  })

  it('finds a span outside the document, inside a surrogate pair or a CRLF', () => {
    expect(findingProblems('text', value, starts, finding(30, 99, 2, 23, 2, 92))[0]).toMatch(/outside/)
    expect(findingProblems('text', value, starts, finding(5, 6, 1, 6, 1, 7))).toEqual([expect.stringMatching(/splits/)])
    expect(findingProblems('text', value, starts, finding(7, 8, 1, 8, 2, 1))).toEqual([expect.stringMatching(/splits/)])
  })

  it('finds source text that is not `actual`', () => {
    expect(findingProblems('html', value, starts, finding(10, 24, 2, 3, 2, 17, 'erhåller'))[0]).toMatch(/is not actual/)
    expect(findingProblems('text', value, starts, finding(11, 25, 2, 4, 2, 18, 'erhåller'))[0]).toMatch(/is not actual/)
  })

  it('reads Markdown escapes, references and markup as a reader sees them', () => {
    expect(visibleText('markdown', '\\&amp; *erh&aring;ller* [x](https://a.se)\n> \\*')).toBe('&amp; erhåller x')
    expect(visibleText('html', '<em>erh&aring;ller</em>\n<script>x</script>')).toBe('erhåller')
  })
})
