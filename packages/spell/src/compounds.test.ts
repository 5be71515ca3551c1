import {describe, expect, it} from 'vitest'
import {CompoundAnalyser} from './compounds.js'
import {loadSpeller} from './index.js'
import type {Speller} from './speller.js'

const speller = await loadSpeller('sv')

describe('CompoundAnalyser (Swedish)', () => {
  const analyser = new CompoundAnalyser(speller)

  it.each(['kärlbyte', 'kärltvätt', 'hämtschema', 'granneyttrande', 'licensmetadata', 'skärmläsartext', 'årsväljare'])(
    'accepts the compound %s, which Hunspell rejects',
    (word) => {
      expect(speller.correct(word)).toBe(false)
      expect(analyser.isCompound(word)).toBe(true)
    }
  )

  it.each([
    'komunen',
    'kommunn',
    'kommmunen',
    'handläggnigstid',
    'utbetalnig',
    // `till` + `fred` + `ställande`, but `tillfredsställande` is one letter away and needs fewer parts.
    'tillfredställande',
    // `väl` + `färdsystem`, but a joint `s` is missing: `välfärdssystem`.
    'välfärdsystem',
    'förskolla',
    'boendekonstnader'
  ])('refuses the typo %s', (word) => {
    expect(analyser.isCompound(word)).toBe(false)
  })

  it('needs parts of three letters', () => {
    // `ko` + `kärl` and `ut` + `från`: two-letter words are no parts.
    expect(analyser.isCompound('kokärl')).toBe(false)
    expect(analyser.isCompound('utfrån')).toBe(false)
    expect(new CompoundAnalyser(speller, {minPart: 5}).isCompound('kärlbyte')).toBe(false)
  })

  it('takes a joint `s` only where Hunspell does not list the form without it', () => {
    // `kommun-` is listed, `kommuns-` is not.
    expect(analyser.isCompound('kommunsstyrelsen')).toBe(false)
    expect(analyser.isCompound('gatusbelysning')).toBe(false)
  })

  it('can refuse a compound whose first Hunspell suggestion is one edit away', () => {
    expect(analyser.isCompound('ledaskap')).toBe(true)
    // `vårdnads` + `havre` (oats): the letter dropped from `vårdnadshavare` is far from the joint.
    expect(analyser.isCompound('vårdnadshavre')).toBe(true)
    const guarded = new CompoundAnalyser(speller, {suggestionGuard: true})
    expect(guarded.isCompound('ledaskap')).toBe(false)
    expect(guarded.isCompound('vårdnadshavre')).toBe(false)
    expect(guarded.isCompound('kärlbyte')).toBe(true)
  })

  it('asks Hunspell once per distinct word', () => {
    const counting: Speller = {...speller, correct: (word) => (calls++, speller.correct(word))}
    let calls = 0
    const fresh = new CompoundAnalyser(counting)
    fresh.isCompound('kärlbyte')
    const first = calls
    fresh.isCompound('kärlbyte')
    expect(first).toBeGreaterThan(0)
    expect(calls).toBe(first)
  })
})
