import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/**
 * The sentences of an nlcst tree in document order. The tree shape is fixed (root → paragraphs → sentences), so a
 * plain loop replaces a generic `visit`, which allocates per node and is the largest cost of cheap rules on long
 * texts. Cached per tree: every rule that asks gets the same array.
 */
export function sentencesIn(tree: Root): readonly Sentence[] {
  let cached = sentenceCache.get(tree)
  if (!cached) {
    cached = []
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const child of (paragraph as Paragraph).children) if (child.type === 'SentenceNode') cached.push(child)
    }
    sentenceCache.set(tree, cached)
  }
  return cached
}

const sentenceCache = new WeakMap<Root, Sentence[]>()
const textCache = new WeakMap<Word, string>()

/** The text of a word node, computed once per node (rules ask for the same words many times). */
export function textOf(word: Word): string {
  const children = word.children
  // Most words are one text node: its value needs no cache (a WeakMap lookup costs more than reading it).
  if (children.length === 1) {
    const only = children[0]!
    if (only.type === 'TextNode') return only.value
  }
  let text = textCache.get(word)
  if (text === undefined) {
    text = toString(word)
    textCache.set(word, text)
  }
  return text
}
