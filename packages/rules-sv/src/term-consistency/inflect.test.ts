import {describe, expect, it} from 'vitest'
import {loadTermData} from './data.js'
import {agreedForms, guessedParadigms, knownParadigm, termParts, weakAdjective} from './inflect.js'
import {stem} from '@klarsprak/core'

const data = loadTermData()

describe('term-consistency: Swedish noun forms', () => {
  it.each([
    ['förskola', ['förskola', 'förskolan', 'förskolor', 'förskolorna']],
    ['e-tjänst', ['e-tjänst', 'e-tjänsten', 'e-tjänster', 'e-tjänsterna']],
    ['fritidshem', ['fritidshem', 'fritidshemmet', 'fritidshem', 'fritidshemmen']],
    ['vårdnadshavare', ['vårdnadshavare', 'vårdnadshavaren', 'vårdnadshavare', 'vårdnadshavarna']],
    ['äldreboende', ['äldreboende', 'äldreboendet', 'äldreboenden', 'äldreboendena']],
    ['Lägenhet', ['Lägenhet', 'Lägenheten', 'Lägenheter', 'Lägenheterna']]
  ])('knows the forms of %j from its ending', (word, forms) => {
    expect(knownParadigm(word, data.nouns)).toEqual(forms)
  })

  it('has no known paradigm for a word whose ending says nothing', () => {
    expect(knownParadigm('dagis', data.nouns)).toBeUndefined()
  })

  it('guesses every common declension for an unknown word, and keeps only the forms all guesses agree on', () => {
    const forms = guessedParadigms('dagis', data).flat()
    expect(forms).toEqual(expect.arrayContaining(['dagiset', 'dagisen', 'dagisar', 'dagisarna', 'dagiser']))
    expect(agreedForms('dagis', data)).toEqual(['dagis', undefined, undefined, undefined])
    expect(guessedParadigms('pojke', data).map((paradigm) => paradigm[2])).toContain('pojkar')
  })

  it('finds the head of a multi-word term', () => {
    expect(termParts('elektronisk tjänst', data)).toEqual({words: ['elektronisk', 'tjänst'], head: 1})
    expect(termParts('bostad med särskild service', data).head).toBe(0)
  })

  it('makes the weak form of an adjective only when its ending makes it certain', () => {
    expect(weakAdjective('elektronisk', data)).toBe('elektroniska')
    expect(weakAdjective('daglig', data)).toBe('dagliga')
    expect(weakAdjective('kommunens', data)).toBe('kommunens')
    expect(weakAdjective('särskilt', data)).toBeUndefined()
  })

  it('removes an inflection ending before comparing spellings, but keeps three letters', () => {
    expect(stem('etjänsterna', data.stemEndings)).toBe('etjänst')
    expect(stem('förskolans', data.stemEndings)).toBe('förskol')
    expect(stem('ena', data.stemEndings)).toBe('ena')
  })
})
