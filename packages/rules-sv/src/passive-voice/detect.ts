import type {Sentence, SentenceContent, Word} from 'nlcst'
import {readDataFile} from '@klarsprak/core'
import {wordText} from '../word-text.js'
import {verbLexicon, type VerbLexicon} from './lexicon.js'

/** A passive in a sentence: indices of its first and last node in `sentence.children`. */
export interface PassiveMatch {
  /** `s`: s-passive (`skickas`); `bli`: bli + participle (`blir kontaktad`). */
  readonly kind: 's' | 'bli'
  readonly first: number
  readonly last: number
}

interface Deponent {
  lemma: string
  forms: string[]
  passiveBefore?: string[]
  passiveWith?: string[]
  deponentBefore?: string[]
}

interface DeponentRule {
  readonly passiveBefore?: ReadonlySet<string>
  readonly passiveWith?: readonly string[]
  readonly deponentBefore?: ReadonlySet<string>
}

const readData = <T>(name: string): T => readDataFile<T>(new URL(`../../data/${name}`, import.meta.url))

const deponentData = readData<{deponents: Deponent[]}>('passive-voice-deponents.yml')
const notVerbData = readData<{words: string[]; nouns: string[]; genitiveAfter: string[]}>(
  'passive-voice-not-verbs.yml'
)
const contextData = readData<{
  modals: string[]
  perfect: string[]
  bli: string[]
  between: string[]
  adjectives: string[]
}>('passive-voice-context.yml')
const irregularData = readData<{prefixes: string[]}>('passive-voice-irregular.yml')

const lowerSet = (list: readonly string[] | undefined) => new Set((list ?? []).map((word) => word.toLowerCase()))

/** Every form of every deponent, reciprocal and experiential s-verb, with its conditions. */
const deponents = new Map<string, DeponentRule>()
for (const entry of deponentData.deponents) {
  const rule: DeponentRule = {
    passiveBefore: entry.passiveBefore && lowerSet(entry.passiveBefore),
    passiveWith: entry.passiveWith?.map((word) => word.toLowerCase()),
    deponentBefore: entry.deponentBefore && lowerSet(entry.deponentBefore)
  }
  for (const form of entry.forms) deponents.set(form.toLowerCase(), rule)
}

/**
 * Strings grouped by a character code at one end, so that a word is compared only with the entries that can fit
 * it; entries too short to have that character are compared with every word.
 */
class AffixIndex {
  readonly #groups = new Map<number, string[]>()
  readonly #short: string[] = []

  /** `fromEnd`: group by the second-to-last character (suffixes), else by the first (prefixes). */
  constructor(
    entries: Iterable<string>,
    readonly fromEnd: boolean
  ) {
    for (const entry of entries) {
      if (entry.length < 2) {
        this.#short.push(entry)
        continue
      }
      const key = this.#key(entry)
      const group = this.#groups.get(key)
      if (group) group.push(entry)
      else this.#groups.set(key, [entry])
    }
  }

  #key(text: string): number {
    return this.fromEnd ? text.charCodeAt(text.length - 2) : text.charCodeAt(0)
  }

  /** The entries `word` can end with (`fromEnd`) or start with; more entries than that when it is short. */
  candidates(word: string): readonly string[] {
    const group = word.length >= 2 ? this.#groups.get(this.#key(word)) : undefined
    if (this.#short.length === 0) return group ?? none
    return group ? [...group, ...this.#short] : this.#short
  }
}

const none: readonly string[] = []

const notVerbs = lowerSet(notVerbData.words)
const nouns = lowerSet(notVerbData.nouns)
// A noun in -s may also end a compound (`parkeringsplats`).
const nounEnds = new AffixIndex(nouns, true)
const genitiveAfter = lowerSet(notVerbData.genitiveAfter)
const modals = lowerSet(contextData.modals)
const perfect = lowerSet(contextData.perfect)
const bliForms = lowerSet(contextData.bli)
const between = lowerSet(contextData.between)
const adjectives = lowerSet(contextData.adjectives)
const prefixes = new AffixIndex(lowerSet(irregularData.prefixes), false)

const letters = /^\p{L}+$/u
const capital = /^\p{Lu}/u
// Verbs in -era (`registreras`, `digitaliserades`) are productive; many are missing from any dictionary.
const eraVerb = /^\p{L}{4,}er(?:as|ades|ats)$/u

// Detection runs on every sentence of every document (for the rule and for the passive-share statistic), so it
// works on the sentence's children directly, allocates nothing for a word that cannot start a passive, and looks at
// neighbouring words only for one that can.

/** Whether a word whose first character has this code (below 128) may be a form of bli, by its first letter. */
const bliStartsAscii: boolean[] = []
for (let code = 0; code < 128; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  bliStartsAscii[code] = [...bliForms].some((form) => form.startsWith(lower))
}

/**
 * Whether a word can start a passive at all: an s-form ends in s, a bli-passive starts with a form of bli. Most
 * words are neither and need nothing more.
 */
function mayStartPassive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last === 115 || last === 83) return true // s, S
  const first = text.charCodeAt(0)
  if (first < 128 && !bliStartsAscii[first]) return false
  return bliForms.has(text.toLowerCase())
}

const lowerAt = (children: readonly SentenceContent[], index: number) => wordText(children[index] as Word).toLowerCase()

/** Index of the word before `children[index]` when only white space separates them, else -1. */
export function joinedBefore(children: readonly SentenceContent[], index: number): number {
  for (let at = index - 1; at >= 0; at--) {
    const type = children[at]!.type
    if (type === 'WordNode') return at
    if (type !== 'WhiteSpaceNode') return -1
  }
  return -1
}

/** Index of the word after `children[index]` when only white space separates them, else -1. */
export function joinedAfter(children: readonly SentenceContent[], index: number): number {
  for (let at = index + 1; at < children.length; at++) {
    const type = children[at]!.type
    if (type === 'WordNode') return at
    if (type !== 'WhiteSpaceNode') return -1
  }
  return -1
}

/** A noun in -s, alone or as the last part of a compound (`parkeringsplats`). */
function isNounEnd(word: string): boolean {
  for (const noun of nounEnds.candidates(word)) if (word.endsWith(noun)) return true
  return false
}

/** The nearest word before `index` that is not an adverb like `inte`, with only words and spaces in between. */
function governor(children: readonly SentenceContent[], index: number): string | undefined {
  for (let at = joinedBefore(children, index); at !== -1; at = joinedBefore(children, at)) {
    const previous = lowerAt(children, at)
    if (!between.has(previous) || modals.has(previous) || perfect.has(previous)) return previous
  }
  return undefined
}

/** An s-infinitive after a modal (`ska mappas`) or an s-supine after a form of ha (`har mergats`). */
function passiveByContext(word: string, children: readonly SentenceContent[], index: number): boolean {
  const before = governor(children, index)
  if (!before) return false
  // Not genitive plurals (`att kommunernas`) or genitives in -es (`att äldres`).
  if (modals.has(before)) return /(?:[^s]a|se)s$/u.test(word) && !/[aeo]rnas$/u.test(word)
  if (perfect.has(before)) return word.endsWith('ts')
  return false
}

/** Particle verbs the dictionary lacks (`återinförs`): a known prefix before a known passive of 5+ letters. */
function prefixedPassive(word: string, lexicon: VerbLexicon): boolean {
  for (const prefix of prefixes.candidates(word)) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    if (rest.length >= 5 && lexicon.passive.has(rest) && !deponents.has(rest)) return true
  }
  return false
}

function deponentIsPassive(rule: DeponentRule, children: readonly SentenceContent[], index: number): boolean {
  const next = joinedAfter(children, index)
  const following = next === -1 ? undefined : lowerAt(children, next)
  if (rule.deponentBefore) return !(following && rule.deponentBefore.has(following))
  if (following && rule.passiveBefore?.has(following)) return true
  if (rule.passiveWith) {
    for (const start of rule.passiveWith) {
      for (let at = 0; at < children.length; at++) {
        if (children[at]!.type === 'WordNode' && lowerAt(children, at).startsWith(start)) return true
      }
    }
  }
  return false
}

/** Whether the word `children[index]` (text `text`, lower case `word`) is an s-passive. */
function isSPassive(
  text: string,
  word: string,
  children: readonly SentenceContent[],
  index: number,
  lexicon: VerbLexicon
): boolean {
  if (word.length < 3 || !word.endsWith('s') || !letters.test(text)) return false
  const previous = joinedBefore(children, index)
  // A capital inside a sentence marks a name (`Lukas`, `Annas`).
  if (previous !== -1 && capital.test(text)) return false
  if (notVerbs.has(word) || nouns.has(word)) return false
  if (previous !== -1 && genitiveAfter.has(lowerAt(children, previous))) return false
  const deponent = deponents.get(word)
  if (deponent) return deponentIsPassive(deponent, children, index)
  if (lexicon.passive.has(word)) return true
  if (passiveByContext(word, children, index)) return true
  if (isNounEnd(word)) return false
  return prefixedPassive(word, lexicon) || eraVerb.test(word)
}

/** The bli-passive starting with the word `word` at `index`, if any: index of the participle, else -1. */
function bliParticiple(word: string, children: readonly SentenceContent[], index: number, lexicon: VerbLexicon): number {
  if (!bliForms.has(word)) return -1
  for (let at = joinedAfter(children, index); at !== -1; at = joinedAfter(children, at)) {
    const lower = lowerAt(children, at)
    if (lexicon.participles.has(lower) && !adjectives.has(lower)) return at
    if (!between.has(lower)) return -1
  }
  return -1
}

const noForms: ReadonlySet<string> = new Set()

/** Every s-passive and bli-passive in `sentence`, in order. `ignore` holds lowercase forms to skip. */
export function findPassives(sentence: Sentence, ignore: ReadonlySet<string> = noForms): PassiveMatch[] {
  const found: PassiveMatch[] = []
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (!mayStartPassive(text)) continue
    const word = text.toLowerCase()
    if (ignore.has(word)) continue
    const lexicon = verbLexicon()
    const participle = bliParticiple(word, children, index, lexicon)
    if (participle !== -1) {
      if (!ignore.has(lowerAt(children, participle))) found.push({kind: 'bli', first: index, last: participle})
      index = participle
      continue
    }
    if (isSPassive(text, word, children, index, lexicon)) found.push({kind: 's', first: index, last: index})
  }
  return found
}

/** Whether `sentence` has a passive: {@link findPassives} without `ignore`, stopping at the first. */
export function hasPassive(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (!mayStartPassive(text)) continue
    const word = text.toLowerCase()
    const lexicon = verbLexicon()
    if (bliParticiple(word, children, index, lexicon) !== -1 || isSPassive(text, word, children, index, lexicon)) return true
  }
  return false
}
