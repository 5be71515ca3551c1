import {isNonWord, letterCase} from './shape.js'
import type {Speller} from './speller.js'

/** What the checker thinks of one word. */
export type Verdict =
  | {readonly status: 'correct'}
  /** Capitalised and unknown: a name if it is not the first word of a sentence. */
  | {readonly status: 'capitalised-unknown'}
  | {
      readonly status: 'misspelled'
      /** The wrong part: the whole word, or one part of a hyphenated compound. */
      readonly text: string
      /** Offset of `text` in the word, in UTF-16 units. */
      readonly offset: number
      /** Correction from the list of known misspellings, if the word is on it. */
      readonly correction?: string
    }

const doubledEnd = /([bdgklmnprt])\1$/u
const vowelFirst = /^[aeiouyåäö]/u

export interface CheckerOptions {
  /** Extra accepted words, any case (project word list, terms, ignored words). */
  readonly accepted?: Iterable<string>
  /** Known misspellings (lower case) with their correction. */
  readonly misspellings?: ReadonlyMap<string, string>
  /** The word without its genitive ending (`kommunens` → `kommunen`), or undefined if it has none. */
  readonly stripGenitive?: (word: string) => string | undefined
  /** Prefixes accepted before a hyphen, lower case (`pre-populated`, `multi-`). */
  readonly prefixes?: Iterable<string>
  /** A second language whose words are accepted too (English words in a Swedish text). Default: none. */
  readonly alsoAccept?: Speller
  /**
   * Inflection endings that may follow a word of `alsoAccept` (Swedish `-en`, `-er` on an English loan: `popupen`,
   * `modaler`). Default: none.
   */
  readonly loanEndings?: readonly string[]
  /** Of `loanEndings`, those that make a verb (`-a`, `-ade`): accepted only after a doubled consonant (`mappa`). */
  readonly loanVerbEndings?: readonly string[]
  /** Accept a known word with the Swedish negating prefix `o-` (`ohanterat`). Default false. */
  readonly negation?: boolean
  /** Compounds Hunspell does not build (`kärlbyte`): asked last, for lower-case words. Default: none. */
  readonly compounds?: {isCompound(word: string): boolean}
}

const correct: Verdict = {status: 'correct'}
const capitalisedUnknown: Verdict = {status: 'capitalised-unknown'}

/**
 * Decides, per distinct word, whether a word is spelled right: Hunspell plus the project's words, with the
 * exceptions a linter needs (numbers, abbreviations, acronyms, genitives, names, hyphenated compounds).
 * Verdicts are cached; a capitalised word asks Hunspell for its lower-case form first, which the lower-case
 * occurrences share.
 */
export class SpellingChecker {
  readonly #speller: Speller
  readonly #accepted: ReadonlySet<string>
  readonly #misspellings: ReadonlyMap<string, string>
  readonly #stripGenitive: (word: string) => string | undefined
  readonly #verdicts = new Map<string, Verdict>()
  readonly #alsoAccept: Speller | undefined
  readonly #prefixes: ReadonlySet<string>
  readonly #loanEndings: readonly string[]
  readonly #verbEndings: ReadonlySet<string>
  readonly #negation: boolean
  readonly #compounds: CheckerOptions['compounds']

  constructor(speller: Speller, options: CheckerOptions = {}) {
    this.#speller = speller
    this.#accepted = new Set([...(options.accepted ?? [])].map((word) => normalise(word).toLowerCase()))
    this.#misspellings = options.misspellings ?? new Map()
    this.#stripGenitive = options.stripGenitive ?? (() => undefined)
    this.#alsoAccept = options.alsoAccept
    this.#loanEndings = options.loanEndings ?? []
    this.#verbEndings = new Set(options.loanVerbEndings ?? [])
    this.#negation = options.negation ?? false
    this.#compounds = options.compounds
    this.#prefixes = new Set([...(options.prefixes ?? [])].map((prefix) => prefix.toLowerCase()))
  }

  check(word: string): Verdict {
    let verdict = this.#verdicts.get(word)
    if (verdict === undefined) {
      verdict = invisible.test(word) ? this.#checkVisible(word) : this.#classify(normalise(word))
      this.#verdicts.set(word, verdict)
    }
    return verdict
  }

  /** Soft hyphens and zero-width characters (`utdelnings\u00ADbeskattning`) only mark where a line may break. */
  #checkVisible(word: string): Verdict {
    const verdict = this.check(word.replace(invisibleAll, ''))
    // Offsets in the cleaned word do not fit the original: point at the whole word.
    return verdict.status === 'misspelled' ? {...verdict, text: word, offset: 0} : verdict
  }

  #classify(word: string): Verdict {
    if (isNonWord(word)) return correct
    const lower = word.toLowerCase()
    if (this.#isAccepted(lower)) return correct
    const correction = this.#misspellings.get(lower)
    if (correction !== undefined) {
      return {status: 'misspelled', text: word, offset: 0, correction: matchCase(word, correction)}
    }
    const shape = letterCase(word)
    if (shape === 'upper' || shape === 'mixed' || shape === 'none') {
      // `iPhone`, `McDonald`; but check the parts of `LSS-handläggre`.
      return word.includes('-') ? this.#checkParts(word, true) : correct
    }
    if (this.#known(word, lower, shape === 'capitalised')) return correct
    // An inflection after a colon belongs to an abbreviation; check the word before it.
    const colon = word.indexOf(':')
    if (colon > 0) return this.check(word.slice(0, colon))
    const base = this.#stripGenitive(word)
    if (base !== undefined && base.length > 1 && this.#known(base, base.toLowerCase(), shape === 'capitalised')) {
      return correct
    }
    if (word.includes('-')) return this.#checkParts(word, shape === 'capitalised')
    if (shape === 'capitalised') return capitalisedUnknown
    return {status: 'misspelled', text: word, offset: 0}
  }

  #known(word: string, lower: string, capitalised: boolean): boolean {
    if (this.#accepted.has(lower) || this.#speller.correct(lower)) return true
    // The negating prefix `o-` on a known word: `ohanterat`, `obesvarad`.
    if (this.#negation && lower.length >= 7 && lower.startsWith('o') && this.#speller.correct(lower.slice(1))) return true
    // Names the dictionary has (`Stockholm`), which it rejects in lower case.
    if (capitalised && this.#speller.correct(word)) return true
    // Abbreviations the dictionary lists with their dot (`dvs.`, `osv.`): the parser splits the dot off.
    if (this.#speller.correct(lower + '.')) return true
    return this.#isLoan(word, lower, capitalised) || this.#compounds?.isCompound(lower) === true
  }

  /** A word of the second language, bare or with an inflection ending of the first. */
  #isLoan(word: string, lower: string, capitalised: boolean): boolean {
    const other = this.#alsoAccept
    if (other === undefined) return false
    if (other.correct(lower) || (capitalised && other.correct(word))) return true
    for (const ending of this.#loanEndings) {
      // Shorter stems would match too much by chance.
      if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue
      const stem = lower.slice(0, -ending.length)
      if (other.correct(stem) && !this.#verbEndings.has(ending)) return true
      // Swedish doubles the consonant of a short English stem before a vowel: `mappa` (map), `zippen` (zip),
      // `wrappa` (wrap). A verb ending needs that doubling: `filtera`, `levera` are typos, not `filter` + `a`.
      if (vowelFirst.test(ending) && doubledEnd.test(stem) && other.correct(stem.slice(0, -1))) return true
    }
    return false
  }

  #isAccepted(lower: string): boolean {
    if (this.#accepted.size === 0) return false
    if (this.#accepted.has(lower)) return true
    const base = this.#stripGenitive(lower)
    return base !== undefined && this.#accepted.has(base)
  }

  /** A hyphenated word is right when each part is (`e-tjänst`, `bygglov-ansökan`, `LSS-handläggare`). */
  #checkParts(word: string, capitalised: boolean): Verdict {
    let offset = 0
    let sawName = false
    let firstIsName = true
    const parts = word.split('-')
    for (const [index, part] of parts.entries()) {
      const isPrefix = index < parts.length - 1 && this.#prefixes.has(part.toLowerCase())
      if (part !== '' && !isPrefix) {
        const verdict = this.check(part)
        if (verdict.status === 'misspelled') return {...verdict, offset: offset + verdict.offset}
        if (verdict.status === 'capitalised-unknown') {
          sawName = true
          if (index > 0) firstIsName = false
        }
      }
      offset += part.length + 1
    }
    // `Vue-direktivet`, `Digg-riktlinjen`: a name joined to a known word is a compound, wherever it stands.
    if (sawName && firstIsName && parts.length > 1) return correct
    return sawName && capitalised ? capitalisedUnknown : correct
  }
}

const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u
const invisibleAll = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu

/** Typographic apostrophes as Hunspell's dictionaries spell them. */
function normalise(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word
}

/** Keep the capital letter (or all capitals) of `original` on `replacement`. */
function matchCase(original: string, replacement: string): string {
  const shape = letterCase(original)
  if (shape === 'upper' && original.length > 1) return replacement.toUpperCase()
  if (shape === 'capitalised') return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}
