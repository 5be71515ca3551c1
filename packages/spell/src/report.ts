import type {Misspelling} from './document.js'
import type {Speller} from './speller.js'
import {clearSuggestion, editDistance} from './suggestions.js'

/** What to tell the writer about a misspelling. */
export interface Advice {
  /** The one clear correction, if there is one: goes into `expected`. */
  readonly expected?: string
  /** Up to three candidates to mention in the message (the clear correction alone when there is one). */
  readonly candidates: readonly string[]
}

/** The known correction, else Hunspell's suggestions with the clear one picked out. */
/** Longest word Hunspell is asked to suggest for. */
export const maxSuggestLength = 20

export function adviseOn(misspelling: Misspelling, speller: Speller, maxCandidates = 3): Advice {
  if (misspelling.correction !== undefined) {
    return {expected: misspelling.correction, candidates: [misspelling.correction]}
  }
  const word = misspelling.actual.replaceAll('’', "'")
  // Hunspell needs up to a tenth of a second to suggest for a long word (mostly unknown compounds) and seldom
  // finds anything useful; such words are reported without suggestions.
  if (word.length > maxSuggestLength) return {candidates: []}
  // Hunspell also proposes splitting the word (`adress` → `a dress`, `colour` → `co-lour`): no help to a writer.
  const joined = word.toLowerCase()
  const suggestions = speller.suggest(word).filter((s) => !/[\s-]/.test(s) || s.replace(/[\s-]/g, '').toLowerCase() !== joined)
  const clear = clearSuggestion(word, suggestions)
  const candidates = clear === undefined ? suggestions.slice(0, maxCandidates) : [clear]
  // Write suggestions with the document's own apostrophe.
  const typographic = misspelling.actual.includes('’')
  const restore = (candidate: string) => (typographic ? candidate.replaceAll("'", '’') : candidate)
  return clear === undefined
    ? {candidates: candidates.map(restore)}
    : {expected: restore(clear), candidates: [restore(clear)]}
}

/**
 * Unknown words shorter than this (`vue`, `csv`, `api`) are mostly code and acronyms: they need one clear correction
 * that is not shorter (`frå` → `från`), and in developer text they are not reported.
 */
const minTypoLetters = 5

/**
 * Whether an unknown word is worth a message in the default mode: it looks like a typo of a known word. A typo nearly
 * always has a known word within two letters (`kommunn`: `kommun`); a term, loan or name the dictionary lacks
 * (`validatorer`, `Granloholm`) seldom has. Words on the list of known misspellings always are. In developer
 * documentation, full of loans and code names with look-alikes, only a typo with one clear correction is.
 */
export function looksLikeTypo(misspelling: Misspelling, advise: () => Advice, {developer = false} = {}): boolean {
  if (misspelling.correction !== undefined) return true
  // Short unknown words in developer text are code and acronyms (`vue`, `csv`): no need to ask the slow `suggest`.
  const short = (misspelling.actual.match(/\p{L}/gu) ?? []).length < minTypoLetters
  if (short && developer) return false
  const advice = advise()
  // A short word shortened by its correction (`csv` → `cv`, `vue` → `ve`) is an acronym or a code name, not a typo.
  if (short) return advice.expected !== undefined && advice.expected.length >= misspelling.actual.length
  if (advice.expected !== undefined) return true
  if (developer) return false
  const lower = misspelling.actual.toLowerCase()
  return advice.candidates.some((candidate) => editDistance(lower, candidate.toLowerCase()) <= 2)
}
