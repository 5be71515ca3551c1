import type {Paragraph, ParagraphContent, Root, Sentence, SentenceContent} from 'nlcst'
import {textOf} from './walk.js'

// A line that ends without a sentence mark and a next line that starts with a capital letter are two things a
// reader reads apart: a heading, a label or a list item pasted without a blank line (Word, e-mail, HTML without
// block tags), or a Markdown list item with a lazy continuation line. The sentence tokenizer sees one sentence.

const upper = /^\p{Lu}/u
// After these a line break ends nothing: the sentence goes on over a wrapped line (`,`) or has ended already.
const continues = new Set([',', ';', '(', '/', '&', '+', '='])

function startsWithCapital(node: SentenceContent | undefined): boolean {
  return node?.type === 'WordNode' && upper.test(textOf(node))
}

/** Where `sentence` splits: indices of line-break white space between a bare line end and a capitalised line. */
function breakPoints(children: readonly SentenceContent[]): number[] {
  const points: number[] = []
  for (let index = 1; index < children.length - 1; index++) {
    const child = children[index]!
    if (child.type !== 'WhiteSpaceNode' || !child.value.includes('\n')) continue
    const before = children[index - 1]!
    if (before.type === 'PunctuationNode' || before.type === 'SymbolNode') {
      if (continues.has(before.value) || before.value === '-' || before.value === '–') continue
    }
    if (!startsWithCapital(children[index + 1])) continue
    points.push(index)
  }
  return points
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return start && end ? {type: 'SentenceNode', children, position: {start, end}} : {type: 'SentenceNode', children}
}

/**
 * Split every sentence of `tree` at a line break that a reader reads as a boundary (see above); the break itself
 * becomes white space between the sentences. Changes the tree in place, before any rule or statistic reads it.
 */
export function splitAtBareLineBreaks(tree: Root): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const node = paragraph as Paragraph
    let changed = false
    const next: ParagraphContent[] = []
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') {
        next.push(child)
        continue
      }
      const points = breakPoints(child.children)
      if (points.length === 0) {
        next.push(child)
        continue
      }
      changed = true
      let from = 0
      for (const point of points) {
        next.push(sentenceOf(child.children.slice(from, point)))
        next.push(child.children[point] as ParagraphContent)
        from = point + 1
      }
      next.push(sentenceOf(child.children.slice(from)))
    }
    if (changed) node.children = next
  }
}
