import type {SentenceContent} from 'nlcst'
import {textOf} from '@klarsprak/core'

/**
 * Read access to the tokens of one sentence for the matchers: the next or previous token that is not white space,
 * and lower-case word text computed only for the few tokens a matcher looks at.
 */
export class SentenceTokens {
  readonly children: readonly SentenceContent[]
  readonly #lower: Array<string | undefined> = []

  constructor(children: readonly SentenceContent[]) {
    this.children = children
  }

  /** Index of the next token after `from` that is not white space, or -1 at the end of the sentence. */
  next(from: number): number {
    const children = this.children
    for (let index = from + 1; index < children.length; index++) {
      if (children[index]!.type !== 'WhiteSpaceNode') return index
    }
    return -1
  }

  /** Index of the previous token before `from` that is not white space, or -1 at the start of the sentence. */
  previous(from: number): number {
    for (let index = from - 1; index >= 0; index--) {
      if (this.children[index]!.type !== 'WhiteSpaceNode') return index
    }
    return -1
  }

  isWord(index: number): boolean {
    return index >= 0 && this.children[index]!.type === 'WordNode'
  }

  /** The token's text as written (`''` outside the sentence). */
  text(index: number): string {
    const child = this.children[index]
    if (!child) return ''
    return child.type === 'WordNode' ? textOf(child) : 'value' in child ? child.value : ''
  }

  /** Lower-case text of a word token; `''` for anything else, so that a lookup in a word list fails. */
  word(index: number): string {
    if (!this.isWord(index)) return ''
    let cached = this.#lower[index]
    if (cached === undefined) {
      cached = this.text(index).toLowerCase()
      this.#lower[index] = cached
    }
    return cached
  }

  /** The document text from token `start` to token `end` (inclusive). */
  slice(start: number, end: number): string {
    let text = ''
    for (let index = start; index <= end; index++) text += this.text(index)
    return text
  }
}
