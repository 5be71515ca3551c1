import {describe, expect, it} from 'vitest'
import {parseMisspellings, wordsOf} from './misspellings.js'

describe('parseMisspellings', () => {
  it('reads `wrong: right` lines, skipping comments and blank lines', () => {
    const list = parseMisspellings('# comment\n\nRecieve: receive\ntillexempel: till exempel # note\n')
    expect([...list]).toEqual([
      ['recieve', 'receive'],
      ['tillexempel', 'till exempel']
    ])
  })

  it('names the line of a malformed entry', () => {
    expect(() => parseMisspellings('ok: fine\nbroken\n')).toThrow(/Line 2/)
  })
})

describe('wordsOf', () => {
  it('keeps each entry and the words of phrases', () => {
    expect(wordsOf([' Njurunda ', 'Kontaktcenter Sundsvall', ''])).toEqual([
      'Njurunda',
      'Kontaktcenter Sundsvall',
      'Kontaktcenter',
      'Sundsvall'
    ])
    expect(wordsOf(undefined)).toEqual([])
  })
})
