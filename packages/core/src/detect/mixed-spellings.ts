import type {Root, Word} from 'nlcst'
import {sentencesIn, textOf as wordText} from '../nlcst/walk.js'
import {hasHyphen, isHyphen, isSpellingWord, keyOf, leadingLetters, withoutSoftHyphens} from './spelling-keys.js'

// Part two of `term-consistency`, for both languages: one term spelled in several ways in the same document
// (`e-tjänst`, `etjänst`, `e tjänst`, `E-tjänst` mid-sentence; `e-mail`, `email`). Words are grouped by their letters without hyphens and without an
// inflection ending; within a group, a "shape" is how the stem is written (hyphen, space, capitals).

export interface MixedSpellingSettings {
  /** Inflection endings removed before grouping, longest first. */
  readonly stemEndings: readonly string[]
  /** Stems whose capitalisation is not compared (`du`, `ni`). */
  readonly caseIgnored: ReadonlySet<string>
  /** Words that never make half of a compound split by a space (`till`: `lägg till` is no misspelled compound). */
  readonly notCompoundParts: ReadonlySet<string>
  /**
   * Whether two words can be a compound split by a space (`e tjänst` for `e-tjänst`): a spelling error in Swedish,
   * standard English (`phone number` beside a slug such as `phone-number`).
   */
  readonly spacedCompounds: boolean
  /** Preferred single-word terms: their spelling wins in their group, even with no other spelling in the text. */
  readonly preferred: readonly string[]
  /** Words already reported by the term list. */
  readonly skip: ReadonlySet<Word>
}

export interface MixedSpelling {
  readonly first: Word
  readonly last: Word
  readonly actual: string
  readonly expected: string
  /** A word of the text (or the preferred term) written the suggested way. */
  readonly targetExample: string
  /** Why that spelling: the term list, or how often it is used in the document. */
  readonly because: 'preferred' | 'majority'
  /** How often the suggested and the reported spelling occur. */
  readonly targetCount: number
  readonly actualCount: number
}

/** Marks after which a capital says nothing (sentence-like starts): `: Etjänst`, `”E-tjänst`, `(Etjänst`. */
const caseNeutralMarks = new Set([
  ...['.', '!', '?', ':', '(', '[', '–', '—', '-', '•', '*', '·'],
  ...['”', '“', '"', '«', '»', '‘', '’', "'"]
])

const minimumStem = 3

interface Occurrence {
  readonly first: Word
  readonly last: Word
  readonly actual: string
  /** The stem as written. */
  readonly shape: string
  /** The rest after the stem (the inflection ending). */
  readonly ending: string
  /** Whether a capital letter at the start is expected here (start of a sentence). */
  readonly neutral: boolean
  readonly order: number
  resolved?: string
}

interface Group {
  readonly stem: string
  readonly occurrences: Occurrence[]
}

/** Called for every word of a document in order, with what the words around it say about it. */
type WordVisitor = (word: Word, text: string, neutral: boolean, previous: Word | undefined) => void

/**
 * Visit every word. `neutral`: a capital letter is expected here (sentence start, after `:` or a quote mark, inside
 * `{@link …}`). `previous`: the word before, when only a space (no line break) separates them.
 */
function eachWord(tree: Root, visit: WordVisitor): void {
  for (const sentence of sentencesIn(tree)) {
    let caseNeutral = true
    let braces = 0
    let previous: Word | undefined
    let spaced = false
    for (const child of sentence.children) {
      if (child.type === 'WordNode') {
        visit(child, wordText(child), caseNeutral || braces > 0, spaced ? previous : undefined)
        caseNeutral = false
        previous = child
        spaced = false
      } else if (child.type === 'WhiteSpaceNode') {
        spaced = previous !== undefined && !child.value.includes('\n')
      } else {
        if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
          if (caseNeutralMarks.has(child.value)) caseNeutral = true
          if (child.value === '{') braces++
          else if (child.value === '}' && braces > 0) braces--
        } else {
          caseNeutral = false
        }
        previous = undefined
        spaced = false
      }
    }
  }
}

export function findMixedSpellings(tree: Root, settings: MixedSpellingSettings): MixedSpelling[] {
  /** Stems worth collecting, by first letter: a loop over a few stems is cheaper than lower-casing every word. */
  const stemsByFirst = new Map<number, string[]>()
  const interesting = new Set<string>()
  /** The part before the hyphen of hyphenated words (`e` of `e-tjänst`), for `e tjänst`. */
  const hyphenHeads = new Set<string>()
  const headFirsts = new Set<number>()
  const preferredShapes = new Map<string, string>()

  const stemOf = (key: string) => stem(key, settings.stemEndings)
  const note = (text: string, lowerKey: string) => {
    const stemmed = stemOf(lowerKey)
    if (!interesting.has(stemmed)) {
      interesting.add(stemmed)
      const first = stemmed.charCodeAt(0)
      const list = stemsByFirst.get(first)
      if (list) list.push(stemmed)
      else stemsByFirst.set(first, [stemmed])
    }
    const at = firstHyphen(text)
    if (at > 0) {
      hyphenHeads.add(text.slice(0, at).toLowerCase())
      headFirsts.add(foldCode(text.charCodeAt(0)))
    }
    return stemmed
  }

  for (const term of settings.preferred) {
    if (!isSpellingWord(term)) continue
    const key = keyOf(term, true)
    if (key.length < minimumStem) continue
    const stemmed = note(term, key)
    if (!preferredShapes.has(stemmed)) preferredShapes.set(stemmed, leadingLetters(term, stemmed.length))
  }

  // Pass one: the stems of hyphenated words. Only they can have another spelling worth a report: capitals alone
  // are compared in hyphenated words, and a space only where a hyphen is elsewhere (see `resolveGroup`).
  eachWord(tree, (_word, text) => {
    if (hasHyphen(text) && usable(text)) {
      const key = keyOf(text, true)
      if (key.length >= minimumStem) note(text, key)
    }
  })
  if (interesting.size === 0) return []

  // Pass two: every occurrence of those stems, with its shape.
  const groups = new Map<string, Group>()
  const add = (stemmed: string, occurrence: Occurrence) => {
    let group = groups.get(stemmed)
    if (!group) groups.set(stemmed, (group = {stem: stemmed, occurrences: []}))
    group.occurrences.push(occurrence)
  }
  const parts = settings.notCompoundParts
  const skip = settings.skip
  let pairedWord: Word | undefined
  let previousNeutral = false
  let order = 0

  eachWord(tree, (word, text, neutral, previousWord) => {
    const previousWasNeutral = previousNeutral
    previousNeutral = neutral
    if (skip.size > 0 && skip.has(word)) return
    // `e tjänst`: two words that together spell a hyphenated word of the text.
    if (settings.spacedCompounds && previousWord && previousWord !== pairedWord && !skip.has(previousWord)) {
      const previous = wordText(previousWord)
      if (
        headFirsts.has(foldCode(previous.charCodeAt(0))) &&
        hyphenHeads.has(previous.toLowerCase()) &&
        usable(text) &&
        usable(previous)
      ) {
        const stemmed = stemOf(keyOf(previous + text, true))
        const previousLength = keyOf(previous, true).length
        if (
          interesting.has(stemmed) &&
          stemmed.length > previousLength &&
          !parts.has(previous.toLowerCase()) &&
          !parts.has(text.toLowerCase())
        ) {
          const inWord = leadingLetters(text, stemmed.length - previousLength)
          add(stemmed, {
            first: previousWord,
            last: word,
            actual: `${previous} ${text}`,
            shape: withoutSoftHyphens(`${previous} ${inWord}`),
            ending: text.slice(inWord.length),
            neutral: previousWasNeutral,
            order: order++
          })
          pairedWord = word
          return
        }
      }
    }

    const candidates = stemsByFirst.get(foldCode(text.charCodeAt(0)))
    if (!candidates || !candidates.some((candidate) => startsWithStem(text, candidate))) return
    if (!usable(text)) return
    const stemmed = stemOf(keyOf(text, true))
    if (!interesting.has(stemmed)) return
    const written = leadingLetters(text, stemmed.length)
    add(stemmed, {
      first: word,
      last: word,
      actual: text,
      shape: withoutSoftHyphens(written),
      ending: text.slice(written.length),
      neutral,
      order: order++
    })
  })

  const findings: MixedSpelling[] = []
  for (const group of groups.values()) findings.push(...resolveGroup(group, preferredShapes.get(group.stem), settings))
  return findings.sort((a, b) => offset(a.first) - offset(b.first))
}

function resolveGroup(group: Group, preferred: string | undefined, settings: MixedSpellingSettings): MixedSpelling[] {
  const counts = new Map<string, {count: number; order: number}>()
  const count = (shape: string, order: number) => {
    const entry = counts.get(shape)
    if (entry) entry.count++
    else counts.set(shape, {count: 1, order})
  }
  // A space counts as a spelling only where the text (or the term list) has a hyphen in the same place, with the
  // same capitals (`External Collaborator` is not `external-collaborator`).
  const hyphenated = new Set<string>()
  const spaced = (shape: string) => lowerFirst(shape).replace(/[-\u2010\u2011]/g, ' ')
  if (preferred && hasHyphen(preferred)) hyphenated.add(spaced(preferred))
  for (const occurrence of group.occurrences) {
    if (hasHyphen(occurrence.shape)) hyphenated.add(spaced(occurrence.shape))
  }
  const occurrences = group.occurrences.filter(
    (occurrence) => !occurrence.shape.includes(' ') || hyphenated.has(lowerFirst(occurrence.shape))
  )

  for (const occurrence of occurrences) {
    if (!occurrence.neutral) {
      occurrence.resolved = occurrence.shape
      count(occurrence.shape, occurrence.order)
    }
  }
  // A capital at the start of a sentence fits either case: count it with the spelling it matches.
  for (const occurrence of occurrences) {
    if (!occurrence.neutral) continue
    let best: string | undefined
    if (preferred && sameButFirstCase(preferred, occurrence.shape)) best = preferred
    for (const [shape, entry] of counts) {
      if (sameButFirstCase(shape, occurrence.shape) && (!best || entry.count > (counts.get(best)?.count ?? 0))) {
        best = shape
      }
    }
    occurrence.resolved = best ?? lowerFirst(occurrence.shape)
    count(occurrence.resolved, occurrence.order)
  }

  const target = preferred ?? majority(counts)
  if (!target || (!preferred && counts.size < 2)) return []
  const targetCount = counts.get(target)?.count ?? 0
  const targetExample = occurrences.find((occurrence) => occurrence.resolved === target)?.actual ?? target
  const findings: MixedSpelling[] = []
  for (const occurrence of occurrences) {
    const resolved = occurrence.resolved!
    if (resolved === target) continue
    const caseOnly = resolved.toLowerCase() === target.toLowerCase()
    if (caseOnly && !caseComparable(group.stem, resolved, target, preferred, settings)) continue
    const capital = occurrence.neutral && startsUpper(occurrence.actual)
    const expected = (capital ? upperFirst(target) : target) + occurrence.ending
    if (expected === occurrence.actual) continue
    findings.push({
      first: occurrence.first,
      last: occurrence.last,
      actual: occurrence.actual,
      expected,
      targetExample,
      because: preferred ? 'preferred' : 'majority',
      targetCount,
      actualCount: counts.get(resolved)?.count ?? 1
    })
  }
  return findings
}

/** The most used spelling; the first used on a tie. A compound split by a space (`e tjänst`) never wins. */
function majority(counts: ReadonlyMap<string, {count: number; order: number}>): string | undefined {
  let best: string | undefined
  let bestEntry: {count: number; order: number} | undefined
  for (const [shape, entry] of counts) {
    if (shape.includes(' ')) continue
    const better = !bestEntry || entry.count > bestEntry.count
    if (better || (entry.count === bestEntry!.count && entry.order < bestEntry!.order)) {
      best = shape
      bestEntry = entry
    }
  }
  return best
}

/**
 * Capitals alone are compared in hyphenated words (`E-tjänst`) and in terms from the term list. Elsewhere a capital
 * mid-sentence usually starts a name (`Svenskt Friluftsliv`, `Myndigheten för …`), which is not a spelling slip.
 */
function caseComparable(
  stemmed: string,
  resolved: string,
  target: string,
  preferred: string | undefined,
  settings: MixedSpellingSettings
): boolean {
  if (settings.caseIgnored.has(stemmed)) return false
  if (preferred !== undefined) return true
  // Only the first letter: `HTML-Validate` and `html-validate` are a product name and a command.
  return hasHyphen(target) && resolved.slice(1) === target.slice(1)
}

export function stem(key: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (key.length - ending.length >= minimumStem && key.endsWith(ending)) {
      return key.slice(0, key.length - ending.length)
    }
  }
  return key
}

/**
 * A word worth comparing: letters and inner hyphens only; not shouted in capitals (`ÖPPETTIDER`) and not an
 * identifier with a capital inside (`DataService`, `accessRights`).
 */
function usable(text: string): boolean {
  if (!isSpellingWord(text)) return false
  if (text.length > 4 && text === text.toUpperCase()) return false
  const parts = text.split(/[-\u2010\u2011]/)
  for (const part of parts) {
    // `FButton`, `accessRights`: identifiers. `SMS` and `Vue` are fine.
    if (part !== part.toUpperCase() && innerCapital.test(part.slice(1))) return false
    // `NNN`, `åååå-mm-dd`: placeholders for digits.
    if (part.length > 1 && repeatedLetter.test(part)) return false
  }
  // `Anne-Marie`, `Trygg-Hansa`: a capital after the hyphen makes a name, and names are spelled as their owners say.
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index]!
    if (part.length > 1 && startsUpper(part) && part !== part.toUpperCase()) return false
  }
  return true
}

const innerCapital = /\p{Lu}/u
const repeatedLetter = /^(\p{L})\1+$/u

function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = text.charAt(0)
  return first !== first.toLowerCase()
}

/** Lower-case a character code without building a string for ASCII and Latin-1 letters. */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  if (code < 192) return code
  if (code <= 222) return code === 215 ? code : code + 32
  if (code < 256) return code
  return String.fromCharCode(code).toLowerCase().charCodeAt(0)
}

/** Whether `text`, lower-cased and without hyphens, starts with `stemmed` (no string is built). */
function startsWithStem(text: string, stemmed: string): boolean {
  let at = 0
  for (let index = 0; index < text.length && at < stemmed.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 45 || code === 0x2010 || code === 0x2011 || code === 0xad) continue
    if (foldCode(code) !== stemmed.charCodeAt(at)) return false
    at++
  }
  return at === stemmed.length
}

function firstHyphen(text: string): number {
  for (let index = 0; index < text.length; index++) if (isHyphen(text.charAt(index))) return index
  return -1
}

function sameButFirstCase(a: string, b: string): boolean {
  return a.length === b.length && a.slice(1) === b.slice(1) && a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase()
}

/** `Etjänst` → `etjänst`, but `HTML-Validate` stays (an acronym keeps its capitals). */
const lowerFirst = (text: string) =>
  text.length > 1 && text.charAt(1) !== text.charAt(1).toLowerCase()
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1)
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function offset(node: Word): number {
  return node.position?.start.offset ?? 0
}
