import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../result.js'
import {formatNames, formatResult, isFormatName, type FormatName} from './index.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

describe('formatResult', () => {
  it('knows the five formats of the command line', () => {
    expect(formatNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit'])
    expect(isFormatName('sarif')).toBe(true)
    expect(isFormatName('checkstyle')).toBe(false)
  })

  it('hands each format to its formatter with the options', () => {
    const result = loadFixture()
    const cwd = '/srv/kommun'
    expect(formatResult(result, 'stylish', {color: true, cwd})).toBe(formatStylish(result, {color: true}))
    expect(formatResult(result, 'json')).toBe(formatJson(result))
    expect(formatResult(result, 'sarif', {cwd})).toBe(formatSarif(result, {cwd}))
    expect(formatResult(result, 'github', {cwd})).toBe(formatGithub(result, {cwd}))
    expect(formatResult(result, 'junit')).toBe(formatJunit(result))
    const outputs = new Set(formatNames.map((name) => formatResult(result, name, {cwd})))
    expect(outputs.size).toBe(formatNames.length)
  })

  it('rejects an unknown format', () => {
    expect(() => formatResult(loadFixture(), 'checkstyle' as FormatName)).toThrow(/stylish, json, sarif, github, junit/)
  })
})
