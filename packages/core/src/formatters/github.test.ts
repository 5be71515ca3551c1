import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../result.js'
import {escapeData, escapeProperty, formatGithub} from './github.js'

const cwd = resolve(tmpdir(), 'kommunwebb')

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

describe('github', () => {
  it('writes one workflow command per finding, notice for info', () => {
    const lines = formatGithub(loadFixture(), {cwd}).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(8)
    expect(lines[0]).toBe(
      '::warning file=webb/Förskola/ansökan om plats.md,line=3,col=5,endLine=3,endColumn=13,title=plain-words' +
        '::Skriv ”får” i stället för ”erhåller”.'
    )
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual([
      '::warning', '::warning', '::warning', '::notice', '::error', '::error', '::error', '::error'
    ])
  })

  it('leaves out columns when a finding spans several lines, as GitHub requires', () => {
    const lines = formatGithub(loadFixture(), {cwd}).split('\n')
    expect(lines[4]).toBe(
      '::error file=webb/Förskola/ansökan om plats.md,line=12,endLine=14,title=long-sentences' +
        '::Meningen har 41 ord: dela upp den, 100 %25 av läsarna tackar dig, t.ex: här.'
    )
  })

  it('escapes %, CR and LF in messages, and also , and : in properties', () => {
    expect(escapeData('100 % klart\r\nsedan: a,b')).toBe('100 %25 klart%0D%0Asedan: a,b')
    expect(escapeProperty('C:\\kommun\\a,b.md')).toBe('C%3A\\kommun\\a%2Cb.md')
    const result = loadFixture()
    result.files = [{...result.files[2]!, path: 'nyheter/möte, 12:30.md'}]
    result.files[0]!.messages = [{...result.files[0]!.messages[0]!, ruleId: 'x:y', message: 'Rad ett\nrad två 5 %'}]
    expect(formatGithub(result, {cwd})).toBe(
      '::error file=nyheter/möte%2C 12%3A30.md,line=2,col=3,endLine=2,endColumn=9,title=x%3Ay::Rad ett%0Arad två 5 %25\n'
    )
  })

  it('writes paths relative to the repository root (cwd) with forward slashes', () => {
    const result = loadFixture()
    result.files = [
      {...result.files[2]!, path: join(cwd, 'webb', 'äldreomsorg.md')},
      {...result.files[2]!, path: 'https://www.kommun.se/nyheter'}
    ]
    const files = formatGithub(result, {cwd})
      .trim()
      .split('\n')
      .map((line) => /file=([^,]*)/.exec(line)?.[1])
    expect(files).toEqual(['webb/äldreomsorg.md', 'webb/äldreomsorg.md', 'https%3A//www.kommun.se/nyheter', 'https%3A//www.kommun.se/nyheter'])
  })

  it('prints nothing when there are no findings', () => {
    const result = loadFixture()
    result.files = [result.files[1]!]
    expect(formatGithub(result, {cwd})).toBe('')
  })
})
