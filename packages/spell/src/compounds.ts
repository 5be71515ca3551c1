import {editDistance} from './suggestions.js'
import type {Speller} from './speller.js'

export interface CompoundOptions {
  /** Shortest part, in letters (`kärl` + `byte`). Default 3. */
  readonly minPart?: number
  /** Shortest first part, which may be a short prefix Hunspell lists as a compound form (`el-` in `elsparkcykel`). Default 2. */
  readonly minFirstPart?: number
  /** Letters tried when looking for a known word one dropped letter away. Default: the Swedish alphabet. */
  readonly alphabet?: string
  /**
   * Also refuse a compound when Hunspell's first suggestion is one edit away (`ledaskap` → `ledarskap`, whose
   * neighbour `ledar` + `skap` has as many parts). Finds more typos (on the hand-made set 84 % instead of 79 %) but
   * asks the slow `suggest` for every word that splits, accepted or not. Default false.
   */
  readonly suggestionGuard?: boolean
}

const swedishAlphabet = 'abcdefghijklmnopqrstuvwxyzåäöé'
// `kommmunen`: no Swedish word has three of one letter in a row (a compound drops one: `nattåg`).
const tripled = /(\p{L})\1\1/u

/**
 * Swedish compound analysis on top of Hunspell, for the compounds `dictionary-sv`'s compound flags do not build
 * (`kärlbyte`, `hämtställe`, `elsparkcykel`): a word is a compound when it splits into parts where
 *
 * - the last part is a word Hunspell accepts as it stands (itself possibly a compound Hunspell builds),
 * - every other part is a word Hunspell accepts, or a compound form it lists (`skol-`, `kyrko-`, `hämt-`: Hunspell
 *   accepts `skol-` as the start of a hyphenated compound), with or without a joint `s` or `e`,
 * - every part has at least `minPart` letters (the first may be a listed compound form of `minFirstPart`).
 *
 * Typos that happen to split into words (`utbetalnig` = `utbetal(a)` + `nig`, `tillfredställande` = `till` + `fred`
 * + `ställande`) are refused when a known word is one dropped, doubled or swapped letter away: that a letter went
 * missing in a known word is likelier than a new compound. This uses `correct` only, never Hunspell's slow
 * `suggest`. Results are cached per word.
 */
export class CompoundAnalyser {
  readonly #speller: Speller
  readonly #minPart: number
  readonly #minFirstPart: number
  readonly #alphabet: readonly string[]
  readonly #suggestionGuard: boolean
  readonly #results = new Map<string, boolean>()
  readonly #tails = new Map<string, number>()

  constructor(speller: Speller, options: CompoundOptions = {}) {
    this.#speller = speller
    this.#minPart = options.minPart ?? 3
    this.#minFirstPart = options.minFirstPart ?? 3
    this.#alphabet = [...(options.alphabet ?? swedishAlphabet)]
    this.#suggestionGuard = options.suggestionGuard ?? false
  }

  /** Whether `word` (lower case, not accepted by Hunspell) is a compound of known words and not a near typo. */
  isCompound(word: string): boolean {
    let result = this.#results.get(word)
    if (result === undefined) {
      const parts = tripled.test(word) ? Infinity : this.#parts(word, this.#minFirstPart)
      result = parts < Infinity && !this.#simplerNeighbour(word, parts) && !(this.#suggestionGuard && this.#suggestedNear(word))
      this.#results.set(word, result)
    }
    return result
  }

  /**
   * The fewest parts `word` splits into (Infinity if it does not split): a first part of at least `minHead` letters,
   * then a word Hunspell accepts (one part) or a compound of our own.
   */
  #parts(word: string, minHead: number): number {
    const letters = [...word]
    let fewest = Infinity
    for (let cut = minHead; cut <= letters.length - this.#minPart && fewest > 2; cut++) {
      const head = letters.slice(0, cut).join('')
      if (!this.#isFirstPart(head, cut)) continue
      fewest = Math.min(fewest, 1 + this.#tailParts(letters.slice(cut).join('')))
    }
    return fewest
  }

  #tailParts(tail: string): number {
    let result = this.#tails.get(tail)
    if (result === undefined) {
      result = this.#speller.correct(tail) ? 1 : this.#parts(tail, this.#minPart)
      this.#tails.set(tail, result)
    }
    return result
  }

  /** A word or a compound form, with or without a joint `s`/`e` (`kommun`, `skol`, `handläggnings`, `granne`). */
  #isFirstPart(head: string, length: number): boolean {
    if (length < this.#minPart) return false
    if (this.#speller.correct(head + '-')) return true
    const last = head.at(-1)
    const stem = head.slice(0, -1)
    // `kommun-` is listed and `kommuns-` is not: `kommunsstyrelsen` has one `s` too many (also when `kommuns`
    // is a word, the genitive).
    if (last === 's' && this.#speller.correct(stem + '-')) return false
    // A word whose compound form Hunspell lists with a joint `s` (`välfärds-`) is no part without it:
    // `välfärdsystem` is a dropped `s`, not a compound.
    if (this.#speller.correct(head) && !this.#speller.correct(head + 's-')) return true
    if ((last !== 's' && last !== 'e') || length - 1 < this.#minPart) return false
    return this.#speller.correct(stem + '-') || (this.#speller.correct(stem) && !this.#speller.correct(stem + 's-'))
  }

  /**
   * A word Hunspell accepts one letter away (a letter dropped, doubled, added or swapped) that is a likelier reading
   * of `word`: `tillfredsställande` (`tillfreds` + `ställande`) beats `till` + `fred` + `ställande`. A neighbour of
   * as many parts is usually just another compound (`hårsväljare` next to `årsväljare`, `filmväljare`).
   */
  #simplerNeighbour(word: string, parts: number): boolean {
    // A neighbour that needs fewer parts wins; one of as many parts only for the commonest compound typos: a joint
    // `s` missing (`välfärdsystem`) or one too many, and a doubled letter (`förskolla`: `förs` + `kolla`).
    const wins = (candidate: string, orEqual: boolean) => {
      if (!this.#speller.correct(candidate)) return false
      const candidateParts = this.#parts(candidate, this.#minPart)
      // A word that does not split is one part.
      const fewer = candidateParts === Infinity ? 1 : candidateParts
      return fewer < parts || (orEqual && fewer === parts)
    }
    const letters = [...word]
    const near = this.#nearCuts(word, this.#minFirstPart)
    for (let index = 0; index <= letters.length; index++) {
      const before = letters.slice(0, index).join('')
      const after = letters.slice(index).join('')
      const letter = letters[index]
      if (near.has(index)) {
        // A final `s` is a genitive, not a joint.
        for (const extra of this.#alphabet) if (wins(before + extra + after, extra === 's' && index < letters.length)) return true
      }
      if (letter !== undefined) {
        const doubled = letter === letters[index - 1] || letter === letters[index + 1]
        if (wins(before + letters.slice(index + 1).join(''), doubled || letter === 's')) return true
      }
      if (index > 0 && letter !== undefined && letters[index - 1] !== letter) {
        const swapped = [...letters]
        ;[swapped[index - 1], swapped[index]] = [letter, letters[index - 1]!]
        if (wins(swapped.join(''), false)) return true
      }
    }
    return false
  }

  /** Hunspell's first suggestion is one edit away: a typo of a known word is likelier than a new compound. */
  #suggestedNear(word: string): boolean {
    const first = this.#speller.suggest(word)[0]
    return first !== undefined && editDistance(word, first.toLowerCase()) === 1
  }

  /**
   * Positions within two letters of a joint of any analysis of `word`. A dropped letter that a compound analysis
   * covers up sits there (`tillfred|ställande`): one far inside a part breaks that part, or makes another word of
   * it (`ikon`, `fikon`), which is a compound of as many parts. Checking only these saves most Hunspell calls.
   */
  #nearCuts(word: string, minHead: number, offset = 0, near = new Set<number>()): Set<number> {
    const letters = [...word]
    for (let cut = minHead; cut <= letters.length - this.#minPart; cut++) {
      const tail = letters.slice(cut).join('')
      if (!this.#isFirstPart(letters.slice(0, cut).join(''), cut) || this.#tailParts(tail) === Infinity) continue
      for (let index = offset + cut - 2; index <= offset + cut + 2; index++) near.add(index)
      this.#nearCuts(tail, this.#minPart, offset + cut, near)
    }
    return near
  }
}
