import type {Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {readDataFile} from '@klarsprak/core'
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

const notVerbs = lowerSet(notVerbData.words)
const nounEnds = [...lowerSet(notVerbData.nouns)]
const genitiveAfter = lowerSet(notVerbData.genitiveAfter)
const modals = lowerSet(contextData.modals)
const perfect = lowerSet(contextData.perfect)
const bliForms = lowerSet(contextData.bli)
const between = lowerSet(contextData.between)
const adjectives = lowerSet(contextData.adjectives)
// Longest first, so `omhänder` is tried before `om`.
const prefixes = [...lowerSet(irregularData.prefixes)].sort((a, b) => b.length - a.length)

const letters = /^\p{L}+$/u
const capital = /^\p{Lu}/u
// Verbs in -era (`registreras`, `digitaliserades`) are productive; many are missing from any dictionary.
const eraVerb = /^\p{L}{4,}er(?:as|ades|ats)$/u

interface Token {
  readonly index: number
  readonly text: string
  readonly lower: string
  /** Whether only white space separates this word from the previous word. */
  readonly joined: boolean
}

function tokensOf(children: readonly SentenceContent[]): Token[] {
  const tokens: Token[] = []
  let joined = false
  for (const [index, child] of children.entries()) {
    if (child.type === 'WordNode') {
      const text = toString(child)
      tokens.push({index, text, lower: text.toLowerCase(), joined})
      joined = true
    } else if (child.type !== 'WhiteSpaceNode') {
      joined = false
    }
  }
  return tokens
}

/** A noun in -s, alone or as the last part of a compound (`parkeringsplats`). */
function isNounEnd(word: string): boolean {
  return nounEnds.some((noun) => word.endsWith(noun))
}

/** The nearest word before `position` that is not an adverb like `inte`, with only words and spaces in between. */
function governor(tokens: readonly Token[], position: number): Token | undefined {
  for (let index = position; index > 0 && tokens[index]!.joined; index--) {
    const previous = tokens[index - 1]!
    if (!between.has(previous.lower) || modals.has(previous.lower) || perfect.has(previous.lower)) return previous
  }
  return undefined
}

/** An s-infinitive after a modal (`ska mappas`) or an s-supine after a form of ha (`har mergats`). */
function passiveByContext(word: string, tokens: readonly Token[], position: number): boolean {
  const before = governor(tokens, position)?.lower
  if (!before) return false
  // Not genitive plurals (`att kommunernas`) or genitives in -es (`att äldres`).
  if (modals.has(before)) return /(?:[^s]a|se)s$/u.test(word) && !/[aeo]rnas$/u.test(word)
  if (perfect.has(before)) return word.endsWith('ts')
  return false
}

/** Particle verbs the dictionary lacks (`återinförs`): a known prefix before a known passive of 5+ letters. */
function prefixedPassive(word: string, lexicon: VerbLexicon): boolean {
  for (const prefix of prefixes) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    if (rest.length >= 5 && lexicon.passive.has(rest) && !deponents.has(rest)) return true
  }
  return false
}

function deponentIsPassive(rule: DeponentRule, next: Token | undefined, tokens: readonly Token[]): boolean {
  const following = next?.joined ? next.lower : undefined
  if (rule.deponentBefore) return !(following && rule.deponentBefore.has(following))
  if (following && rule.passiveBefore?.has(following)) return true
  if (rule.passiveWith?.some((start) => tokens.some((token) => token.lower.startsWith(start)))) return true
  return false
}

function isSPassive(tokens: readonly Token[], position: number, lexicon: VerbLexicon): boolean {
  const token = tokens[position]!
  const word = token.lower
  if (word.length < 3 || !word.endsWith('s') || !letters.test(token.text)) return false
  // A capital inside a sentence marks a name (`Lukas`, `Annas`).
  if (capital.test(token.text) && position > 0 && token.joined) return false
  if (notVerbs.has(word) || nounEnds.includes(word)) return false
  const previous = position > 0 && token.joined ? tokens[position - 1] : undefined
  if (previous && genitiveAfter.has(previous.lower)) return false

  const deponent = deponents.get(word)
  if (deponent) return deponentIsPassive(deponent, tokens[position + 1], tokens)
  if (lexicon.passive.has(word)) return true
  if (passiveByContext(word, tokens, position)) return true
  if (isNounEnd(word)) return false
  return prefixedPassive(word, lexicon) || eraVerb.test(word)
}

/** The bli-passive starting at `position`, if any: index of the participle's token. */
function bliParticiple(tokens: readonly Token[], position: number, lexicon: VerbLexicon): number | undefined {
  if (!bliForms.has(tokens[position]!.lower)) return undefined
  for (let next = position + 1; next < tokens.length; next++) {
    const token = tokens[next]!
    if (!token.joined) return undefined
    if (lexicon.participles.has(token.lower) && !adjectives.has(token.lower)) return next
    if (!between.has(token.lower)) return undefined
  }
  return undefined
}

/** Every s-passive and bli-passive in `sentence`, in order. `ignore` holds lowercase forms to skip. */
export function findPassives(sentence: Sentence, ignore: ReadonlySet<string> = new Set()): PassiveMatch[] {
  const lexicon = verbLexicon()
  const tokens = tokensOf(sentence.children)
  const found: PassiveMatch[] = []
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position]!
    if (ignore.has(token.lower)) continue
    const participle = bliParticiple(tokens, position, lexicon)
    if (participle !== undefined) {
      if (!ignore.has(tokens[participle]!.lower)) {
        found.push({kind: 'bli', first: token.index, last: tokens[participle]!.index})
      }
      position = participle
      continue
    }
    if (isSPassive(tokens, position, lexicon)) found.push({kind: 's', first: token.index, last: token.index})
  }
  return found
}
