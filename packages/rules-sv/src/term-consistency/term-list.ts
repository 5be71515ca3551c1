import type {SentenceContent} from 'nlcst'
import type {NounEnding, TermData} from './data.js'
import {
  agreedForms,
  DEFINITE,
  formOf,
  genitiveOf,
  guessedParadigms,
  isDefinite,
  isGenitive,
  isNeuter,
  isPlural,
  knownParadigm,
  modifierVariants,
  ownGenitive,
  SINGULAR,
  slotOf,
  termParts,
  weakAdjective,
  type Slot,
  type TermParts
} from './inflect.js'
import {childText} from '../word-text.js'
import {keyOf} from '@klarsprak/core'

/** One entry of the organisation's term list (config `terms`). */
export interface TermEntry {
  readonly prefer: string
  readonly avoid?: readonly string[]
}

/** The preferred term of an entry, with its forms by slot where they are certain. */
export class PreferredTerm {
  readonly parts: TermParts
  /** Head noun forms: singular, definite, plural, definite plural (undefined: not certain). */
  readonly headForms: ReadonlyArray<string | undefined>
  /** Gender from the definite form; undefined when unknown. */
  readonly neuter: boolean | undefined
  /** Every form, lower-cased, so that a word to avoid that is only a spelling of it is left alone. */
  readonly lowerForms: ReadonlySet<string>

  constructor(
    readonly text: string,
    data: TermData,
    nouns: readonly NounEnding[]
  ) {
    this.parts = termParts(text, data)
    const head = this.parts.words[this.parts.head]!
    this.headForms = knownParadigm(head, nouns) ?? agreedForms(head, data)
    this.neuter = isNeuter(this.headForms[DEFINITE])
    const lowerForms = new Set<string>()
    for (let slot = 0; slot < 8; slot++) {
      for (const weak of [false, true]) {
        const form = this.form(slot, weak, data)
        if (form) lowerForms.add(form.toLowerCase())
      }
    }
    this.lowerForms = lowerForms
  }

  /**
   * The term in `slot`, or undefined when that form is not certain. `weak`: an adjective in the term takes its weak
   * form even in the indefinite singular (after `den`, `min`, a genitive).
   */
  form(slot: Slot, weak: boolean, data: TermData): string | undefined {
    const {words, head} = this.parts
    const headForm = this.headForms[formOf(slot)]
    if (headForm === undefined) return undefined
    const out: string[] = []
    for (let index = 0; index < head; index++) {
      const word = words[index]!
      const modifier = formOf(slot) === SINGULAR && !weak ? word : weakAdjective(word, data)
      if (modifier === undefined) return undefined
      out.push(modifier)
    }
    const tail = words.slice(head + 1)
    if (isGenitive(slot)) {
      // A genitive after a fixed tail (`bostad med särskild service`) is too clumsy to suggest.
      if (tail.length > 0) return undefined
      out.push(genitiveOf(headForm))
    } else {
      out.push(headForm, ...tail)
    }
    return out.join(' ')
  }
}

/** A term to avoid: the word keys it matches at each position, and the slots each head form stands for. */
export interface AvoidPattern {
  readonly term: string
  readonly preferred: PreferredTerm
  /** Keys (lower-cased, hyphens removed, unless the term is case-sensitive) each word may have. */
  readonly words: ReadonlyArray<ReadonlySet<string>>
  readonly head: number
  readonly headSlots: ReadonlyMap<string, readonly Slot[]>
  /** Key of the head's base form (`dagis`): read as singular when nothing says otherwise. */
  readonly baseKey: string
  /** Terms with a capital after the first letter (`FK`, `BankID`) are matched with their case. */
  readonly caseSensitive: boolean
}

export function avoidPattern(
  term: string,
  preferred: PreferredTerm,
  data: TermData,
  nouns: readonly NounEnding[]
): AvoidPattern | undefined {
  const parts = termParts(term, data)
  if (parts.words.length === 0 || parts.words[0] === '') return undefined
  const caseSensitive = /^.+\p{Lu}/u.test(term.replace(/\s+/g, ''))
  const key = (text: string) => keyOf(text, !caseSensitive)
  const head = parts.words[parts.head]!
  const known = knownParadigm(head, nouns)
  const paradigms = known ? [known] : guessedParadigms(head, data)
  const tail = parts.words.length - 1 > parts.head
  const headSlots = new Map<string, Slot[]>()
  const add = (form: string, slot: Slot) => {
    const formKey = key(form)
    const slots = headSlots.get(formKey) ?? []
    if (!slots.includes(slot)) slots.push(slot)
    headSlots.set(formKey, slots)
  }
  for (const paradigm of paradigms) {
    for (let form = SINGULAR; form < 4; form++) {
      const value = paradigm[form]!
      add(value, slotOf(form, false))
      if (!tail && !ownGenitive(value)) add(genitiveOf(value), slotOf(form, true))
    }
  }
  const words = parts.words.map((word, index): ReadonlySet<string> => {
    if (index < parts.head) return new Set(modifierVariants(word).map(key))
    if (index === parts.head) return new Set(headSlots.keys())
    return new Set([key(word)])
  })
  return {term, preferred, words, head: parts.head, headSlots, baseKey: key(head), caseSensitive}
}

/** Lookup of the patterns by their first word. */
export class TermIndex {
  private readonly byFirst = new Map<string, AvoidPattern[]>()
  /** Whether any pattern is case-sensitive (then keys are also looked up with case). */
  private caseSensitive = false

  constructor(entries: readonly TermEntry[], data: TermData, nouns: readonly NounEnding[]) {
    for (const entry of entries) {
      if (typeof entry?.prefer !== 'string' || entry.prefer.trim() === '') continue
      const preferred = new PreferredTerm(entry.prefer.trim(), data, nouns)
      for (const avoid of entry.avoid ?? []) {
        if (typeof avoid !== 'string' || avoid.trim() === '') continue
        const pattern = avoidPattern(avoid.trim(), preferred, data, nouns)
        if (!pattern) continue
        if (pattern.caseSensitive) this.caseSensitive = true
        for (const first of pattern.words[0]!) {
          const list = this.byFirst.get(first) ?? []
          list.push(pattern)
          // Longer terms first: `elektronisk tjänst` before `elektronisk`.
          list.sort((a, b) => b.words.length - a.words.length)
          this.byFirst.set(first, list)
        }
      }
    }
  }

  get size(): number {
    return this.byFirst.size
  }

  /** Patterns whose first word can be `text`. */
  candidates(text: string): readonly AvoidPattern[] | undefined {
    const lower = this.byFirst.get(keyOf(text, true))
    if (!this.caseSensitive) return lower
    const exact = this.byFirst.get(keyOf(text, false))
    if (!exact) return lower
    return lower ? [...exact, ...lower] : exact
  }
}

/** A match of a term to avoid: the word positions it covers in the sentence and the head's slots. */
export interface TermMatch {
  readonly pattern: AvoidPattern
  readonly start: number
  readonly end: number
  readonly slots: readonly Slot[]
}

/** Match `pattern` at `start` of a sentence: words separated by white space only. */
export function matchAt(
  pattern: AvoidPattern,
  children: readonly SentenceContent[],
  start: number
): TermMatch | undefined {
  let position = start
  let headKey = ''
  for (let index = 0; index < pattern.words.length; index++) {
    if (index > 0) {
      if (children[position + 1]?.type !== 'WhiteSpaceNode') return undefined
      position += 2
    }
    const child = children[position]
    if (child?.type !== 'WordNode') return undefined
    const key = keyOf(childText(child), !pattern.caseSensitive)
    if (!pattern.words[index]!.has(key)) return undefined
    if (index === pattern.head) headKey = key
  }
  const slots = pattern.headSlots.get(headKey)
  return slots ? {pattern, start, end: position, slots} : undefined
}

/** The words right before `index` (white space between them only), nearest first, lower-cased. */
export function wordsBefore(children: readonly SentenceContent[], index: number, count: number): number[] {
  const found: number[] = []
  let position = index - 1
  while (found.length < count && position >= 0) {
    const child = children[position]!
    if (child.type === 'WhiteSpaceNode') {
      position--
      continue
    }
    if (child.type !== 'WordNode') break
    found.push(position)
    position--
  }
  return found
}

const numberPattern = /^\d+$/

/** Narrow a form's slots with the word before it (`två dagis`, `ett dagis`) and the base-form reading. */
export function resolveSlots(
  match: TermMatch,
  children: readonly SentenceContent[],
  data: TermData
): readonly Slot[] {
  let slots = match.slots
  if (slots.length < 2) return slots
  const [before] = wordsBefore(children, match.start, 1)
  if (before !== undefined) {
    const word = childText(children[before]!).toLowerCase()
    const plural =
      data.pluralCues.has(word) || (numberPattern.test(word) && Number(word) > 1)
        ? true
        : data.singularCues.has(word) || data.determiners.has(word) || word === '1'
          ? false
          : undefined
    if (plural !== undefined) {
      const narrowed = slots.filter((slot) => isPlural(slot) === plural)
      if (narrowed.length > 0) slots = narrowed
    }
  }
  if (slots.length > 1) {
    // The term as written in the list is singular: `dagis` is one preschool unless a word before says more.
    const head = children[match.start + match.pattern.head * 2]!
    const headKey = keyOf(childText(head), !match.pattern.caseSensitive)
    if (headKey === match.pattern.baseKey && slots.includes(slotOf(SINGULAR, false))) {
      slots = [slotOf(SINGULAR, false)]
    }
  }
  return slots
}

/** Whether an adjective takes its weak form after `word` (`den nya tjänsten`, `kommunens nya tjänst`). */
function weakAfter(word: string | undefined, data: TermData): boolean {
  if (word === undefined) return false
  return data.weakAfter.has(word) || /(?:ens|ets|arnas|ernas|ornas)$/.test(word)
}

/** Determiners that go with a definite noun (`det dagiset`), and with an indefinite one only as a pronoun. */
const definiteDeterminers = new Set(['den', 'det'])
/** The article in front of an adjective (`den elektroniska tjänsten`). */
const frontArticles = new Set(['den', 'det', 'de'])

export interface Replacement {
  /** First position the fix covers (earlier than the match when an article or determiner changes too). */
  readonly start: number
  readonly text: string
}

/**
 * The fix for a match in one slot, with the words in front adjusted: a determiner takes the preferred term's
 * gender (`ett dagis` → `en förskola`), and an adjective's article comes or goes with the adjective
 * (`den elektroniska tjänsten` → `e-tjänsten`, `dagmamman` → `den pedagogiska omsorgen`). Undefined when a form or
 * the agreement is not certain.
 */
export function replacementFor(
  match: TermMatch,
  slot: Slot,
  children: readonly SentenceContent[],
  data: TermData
): Replacement | undefined {
  const {preferred} = match.pattern
  const [first, second] = wordsBefore(children, match.start, 2)
  const before = first === undefined ? undefined : childText(children[first]!).toLowerCase()
  const weak = weakAfter(before, data)
  const text = preferred.form(slot, weak, data)
  if (text === undefined) return undefined

  if (isDefinite(slot)) {
    const preferModified = preferred.parts.head > 0
    const avoidModified = match.pattern.head > 0
    if (avoidModified && !preferModified && before !== undefined && frontArticles.has(before)) {
      return {start: first!, text}
    }
    if (preferModified && !weak) {
      if (!isPlural(slot) && preferred.neuter === undefined) return undefined
      const article = isPlural(slot) ? 'de' : preferred.neuter ? 'det' : 'den'
      return {start: match.start, text: `${article} ${text}`}
    }
  }
  if (isPlural(slot)) return {start: match.start, text}

  const determinerAt = (position: number | undefined) => {
    if (position === undefined) return undefined
    const word = childText(children[position]!)
    const determiner = data.determiners.get(word.toLowerCase())
    return determiner ? {word, ...determiner} : undefined
  }
  const next = determinerAt(first)
  if (next) {
    // `Är det dagis i morgon?`: `det` before an indefinite noun is a pronoun, not the noun's determiner.
    if (definiteDeterminers.has(next.word.toLowerCase()) && !isDefinite(slot)) return undefined
    if (preferred.neuter === undefined) return undefined
    if (next.neuter === preferred.neuter) return {start: match.start, text}
    return {start: first!, text: `${matchFirstCase(next.word, next.other)} ${text}`}
  }
  // `ett nytt dagis`: an adjective between determiner and noun would need to change too.
  const farther = determinerAt(second)
  if (farther && farther.neuter !== preferred.neuter) return undefined
  return {start: match.start, text}
}

function matchFirstCase(original: string, replacement: string): string {
  const first = original.charAt(0)
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase()
  return first === first.toLowerCase() ? replacement : replacement.charAt(0).toUpperCase() + replacement.slice(1)
}
