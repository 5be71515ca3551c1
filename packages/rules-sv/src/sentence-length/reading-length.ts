import type {Sentence, SentenceContent} from 'nlcst'
import {childText, hasLetterOrDigit, wordText} from '../word-text.js'

// How long a sentence reads, in words. A list of names or amounts inside a sentence (`Barnombudsmannen,
// Folkhälsomyndigheten, Forum för levande historia och …`) reads as quickly as one item, and the link target of
// `{@link target text}` is markup, not words: on labelled real text such sentences were long by count and clear to
// read. Each item of an enumeration of three or more short items therefore counts as one word.

const itemWords = 4
const listWords = new Set(['och', 'eller', 'samt'])

/** A run of words between commas or list words; `joined`: it starts with `och`, `eller` or `samt` (one word). */
interface Segment {
  words: number
  joined: number
}

/** The sentence split at commas and at `och`/`eller`/`samt`. */
function segments(children: readonly SentenceContent[]): Segment[] {
  const list: Segment[] = [{words: 0, joined: 0}]
  let inLink = false
  for (const child of children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = childText(child)
      if (value === ',') list.push({words: 0, joined: 0})
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
      const last = list[list.length - 1]!
      // `, och`: the comma already began the segment.
      if (last.words === 0 && last.joined === 0 && list.length > 1) last.joined = 1
      else list.push({words: 0, joined: 1})
      continue
    }
    if (hasLetterOrDigit(text)) list[list.length - 1]!.words++
  }
  return list
}

/** The sentence's length as a reader meets it (see above). */
export function readingLength(sentence: Sentence): number {
  let total = 0
  let run: Segment[] = []
  const closeRun = () => {
    // Three or more short items in a row are a list: one word each, plus the list words joining them.
    for (const item of run) total += (run.length >= 3 ? Math.min(item.words, 1) : item.words) + item.joined
    run = []
  }
  for (const [index, segment] of segments(sentence.children).entries()) {
    // The first segment holds the start of the clause around the list, never an item of it.
    if (index > 0 && segment.words > 0 && segment.words <= itemWords) run.push(segment)
    else {
      closeRun()
      total += segment.words + segment.joined
    }
  }
  closeRun()
  return total
}
