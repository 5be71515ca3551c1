import {describe, expect, it} from 'vitest'
import {capMessages, maxMessagesPerFile} from './cap.js'
import {SettingsResolver} from './config/resolve.js'
import {Linter} from './engine.js'
import {formatResult} from './formatters/index.js'
import {summarizeFiles} from './merge.js'
import {RuleRegistry} from './registry.js'
import type {FileResult, LintMessage, LintResult} from './result.js'
import {testPack, testPackEn} from './testing.js'

const registry = new RuleRegistry([testPack, testPackEn])

function message(severity: LintMessage['severity'], line: number): LintMessage {
  return {ruleId: 'plain-words', severity, message: `rad ${line}`, line, column: 1, endLine: line, endColumn: 2, fingerprint: ''}
}

const file = (messages: LintMessage[]): FileResult => ({
  path: 'brev.md',
  language: 'sv',
  textType: 'web',
  stats: {words: 0, sentences: 0, longWords: 0, lix: null, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0},
  messages
})

const asResult = (files: FileResult[]): LintResult => ({version: 1, tool: {name: 'klarsprak', version: '0.1.0'}, files, summary: summarizeFiles(files)})

describe('the cap on findings per file', () => {
  it('keeps errors before warnings before infos, each in document order, and counts the rest by severity', () => {
    const messages = [message('info', 1), message('warning', 2), message('error', 3), message('warning', 4), message('error', 5)]
    const capped = capMessages(file(messages), 3)
    expect(capped.messages.map((kept) => kept.line)).toEqual([2, 3, 5])
    expect(capped.omitted).toEqual({errors: 0, warnings: 1, infos: 1})
    expect(capMessages(file(messages), 5)).not.toHaveProperty('omitted')
  })

  it('applies to a linted file, and the summary, JSON and stylish output tell the whole count', async () => {
    const count = maxMessagesPerFile + 2345
    const value = 'Du erhåller beslutet.\n\n'.repeat(count)
    const settings = new SettingsResolver(registry, {}).settingsFor('/tmp/brev.md', undefined)
    const linted = await new Linter(registry).lint({path: 'brev.md', value}, settings)
    expect(linted.messages).toHaveLength(maxMessagesPerFile)
    expect(linted.omitted).toEqual({errors: 0, warnings: 2345, infos: 0})
    const result = asResult([linted])
    expect(result.summary).toMatchObject({errors: 0, warnings: count, infos: 0})

    const json = JSON.parse(formatResult(result, 'json')) as {files: Array<{messages: unknown[]; omitted: unknown}>; summary: {warnings: number}}
    expect(json.files[0]!.messages).toHaveLength(maxMessagesPerFile)
    expect(json.files[0]!.omitted).toEqual({errors: 0, warnings: 2345, infos: 0})
    expect(json.summary.warnings).toBe(count)

    const stylish = formatResult(result, 'stylish')
    expect(stylish).toContain('… och 2\u00a0345 fynd till visas inte (högst 1\u00a0000 per fil)')
    expect(stylish).toContain(`✖ ${count} problems (0 errors, ${count} warnings, 0 infos)`)
    const english = formatResult(asResult([{...linted, language: 'en'}]), 'stylish')
    expect(english).toContain('… and 2,345 more findings are not shown (at most 1,000 per file)')
  })
})
