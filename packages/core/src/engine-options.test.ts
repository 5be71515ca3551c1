import {describe, expect, it} from 'vitest'
import {SettingsResolver} from './config/resolve.js'
import {Linter} from './engine.js'
import {RuleRegistry} from './registry.js'
import {testPack, testPackEn} from './testing.js'

// Options the language server uses to check documents block by block.
const registry = new RuleRegistry([testPack, testPackEn])
const settings = new SettingsResolver(registry, {language: 'sv'}).settingsFor('/tmp/brev.md', undefined)
const linter = new Linter(registry)

describe('Linter options for editors', () => {
  it('onlyRules and skipRules choose the rules that run', async () => {
    const value = '# Brev\n\nDu erhåller xyz.\n'
    const all = (await linter.lint({path: 'brev.md', value}, settings)).messages.map((m) => m.ruleId)
    expect(all).toEqual(['plain-words', 'spelling'])
    const only = await linter.lint({path: 'brev.md', value}, settings, {onlyRules: new Set(['spelling'])})
    expect(only.messages.map((m) => m.ruleId)).toEqual(['spelling'])
    const skipped = await linter.lint({path: 'brev.md', value}, settings, {skipRules: new Set(['spelling'])})
    expect(skipped.messages.map((m) => m.ruleId)).toEqual(['plain-words'])
  })

  it('extraMessages are merged and silenced by inline directives like the others', async () => {
    const value = '<!-- klarsprak-disable plain-words -->\n\nText.\n'
    const extra = {ruleId: 'plain-words', severity: 'warning' as const, message: 'x', line: 3, column: 1, endLine: 3, endColumn: 5, offset: 40, endOffset: 44, fingerprint: ''}
    const result = await linter.lint({path: 'brev.md', value}, settings, {extraMessages: [extra]})
    expect(result.messages).toEqual([])
    const kept = await linter.lint({path: 'brev.md', value: 'Text.\n'}, settings, {extraMessages: [{...extra, line: 1, offset: 0, endOffset: 4}]})
    expect(kept.messages.map((m) => m.ruleId)).toEqual(['plain-words'])
  })

  it('fingerprints and stats can be left out', async () => {
    const result = await linter.lint({path: 'brev.md', value: 'Du erhåller svaret.\n'}, settings, {fingerprints: false, stats: false})
    expect(result.messages[0]!.fingerprint).toBe('')
    expect(result.stats.words).toBe(0)
  })

  it('a disable comment after the first 40 paragraphs, or inside a paragraph, still applies', async () => {
    const filler = Array.from({length: 45}, (_, index) => `Stycke ${index}.`).join('\n\n')
    const value = `${filler}\n\n<!-- klarsprak-disable-next-line plain-words -->\nDu erhåller svaret.\n\nVi har läst det <!-- klarsprak-disable-next-line plain-words -->\noch du erhåller svaret.\n`
    const result = await linter.lint({path: 'brev.md', value}, settings)
    expect(result.messages.filter((m) => m.ruleId === 'plain-words')).toEqual([])
  })

  it('a paragraph of 200,000 tokens is checked (no stack overflow)', async () => {
    const value = 'ord '.repeat(100_000) + 'erhåller.\n'
    for (const path of ['lang.md', 'lang.txt']) {
      const result = await linter.lint({path, value}, settings)
      expect(result.messages.map((m) => m.ruleId)).toEqual(['plain-words'])
    }
  })
})
