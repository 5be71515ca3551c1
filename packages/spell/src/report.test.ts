import {describe, expect, it} from 'vitest'

describe('adviseOn for long words', () => {
  it('does not ask Hunspell to suggest for words over 20 characters', async () => {
    const {adviseOn, maxSuggestLength} = await import('./report.js')
    let asked = 0
    const speller = {suggest: () => (asked++, ['x']), correct: () => false} as never
    const long = 'a'.repeat(maxSuggestLength + 1)
    expect(adviseOn({actual: long} as never, speller)).toEqual({candidates: []})
    expect(asked).toBe(0)
  })
})
