import type {TermData} from './data.js'

// English noun inflection for term lists: singular and plural, each also possessive, so that a form of a word to
// avoid (`citizens`) can be paired with the same form of the preferred word (`residents`).

/** Slots: plural adds 1, possessive adds 2. */
export type Slot = 0 | 1 | 2 | 3
export const SINGULAR: Slot = 0
export const PLURAL: Slot = 1
export const isPlural = (slot: Slot): boolean => (slot & 1) === 1
export const isPossessive = (slot: Slot): boolean => (slot & 2) === 2

/** `citizen` → `citizens`, `city` → `cities`, `tax` → `taxes`, `schoolchild` → `schoolchildren`. */
export function pluralOf(word: string, data: TermData): string {
  const lower = word.toLowerCase()
  for (const [singular, plural] of data.irregularPlurals) {
    if (!lower.endsWith(singular)) continue
    const at = word.length - singular.length
    // `Person` → `People`: the replaced part keeps its capital.
    const first = word.charAt(at)
    const keep = first !== first.toLowerCase() ? plural.charAt(0).toUpperCase() + plural.slice(1) : plural
    return word.slice(0, at) + keep
  }
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies'
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return word + 'es'
  return word + 's'
}

/** `resident` → `resident's`; `residents` → `residents'`; `children` → `children's`. */
export function possessiveOf(form: string, plural: boolean, apostrophe: string): string {
  return plural && /s$/i.test(form) ? form + apostrophe : form + apostrophe + 's'
}

/** A term split into the words before its head noun, the head, and a fixed tail (`head of service`). */
export interface TermParts {
  readonly words: readonly string[]
  readonly head: number
}

export function termParts(term: string, data: TermData): TermParts {
  const words = term.trim().split(/\s+/)
  for (let index = 1; index < words.length - 1; index++) {
    if (data.prepositions.has(words[index]!.toLowerCase())) return {words, head: index - 1}
  }
  return {words, head: words.length - 1}
}

/** The term in a slot: the head takes the plural, the last word the possessive. */
export function termForm(parts: TermParts, slot: Slot, apostrophe: string, data: TermData): string {
  const words = [...parts.words]
  if (isPlural(slot)) words[parts.head] = pluralOf(words[parts.head]!, data)
  if (isPossessive(slot)) {
    const last = words.length - 1
    words[last] = possessiveOf(words[last]!, isPlural(slot) && last === parts.head, apostrophe)
  }
  return words.join(' ')
}
