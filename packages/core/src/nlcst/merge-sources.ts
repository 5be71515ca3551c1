import type {Sentence, SentenceContent, Source} from 'nlcst'
import {toString} from 'nlcst-to-string'

// URLs, bare `www.` addresses and e-mail addresses are not prose: no rule should check their "words".
const sourcePattern =
  /(?:https?:\/\/|www\.)[^\s<>"”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const trailing = /[.,;:!?)\]}'’”"»]+$/u

/**
 * Sentence plugin for nlcst parsers: merges the tokens of each URL and e-mail address into one `SourceNode`,
 * so that spelling, segmentation and statistics skip them. Run it before sentences are split.
 */
export function mergeSources(sentence: Sentence): void {
  const children = sentence.children
  if (children.length === 0) return
  const text = toString(children)
  if (!text.includes('@') && !text.includes('www.') && !text.includes('://')) return

  // Token start offsets within `text`.
  const starts: number[] = []
  let offset = 0
  for (const child of children) {
    starts.push(offset)
    offset += toString(child).length
  }

  const replaced: SentenceContent[] = []
  let index = 0
  for (const match of text.matchAll(sourcePattern)) {
    const matchStart = match.index
    const matchEnd = matchStart + match[0].replace(trailing, '').length
    // Align to whole tokens: start at a token start, end at the last token ending inside the match.
    const first = tokenStartingAt(starts, matchStart)
    if (first === -1 || first < index) continue
    let last = first
    while (last + 1 < children.length && starts[last + 1]! < matchEnd) last++
    const lastEnd = (starts[last + 1] ?? text.length)
    if (lastEnd > matchEnd && last > first) last--
    const covered = children.slice(first, last + 1)
    for (let kept = index; kept < first; kept++) replaced.push(children[kept]!)
    const node: Source = {type: 'SourceNode', value: toString(covered)}
    const head = covered[0]?.position
    const tail = covered[covered.length - 1]?.position
    if (head && tail) node.position = {start: head.start, end: tail.end}
    replaced.push(node)
    index = last + 1
  }
  if (index === 0) return
  for (let kept = index; kept < children.length; kept++) replaced.push(children[kept]!)
  sentence.children = replaced
}

/** Index of the token that starts at `offset` (binary search), or -1. */
function tokenStartingAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = starts[middle]!
    if (value === offset) return middle
    if (value < offset) low = middle + 1
    else high = middle - 1
  }
  return -1
}
