import type {Root, Sentence, SentenceContent} from 'nlcst'
import {childText, wordText} from './word-text.js'

// A quotation is someone's own words: a plain-language editor does not rewrite a minister's quote in a press
// release, however long or passive it is. Swedish marks a quotation with a dash at the start of the paragraph
// (`– Det här är viktigt, säger ministern.`), with quotation marks around it, or with an attribution (`säger X`).

const dashes = new Set(['–', '—'])
const quoteMarks = new Set(['”', '"', '“', '»', '«'])
const sayingVerbs = new Set(['säger', 'sa', 'sade', 'skriver', 'berättar', 'konstaterar', 'understryker', 'betonar', 'menar', 'framhåller', 'avslutar', 'fortsätter'])

function firstNonSpace(children: readonly SentenceContent[]): SentenceContent | undefined {
  for (const child of children) if (child.type !== 'WhiteSpaceNode') return child
  return undefined
}

function lastNonSpace(children: readonly SentenceContent[]): SentenceContent | undefined {
  for (let index = children.length - 1; index >= 0; index--) if (children[index]!.type !== 'WhiteSpaceNode') return children[index]
  return undefined
}

/** Whether a sentence ends with an attribution: `…, säger Anna Svensson.` after a comma. */
function endsWithAttribution(children: readonly SentenceContent[]): boolean {
  for (let index = children.length - 1; index >= 1; index--) {
    const child = children[index]!
    if (child.type !== 'WordNode' || !sayingVerbs.has(wordText(child).toLowerCase())) continue
    for (let before = index - 1; before >= 0; before--) {
      const previous = children[before]!
      if (previous.type === 'WhiteSpaceNode') continue
      return previous.type === 'PunctuationNode' && (previous.value === ',' || quoteMarks.has(previous.value))
    }
  }
  return false
}

const cache = new WeakMap<Root, ReadonlySet<Sentence>>()

/**
 * The sentences of `tree` that are quotations: every sentence of a paragraph that opens with a dash or a quotation
 * mark, and any sentence that ends with an attribution (`, säger X`) or is wrapped in quotation marks.
 */
export function quotations(tree: Root): ReadonlySet<Sentence> {
  let found = cache.get(tree)
  if (found) return found
  const set = new Set<Sentence>()
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    let quoted = false
    let first = true
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = firstNonSpace(sentence.children)
      if (first) {
        quoted = start?.type === 'PunctuationNode' || start?.type === 'SymbolNode' ? dashes.has(childText(start)) || quoteMarks.has(childText(start)) : false
        first = false
      }
      const end = lastNonSpace(sentence.children)
      const wrapped = start !== undefined && quoteMarks.has(childText(start)) && end !== undefined && quoteMarks.has(childText(end))
      if (quoted || wrapped || endsWithAttribution(sentence.children)) set.add(sentence)
    }
  }
  found = set
  cache.set(tree, found)
  return found
}
