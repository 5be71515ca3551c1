import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {examplesFor, parseRuleDoc, ruleDoc} from './docs.js'
import {kindOf} from './route.js'
import {readClientSettings} from './workspace.js'

describe('rule pages', () => {
  test('summary and the first examples of the main and English sections', () => {
    const doc = parseRuleDoc(readFileSync(new URL('../../../rules/plain-words.md', import.meta.url), 'utf8'))
    expect(doc.summary).toMatch(/^Flags officialese/)
    expect(examplesFor(doc, 'sv', true)?.invalid).toMatch(/^Du erhåller beslutet/)
    expect(examplesFor(doc, 'en', true)?.invalid).toBeDefined()
    expect(examplesFor(doc, 'en', true)?.invalid).not.toBe(examplesFor(doc, 'sv', true)?.invalid)
  })

  test('a missing page or an odd id gives nothing', () => {
    expect(ruleDoc('no-such-rule')).toBeUndefined()
    expect(ruleDoc('../package')).toBeUndefined()
  })
})

describe('routing and settings', () => {
  test('languageIds map to one checker kind each', () => {
    expect(['markdown', 'html', 'plaintext', 'handlebars', 'javascript'].map(kindOf)).toEqual(['markdown', 'html', 'text', 'handlebars', undefined])
  })

  test('client settings keep defaults for missing or wrong values', () => {
    expect(readClientSettings({language: 'en', textType: 'letter', debounceMs: 40, enable: false})).toEqual({
      enable: false,
      language: 'en',
      textType: 'letter',
      configPath: '',
      debounceMs: 40
    })
    expect(readClientSettings({language: 'fi', textType: 7, debounceMs: -1})).toEqual(readClientSettings(undefined))
  })
})
