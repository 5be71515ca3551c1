import type {NounEnding, Paradigm, TermData} from './data.js'

// Swedish noun inflection for term lists: the forms of a term by slot, so that a form of a word to avoid
// (`dagiset`) can be paired with the same form of the preferred word (`förskolan`).

/** Form numbers within a paradigm. */
export const SINGULAR = 0
export const DEFINITE = 1
export const PLURAL = 2
export const PLURAL_DEFINITE = 3

/** A slot is a form number times two, plus one for the genitive: `förskolans` is slot 3 (definite, genitive). */
export type Slot = number

export const slotOf = (form: number, genitive: boolean): Slot => form * 2 + (genitive ? 1 : 0)
export const formOf = (slot: Slot): number => slot >> 1
export const isGenitive = (slot: Slot): boolean => (slot & 1) === 1
export const isPlural = (slot: Slot): boolean => formOf(slot) >= PLURAL
export const isDefinite = (slot: Slot): boolean => formOf(slot) === DEFINITE || formOf(slot) === PLURAL_DEFINITE

/** `förskolan` → `förskolans`; a form ending in s, x or z is its own genitive (`dagis`). */
export function genitiveOf(form: string): string {
  return /[sxz]$/i.test(form) ? form : form + 's'
}

/** Whether a form ending in s, x or z: its genitive is not a separate word. */
export const ownGenitive = (form: string): boolean => /[sxz]$/i.test(form)

/** Apply an ending's paradigm to a word: `förskola` with `a: [a, an, or, orna]`. */
export function applyEnding(word: string, noun: NounEnding): Paradigm {
  const stem = word.slice(0, word.length - noun.ending.length)
  return [stem + noun.forms[0], stem + noun.forms[1], stem + noun.forms[2], stem + noun.forms[3]]
}

/** The paradigm of the longest known ending that fits `word`, or undefined. */
export function knownParadigm(word: string, nouns: readonly NounEnding[]): Paradigm | undefined {
  const lower = word.toLowerCase()
  for (const noun of nouns) if (lower.endsWith(noun.ending)) return applyEnding(word, noun)
  return undefined
}

/** Every paradigm the guesses allow for a word whose declension is unknown. */
export function guessedParadigms(word: string, data: TermData): Paradigm[] {
  const lower = word.toLowerCase()
  const group = data.guesses.find((guess) => guess.endings.some((ending) => lower.endsWith(ending)))
  if (!group) return []
  return group.paradigms.map((forms) => {
    const ending = group.endings.find((candidate) => lower.endsWith(candidate)) ?? ''
    return applyEnding(word, {ending: ending === '' || forms[0] === '' ? '' : ending, forms})
  })
}

/** The forms every guess agrees on; the singular is always the word itself. */
export function agreedForms(word: string, data: TermData): Array<string | undefined> {
  const guesses = guessedParadigms(word, data)
  const forms: Array<string | undefined> = [word, undefined, undefined, undefined]
  for (let form = DEFINITE; form <= PLURAL_DEFINITE; form++) {
    const values = new Set(guesses.map((paradigm) => paradigm[form]))
    if (values.size === 1) forms[form] = [...values][0]
  }
  return forms
}

/** A term split into modifiers (`elektronisk`), head noun (`tjänst`) and a fixed tail (`med särskild service`). */
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

/** The weak form of an adjective (`elektronisk` → `elektroniska`), when its ending makes it certain. */
export function weakAdjective(word: string, data: TermData): string | undefined {
  const lower = word.toLowerCase()
  if (lower.endsWith('a')) return word
  // A genitive (`kommunens`) does not inflect.
  if (/(?:ens|ets|ns|arnas|ernas|ornas)$/.test(lower)) return word
  return data.adjectiveEndings.some((ending) => lower.endsWith(ending)) ? word + 'a' : undefined
}

/** Forms a modifier of a term to avoid may take in a text: as written, weak (`-a`) and neuter (`-t`). */
export function modifierVariants(word: string): string[] {
  const lower = word.toLowerCase()
  const variants = new Set([lower, lower + 'a', lower + 't'])
  if (/[at]$/.test(lower)) {
    const stem = lower.slice(0, -1)
    variants.add(stem)
    variants.add(stem + 'a')
    variants.add(stem + 't')
  }
  return [...variants]
}

/** Whether a paradigm is of an ett-word (`förskolan`: no; `dagiset`: yes); undefined when unknown. */
export function isNeuter(definite: string | undefined): boolean | undefined {
  if (definite === undefined) return undefined
  if (/t$/i.test(definite)) return true
  if (/n$/i.test(definite)) return false
  return undefined
}
