import {describe, expect, test} from 'vitest'
import {statusText, statusTooltip} from './status.js'

describe('status bar', () => {
  test('Swedish: LIX rounded, words grouped the Swedish way', () => {
    expect(statusText({language: 'sv', words: 1234, sentences: 80, lix: 38.46})).toBe('LIX 38 · 1\u00a0234 ord')
    expect(statusTooltip({language: 'sv', words: 1234, sentences: 80, lix: 38.46})).toContain('LIX 38,5, 1\u00a0234 ord, 80 meningar')
  })

  test('English, and no LIX for an empty document', () => {
    expect(statusText({language: 'en', words: 0, sentences: 0, lix: null})).toBe('LIX – · 0 words')
  })
})
