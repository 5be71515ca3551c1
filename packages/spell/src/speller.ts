import type {Hunspell} from 'hunspell-asm'

/** Languages with a bundled dictionary. */
export type SpellLanguage = 'sv' | 'en'

/** A Hunspell spell checker for one language, with a result cache. */
export interface Speller {
  readonly language: SpellLanguage
  /** Whether the dictionary (or an added word) accepts `word`, exactly as written (case matters). Cached. */
  correct(word: string): boolean
  /** Hunspell's suggestions for `word`, best first; empty for a correct word. Cached (suggesting is slow). */
  suggest(word: string): readonly string[]
  /**
   * Accept more words in this speller. The speller is shared by everything in the process that loaded the same
   * language, so add only words that are right everywhere; keep per-project word lists outside it.
   */
  addWords(words: Iterable<string>): void
  /** Number of words actually sent to Hunspell by `correct` (cache misses). */
  readonly lookups: number
}

/**
 * Speller over one or more Hunspell handles: a word is correct when any handle accepts it, and suggestions are
 * merged in handle order.
 */
export class HunspellSpeller implements Speller {
  readonly #handles: readonly Hunspell[]
  readonly #results = new Map<string, boolean>()
  readonly #suggestions = new Map<string, readonly string[]>()
  #lookups = 0

  constructor(
    readonly language: SpellLanguage,
    handles: readonly Hunspell[]
  ) {
    if (handles.length === 0) throw new Error('A speller needs at least one dictionary')
    this.#handles = handles
  }

  get lookups(): number {
    return this.#lookups
  }

  correct(word: string): boolean {
    let result = this.#results.get(word)
    if (result === undefined) {
      result = this.#check(word)
      this.#results.set(word, result)
    }
    return result
  }

  suggest(word: string): readonly string[] {
    let result = this.#suggestions.get(word)
    if (result === undefined) {
      result = this.correct(word) ? [] : this.#suggestUncached(word)
      this.#suggestions.set(word, result)
    }
    return result
  }

  addWords(words: Iterable<string>): void {
    for (const word of words) {
      const trimmed = word.trim()
      if (trimmed === '') continue
      this.#handles[0]!.addWord(trimmed)
    }
    // Earlier "wrong" answers may now be right.
    this.#results.clear()
    this.#suggestions.clear()
  }

  #check(word: string): boolean {
    this.#lookups++
    for (const handle of this.#handles) {
      if (handle.spell(word)) return true
    }
    return false
  }

  #suggestUncached(word: string): readonly string[] {
    if (this.#handles.length === 1) return this.#handles[0]!.suggest(word)
    const merged = new Set<string>()
    for (const handle of this.#handles) {
      for (const suggestion of handle.suggest(word)) merged.add(suggestion)
    }
    return [...merged]
  }
}
