import type {Sentence, SentenceContent} from 'nlcst'
import {childText, hasLetterOrDigit, wordText} from '../word-text.js'

// How long a sentence reads, in words. A list of names or amounts inside a sentence (`Barnombudsmannen,
// Folkhälsomyndigheten, Forum för levande historia och …`) reads as quickly as one item, and the link target of
// `{@link target text}` is markup, not words: on labelled real text such sentences were long by count and clear to
// read. Each item of an enumeration of three or more short items therefore counts as one word.

const itemWords = 4
const listWords = new Set(['och', 'eller', 'samt'])

/** Words of a sentence split at commas and `och`/`eller`/`samt`: the sizes of the runs between them. */
function segments(children: readonly SentenceContent[]): number[] {
  const sizes: number[] = [0]
  let inLink = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = childText(child)
      if (value === ',') sizes.push(0)
      // `{@link target text}`: the first word after `@link` is the target.
      if (value === '@') inLink = true
      continue
    }
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (inLink) {
      // `link` itself, then the target: neither is read.
      inLink = text.toLowerCase() === 'link'
      continue
    }
    if (listWords.has(text.toLowerCase())) {
      sizes.push(0)
      continue
    }
    if (hasLetterOrDigit(text)) sizes[sizes.length - 1]!++
  }
  return sizes
}

/** The sentence's length as a reader meets it (see above). */
export function readingLength(sentence: Sentence): number {
  const sizes = segments(sentence.children)
  let total = 0
  let run: number[] = []
  const closeRun = () => {
    // Three or more short items in a row are a list: one word each, and the words joining them count too.
    if (run.length >= 3) total += run.length * 2 - 1
    else for (const size of run) total += size
    run = []
  }
  for (const [index, size] of sizes.entries()) {
    // The first and last segments hold the sentence around the list: a list item is short and not the whole clause.
    if (size > 0 && size <= itemWords && index > 0) run.push(size)
    else {
      closeRun()
      total += size
    }
  }
  closeRun()
  return total
}
