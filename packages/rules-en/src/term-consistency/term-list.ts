import type {SentenceContent} from 'nlcst'
import {textOf} from '@klarsprak/core'
import type {TermData} from './data.js'
import {isPlural, PLURAL, SINGULAR, termForm, termParts, type Slot, type TermParts} from './inflect.js'
import {keyOf} from '@klarsprak/core'

/** One entry of the organisation's term list (config `terms`). */
export interface TermEntry {
  readonly prefer: string
  readonly avoid?: readonly string[]
}

/** Key of a word for matching: hyphens removed, curly apostrophe made straight, lower-cased unless case matters. */
export function matchKey(text: string, lower: boolean): string {
  const key = keyOf(text, lower)
  return key.includes('’') ? key.replaceAll('’', "'") : key
}

export const childText = (node: SentenceContent): string =>
  node.type === 'WordNode' ? textOf(node) : (node as {value: string}).value

export class PreferredTerm {
  readonly parts: TermParts
  readonly lowerForms: ReadonlySet<string>

  constructor(
    readonly text: string,
    private readonly data: TermData
  ) {
    this.parts = termParts(text, data)
    const forms = new Set<string>()
    for (const slot of [0, 1, 2, 3] as const) forms.add(matchKey(this.form(slot, "'"), true))
    this.lowerForms = forms
  }

  form(slot: Slot, apostrophe: string): string {
    return termForm(this.parts, slot, apostrophe, this.data)
  }
}

export interface AvoidPattern {
  readonly term: string
  readonly preferred: PreferredTerm
  readonly words: ReadonlyArray<ReadonlySet<string>>
  /** Matched words' keys joined by a space → the slots that form stands for. */
  readonly forms: ReadonlyMap<string, readonly Slot[]>
  readonly baseKey: string
  readonly caseSensitive: boolean
}

export function avoidPattern(term: string, preferred: PreferredTerm, data: TermData): AvoidPattern {
  const parts = termParts(term, data)
  const caseSensitive = /^.+\p{Lu}/u.test(term.replace(/\s+/g, ''))
  const forms = new Map<string, Slot[]>()
  const words: Array<Set<string>> = parts.words.map(() => new Set())
  for (const slot of [0, 1, 2, 3] as const) {
    const formWords = termForm(parts, slot, "'", data).split(' ').map((word) => matchKey(word, !caseSensitive))
    formWords.forEach((word, index) => words[index]!.add(word))
    const key = formWords.join(' ')
    const slots = forms.get(key) ?? []
    if (!slots.includes(slot)) slots.push(slot)
    forms.set(key, slots)
  }
  return {
    term,
    preferred,
    words,
    forms,
    baseKey: parts.words.map((word) => matchKey(word, !caseSensitive)).join(' '),
    caseSensitive
  }
}

export class TermIndex {
  private readonly byFirst = new Map<string, AvoidPattern[]>()
  private caseSensitive = false

  constructor(entries: readonly TermEntry[], data: TermData) {
    for (const entry of entries) {
      if (typeof entry?.prefer !== 'string' || entry.prefer.trim() === '') continue
      const preferred = new PreferredTerm(entry.prefer.trim(), data)
      for (const avoid of entry.avoid ?? []) {
        if (typeof avoid !== 'string' || avoid.trim() === '') continue
        const pattern = avoidPattern(avoid.trim(), preferred, data)
        if (pattern.caseSensitive) this.caseSensitive = true
        for (const first of pattern.words[0]!) {
          const list = this.byFirst.get(first) ?? []
          list.push(pattern)
          list.sort((a, b) => b.words.length - a.words.length)
          this.byFirst.set(first, list)
        }
      }
    }
  }

  get size(): number {
    return this.byFirst.size
  }

  candidates(text: string): readonly AvoidPattern[] | undefined {
    const lower = this.byFirst.get(matchKey(text, true))
    if (!this.caseSensitive) return lower
    const exact = this.byFirst.get(matchKey(text, false))
    if (!exact) return lower
    return lower ? [...exact, ...lower] : exact
  }
}

export interface TermMatch {
  readonly pattern: AvoidPattern
  readonly start: number
  /** Last child covered: the last word, or an apostrophe after a plural (`citizens'`). */
  readonly end: number
  readonly slots: readonly Slot[]
  /** The apostrophe the text uses (`'` or `’`), for possessives in the fix. */
  readonly apostrophe: string
}

export function matchAt(
  pattern: AvoidPattern,
  children: readonly SentenceContent[],
  start: number
): TermMatch | undefined {
  let position = start
  const keys: string[] = []
  let apostrophe = "'"
  for (let index = 0; index < pattern.words.length; index++) {
    if (index > 0) {
      if (children[position + 1]?.type !== 'WhiteSpaceNode') return undefined
      position += 2
    }
    const child = children[position]
    if (child?.type !== 'WordNode') return undefined
    const text = textOf(child)
    if (text.includes('’')) apostrophe = '’'
    const key = matchKey(text, !pattern.caseSensitive)
    if (!pattern.words[index]!.has(key)) return undefined
    keys.push(key)
  }
  let slots = pattern.forms.get(keys.join(' '))
  if (!slots) return undefined
  // `citizens'`: the apostrophe of a plural possessive is a mark of its own.
  const next = children[position + 1]
  if (next?.type === 'PunctuationNode' && (next.value === "'" || next.value === '’') && slots.includes(PLURAL)) {
    const after = children[position + 2]
    if (after === undefined || after.type !== 'WordNode') {
      slots = [3]
      apostrophe = next.value
      position++
    }
  }
  return {pattern, start, end: position, slots, apostrophe}
}

function previousWordAt(children: readonly SentenceContent[], index: number): number | undefined {
  for (let position = index - 1; position >= 0; position--) {
    const child = children[position]!
    if (child.type === 'WhiteSpaceNode') continue
    return child.type === 'WordNode' ? position : undefined
  }
  return undefined
}

/** Narrow a form's slots with the word before it (`two staff`, `a sheep`) and the base-form reading. */
export function resolveSlots(match: TermMatch, children: readonly SentenceContent[], data: TermData): readonly Slot[] {
  let slots = match.slots
  if (slots.length < 2) return slots
  const before = previousWordAt(children, match.start)
  if (before !== undefined) {
    const word = childText(children[before]!).toLowerCase()
    const plural =
      data.pluralCues.has(word) || (/^\d+$/.test(word) && Number(word) > 1)
        ? true
        : data.singularCues.has(word) || word === '1'
          ? false
          : undefined
    if (plural !== undefined) {
      const narrowed = slots.filter((slot) => isPlural(slot) === plural)
      if (narrowed.length > 0) slots = narrowed
    }
  }
  if (slots.length > 1 && slots.includes(SINGULAR)) {
    const keys: string[] = []
    for (let index = match.start; index <= match.end; index += 2) {
      keys.push(matchKey(childText(children[index]!), !match.pattern.caseSensitive))
    }
    if (keys.join(' ') === match.pattern.baseKey) slots = [SINGULAR]
  }
  return slots
}

/** `a` or `an` before a word when its spelling makes the sound certain; undefined for `hour`, `user`, `NHS`. */
export function articleFor(word: string): 'a' | 'an' | undefined {
  if (word.length > 1 && word === word.toUpperCase()) return undefined
  const lower = word.toLowerCase()
  if (/^(?:one|once|eu|ew|u|h)/.test(lower)) return undefined
  if (/^[aeio]/.test(lower)) return 'an'
  return /^[bcdfgjklmnpqrstvwxyz]/.test(lower) ? 'a' : undefined
}

export interface Replacement {
  readonly start: number
  readonly text: string
}

/** The fix in one slot, with `a`/`an` right before it changed to fit the preferred term. */
export function replacementFor(
  match: TermMatch,
  slot: Slot,
  children: readonly SentenceContent[]
): Replacement | undefined {
  const text = match.pattern.preferred.form(slot, match.apostrophe)
  if (isPlural(slot)) return {start: match.start, text}
  const before = previousWordAt(children, match.start)
  const article = before === undefined ? undefined : childText(children[before]!)
  if (article === undefined || !/^an?$/i.test(article)) return {start: match.start, text}
  const wanted = articleFor(text)
  if (wanted === undefined) return undefined
  if (wanted === article.toLowerCase()) return {start: match.start, text}
  const swapped = article.charAt(0) === 'A' ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted
  return {start: before!, text: `${swapped} ${text}`}
}
