import type {Misspelling} from './document.js'
import type {Speller} from './speller.js'
import {clearSuggestion} from './suggestions.js'

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
  const suggestions = speller.suggest(word).filter((s) => s.replace(/[\s-]/g, '').toLowerCase() !== joined)
  const clear = clearSuggestion(word, suggestions)
  const candidates = clear === undefined ? suggestions.slice(0, maxCandidates) : [clear]
  // Write suggestions with the document's own apostrophe.
  const typographic = misspelling.actual.includes('’')
  const restore = (candidate: string) => (typographic ? candidate.replaceAll("'", '’') : candidate)
  return clear === undefined
    ? {candidates: candidates.map(restore)}
    : {expected: restore(clear), candidates: [restore(clear)]}
}
