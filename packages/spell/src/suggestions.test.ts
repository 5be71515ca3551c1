import {describe, expect, it} from 'vitest'
import {clearSuggestion, editDistance} from './suggestions.js'

describe('editDistance', () => {
  it.each([
    ['kommun', 'kommun', 0],
    ['kommunn', 'kommun', 1],
    ['kommunn', 'kommunen', 1],
    ['recieve', 'receive', 1],
    ['ansökan', 'ansökkan', 1],
    ['hus', 'bil', 3],
    ['', 'abc', 3],
    ['åäö', 'aao', 3],
    ['ca', 'abc', 3]
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('clearSuggestion', () => {
  it('takes the first suggestion when it alone is closest and near', () => {
    expect(clearSuggestion('tillsammns', ['tillsammans', 'tillsamman'])).toBe('tillsammans')
    expect(clearSuggestion('stockholm', ['Stockholm'])).toBe('Stockholm')
  })

  it('gives none when another suggestion is as close', () => {
    expect(clearSuggestion('kommunn', ['kommun', 'kommunen', 'kommuns'])).toBeUndefined()
  })

  it('gives none when the first suggestion is far', () => {
    expect(clearSuggestion('skolpltas', ['skoltyskas'])).toBeUndefined()
    expect(clearSuggestion('ord', [])).toBeUndefined()
  })
})
