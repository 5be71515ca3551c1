import {openDictionary} from './hunspell.js'
import {HunspellSpeller, type SpellLanguage, type Speller} from './speller.js'

export type {SpellLanguage, Speller} from './speller.js'
export {HunspellSpeller} from './speller.js'
export {editDistance, clearSuggestion} from './suggestions.js'
export {SpellingChecker, type CheckerOptions, type Verdict} from './checker.js'
export {CompoundAnalyser, type CompoundOptions} from './compounds.js'
export {
  findMisspellings,
  misspellingsAmong,
  suspectWords,
  type DocumentWords,
  type Misspelling,
  type Passage,
  type SuspectWord,
  type TextNode,
  type TextPosition,
  type TextPoint
} from './document.js'
export {readMisspellings, parseMisspellings, readWordList, wordsOf} from './misspellings.js'
export {adviseOn, looksLikeTypo, type Advice} from './report.js'
export {groupRepeated, type RepeatedOptions} from './repeated.js'
export {isNonWord, letterCase, type LetterCase} from './shape.js'

/**
 * Dictionary packages per language; the first one ranks suggestions. English accepts British and American spelling
 * (Swedish public bodies mostly write British English, as the EU institutions do); British suggestions come first.
 */
const dictionaries: Record<SpellLanguage, readonly string[]> = {
  sv: ['dictionary-sv'],
  en: ['dictionary-en-gb', 'dictionary-en']
}

const spellers = new Map<SpellLanguage, Promise<Speller>>()

/**
 * The Hunspell speller for `language`. Loaded once per process: concurrent and later callers share one promise
 * (and so one cache).
 */
export function loadSpeller(language: SpellLanguage): Promise<Speller> {
  let speller = spellers.get(language)
  if (!speller) {
    const packages = dictionaries[language]
    if (!packages) return Promise.reject(new Error(`No dictionary for language “${String(language)}”`))
    speller = Promise.all(packages.map(openDictionary)).then((handles) => new HunspellSpeller(language, handles))
    // A failed load may be retried by a later caller.
    speller.catch(() => spellers.delete(language))
    spellers.set(language, speller)
  }
  return speller
}
