import type {Node, Parent} from 'unist'
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

export function isWord(node: Node): node is Word {
  return node.type === 'WordNode'
}

/** Text of a word node. */
export function wordText(node: Word): string {
  return toString(node)
}

/** The word nodes of a sentence, in order. */
export function words(sentence: Parent): Word[] {
  return (sentence.children as Node[]).filter(isWord)
}

/** The text of a sentence with runs of white space collapsed; used for fingerprints. */
export function sentenceText(sentence: Sentence): string {
  return toString(sentence).replace(/\s+/g, ' ').trim()
}
