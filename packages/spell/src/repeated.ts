import type {Misspelling} from './document.js'
import {editDistance} from './suggestions.js'

export interface RepeatedOptions {
  /** Uses of one unknown word in a document from which it is taken as a possible term. Default 3. */
  readonly minOccurrences?: number
}

/**
 * An unknown word a document uses again and again is far likelier a term (`validatorn`, `kodförråd`) than a typo:
 * from `minOccurrences` uses on, it is reported once, at its first use, with `occurrences` set. Unless it is one or
 * two edits from a word the same text spells right (`kommunn` beside `kommun`): then it is a repeated typo, and
 * every use is reported. Words with a known correction are always reported.
 */
export function groupRepeated(
  misspellings: readonly Misspelling[],
  known: ReadonlySet<string>,
  options: RepeatedOptions = {}
): Misspelling[] {
  const minOccurrences = options.minOccurrences ?? 3
  const counts = new Map<string, number>()
  for (const misspelling of misspellings) {
    const key = misspelling.actual.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const reported = new Set<string>()
  const result: Misspelling[] = []
  for (const misspelling of misspellings) {
    const key = misspelling.actual.toLowerCase()
    const count = counts.get(key)!
    if (misspelling.correction !== undefined || count < minOccurrences || nearKnown(key, known)) {
      result.push(misspelling)
    } else if (!reported.has(key)) {
      reported.add(key)
      result.push({...misspelling, occurrences: count})
    }
  }
  return result
}

const nearCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>()

/** Whether `word` is one edit (two for words of eight letters or more) from a word in `known`. */
function nearKnown(word: string, known: ReadonlySet<string>): boolean {
  let cache = nearCache.get(known)
  if (!cache) nearCache.set(known, (cache = new Map()))
  let near = cache.get(word)
  if (near === undefined) {
    const maxDistance = word.length >= 8 ? 2 : 1
    near = false
    for (const candidate of known) {
      if (Math.abs(candidate.length - word.length) > maxDistance) continue
      if (editDistance(word, candidate) <= maxDistance) {
        near = true
        break
      }
    }
    cache.set(word, near)
  }
  return near
}
