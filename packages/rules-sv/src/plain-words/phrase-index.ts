import type {Root, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {SwedishParser} from '../parser/index.js'
import {childText} from '../word-text.js'

/** One token of a phrase to find: a word (lower case), a mark (`.`, `/`) or white space. */
export interface PhraseToken {
  readonly kind: 'word' | 'mark' | 'space'
  readonly value: string
}

/** A phrase match inside a sentence: children `start` to `end` (inclusive). */
export interface PhraseMatch<T> {
  readonly value: T
  readonly start: number
  readonly end: number
}

interface Candidate<T> {
  readonly tokens: readonly PhraseToken[]
  readonly value: T
}

/**
 * Split a phrase the way the Swedish parser splits text, so that `t.ex.` (word + dot), `m.m.` (one word) and
 * `och/eller` (word, mark, word) are compared token by token with the document.
 */
export function phraseTokens(phrase: string): PhraseToken[] {
  const tree: Root = new SwedishParser().parse(phrase)
  const tokens: PhraseToken[] = []
  const add = (node: SentenceContent) => {
    if (node.type === 'WhiteSpaceNode') tokens.push({kind: 'space', value: ' '})
    else if (node.type === 'WordNode') tokens.push({kind: 'word', value: toString(node).toLowerCase()})
    else tokens.push({kind: 'mark', value: toString(node)})
  }
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') child.children.forEach(add)
      else add(child)
    }
  }
  return tokens
}

/**
 * Finds listed words and phrases in a sentence with one map lookup per word: phrases are indexed by their first
 * word, longest first, so the longest phrase that matches wins.
 */
export class PhraseIndex<T> {
  readonly #byFirstWord = new Map<string, Array<Candidate<T>>>()

  add(phrase: string, value: T): void {
    const tokens = phraseTokens(phrase)
    const first = tokens[0]
    if (!first || first.kind !== 'word') throw new Error(`Phrase must start with a word: ${JSON.stringify(phrase)}`)
    const list = this.#byFirstWord.get(first.value) ?? []
    list.push({tokens, value})
    list.sort((a, b) => b.tokens.length - a.tokens.length)
    this.#byFirstWord.set(first.value, list)
  }

  /** Whether some phrase starts with this (lower-case) word. */
  has(word: string): boolean {
    return this.#byFirstWord.has(word)
  }

  /**
   * The longest phrase that starts at child `start`. `texts` holds the lower-case text of each child (computed once
   * per sentence by the caller). White space in a phrase matches any run of spaces with at most one line break.
   */
  match(
    children: readonly SentenceContent[],
    texts: readonly string[],
    start: number,
    accept?: (match: PhraseMatch<T>) => boolean
  ): PhraseMatch<T> | undefined {
    const candidates = this.#byFirstWord.get(texts[start] ?? '')
    if (!candidates) return undefined
    for (const candidate of candidates) {
      const end = matchAt(candidate.tokens, children, texts, start)
      if (end === -1) continue
      const match = {value: candidate.value, start, end}
      if (!accept || accept(match)) return match
    }
    return undefined
  }
}

function matchAt(
  tokens: readonly PhraseToken[],
  children: readonly SentenceContent[],
  texts: readonly string[],
  start: number
): number {
  if (start + tokens.length > children.length) return -1
  for (let offset = 0; offset < tokens.length; offset++) {
    const token = tokens[offset]!
    const child = children[start + offset]!
    const text = texts[start + offset]!
    if (token.kind === 'space') {
      if (child.type !== 'WhiteSpaceNode' || lineBreaks(text) > 1) return -1
    } else if (token.kind === 'word') {
      if (child.type !== 'WordNode' || text !== token.value) return -1
    } else if ((child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') || text !== token.value) {
      return -1
    }
  }
  return start + tokens.length - 1
}

function lineBreaks(value: string): number {
  let count = 0
  for (const character of value) if (character === '\n') count++
  return count
}

/** Lower-case text of each child of a sentence, for {@link PhraseIndex.match}. */
export function lowerTexts(children: readonly SentenceContent[]): string[] {
  const texts: string[] = new Array(children.length)
  for (let index = 0; index < children.length; index++) texts[index] = childText(children[index]!).toLowerCase()
  return texts
}
