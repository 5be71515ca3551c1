import {describe, expect, it} from 'vitest'
import {SpellingChecker, type CheckerOptions} from './checker.js'
import type {Speller} from './speller.js'

/** A speller over a fixed word list (case-sensitive, like Hunspell for names), counting lookups. */
function fakeSpeller(words: readonly string[]): Speller & {calls: string[]} {
  const known = new Set(words)
  const calls: string[] = []
  return {
    language: 'sv',
    calls,
    get lookups() {
      return calls.length
    },
    correct(word) {
      calls.push(word)
      // Like Hunspell: a capitalised form of a lower-case word is right too.
      return known.has(word) || known.has(word.charAt(0).toLowerCase() + word.slice(1))
    },
    suggest: () => [],
    addWords: () => {}
  }
}

const dictionary = ['kommun', 'kommunen', 'ansökan', 'bygglov', 'tjänst', 'Stockholm', 'dvs.', 'handläggare']
const sv: CheckerOptions = {
  stripGenitive: (word) => (word.endsWith('s') ? word.slice(0, -1) : undefined),
  misspellings: new Map([['sammarbete', 'samarbete']]),
  prefixes: ['multi']
}

function checker(options: CheckerOptions = sv, words: readonly string[] = dictionary) {
  return new SpellingChecker(fakeSpeller(words), options)
}

describe('SpellingChecker', () => {
  it('accepts dictionary words and rejects others', () => {
    const check = checker()
    expect(check.check('kommunen').status).toBe('correct')
    expect(check.check('Kommunen').status).toBe('correct')
    expect(check.check('kommunn')).toEqual({status: 'misspelled', text: 'kommunn', offset: 0})
  })

  it('skips numbers, abbreviations and acronyms without asking the dictionary', () => {
    const speller = fakeSpeller(dictionary)
    const check = new SpellingChecker(speller, sv)
    for (const word of ['08-123', '3:e', 't.ex', 'm.m.', 'LSS', 'AB:s', 'SMS:a', 'x']) {
      expect(check.check(word).status, word).toBe('correct')
    }
    expect(speller.calls).toEqual([])
  })

  it('takes unknown capitalised words as possible names', () => {
    expect(checker().check('Njurunda').status).toBe('capitalised-unknown')
    expect(checker().check('Stockholm').status).toBe('correct')
    expect(checker().check('stockholm').status).toBe('misspelled')
  })

  it('accepts project words in any case and with a genitive -s', () => {
    const check = checker({...sv, accepted: ['Njurunda']})
    expect(check.check('Njurunda').status).toBe('correct')
    expect(check.check('Njurundas').status).toBe('correct')
    expect(check.check('njurunda').status).toBe('correct')
  })

  it('accepts the genitive of a dictionary word', () => {
    expect(checker().check('bygglovs').status).toBe('correct')
    expect(checker({}).check('bygglovs').status).toBe('misspelled')
  })

  it('corrects known misspellings, keeping the capital letter', () => {
    expect(checker().check('Sammarbete')).toEqual({
      status: 'misspelled',
      text: 'Sammarbete',
      offset: 0,
      correction: 'Samarbete'
    })
  })

  it('checks each part of a hyphenated word and points at the wrong one', () => {
    const check = checker()
    expect(check.check('bygglov-ansökan').status).toBe('correct')
    expect(check.check('LSS-handläggare').status).toBe('correct')
    expect(check.check('e-tjänst').status).toBe('correct')
    expect(check.check('multi-tjänst').status).toBe('correct')
    expect(check.check('LSS-handläggre')).toEqual({status: 'misspelled', text: 'handläggre', offset: 4})
    expect(check.check('bygglov-ansökkan')).toEqual({status: 'misspelled', text: 'ansökkan', offset: 8})
    expect(check.check('Bygglov-Njurunda').status).toBe('capitalised-unknown')
  })

  it('checks the word before a colon', () => {
    expect(checker().check('kommun:s').status).toBe('correct')
    expect(checker().check('kommunn:s')).toEqual({status: 'misspelled', text: 'kommunn', offset: 0})
  })

  it('accepts abbreviations the dictionary has with a dot', () => {
    expect(checker().check('dvs').status).toBe('correct')
  })

  it('accepts words of a second language when asked to', () => {
    const english = fakeSpeller(['cookies', 'London'])
    const check = checker({...sv, alsoAccept: english})
    expect(check.check('cookies').status).toBe('correct')
    expect(check.check('London').status).toBe('correct')
    expect(checker().check('cookies').status).toBe('misspelled')
  })

  it('accepts a second-language word with a first-language ending, on stems of three letters or more', () => {
    const english = fakeSpeller(['popup', 'app'])
    const check = checker({...sv, alsoAccept: english, loanEndings: ['en', 'er']})
    expect(check.check('popupen').status).toBe('correct')
    expect(check.check('popuper').status).toBe('correct')
    expect(check.check('popupet').status).toBe('misspelled')
    expect(checker({...sv, alsoAccept: english, loanEndings: ['pen']}).check('appen').status).toBe('misspelled')
  })

  it('ignores soft hyphens and zero-width characters, pointing at the whole word when it is wrong', () => {
    expect(checker().check('an\u00ADsökan').status).toBe('correct')
    expect(checker().check('kom\u200Bmunen').status).toBe('correct')
    expect(checker().check('an\u00ADsökkan')).toEqual({status: 'misspelled', text: 'an\u00ADsökkan', offset: 0})
  })

  it('reads typographic apostrophes as straight ones', () => {
    expect(checker({}, ["council's"]).check('council’s').status).toBe('correct')
  })

  it('asks the dictionary once per distinct word, and shares the lower-case lookup between cases', () => {
    const speller = fakeSpeller(dictionary)
    const check = new SpellingChecker(speller, sv)
    for (let round = 0; round < 100; round++) {
      check.check('kommunen')
      check.check('Kommunen')
      check.check('ansökan')
    }
    // Each spelling is classified once; `Kommunen` reuses the lower-case lookup (the speller caches it).
    expect(speller.calls).toEqual(['kommunen', 'kommunen', 'ansökan'])
  })
})
