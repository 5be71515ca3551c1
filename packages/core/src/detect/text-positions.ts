import type {Node, Parent, Point} from 'unist'

interface Leaf {
  readonly start: number
  readonly end: number
  readonly point: Point | undefined
}

/** The text of a node together with a way back from offsets in that text to points in the document. */
export interface PositionedText {
  readonly text: string
  /** Document point where the character at `offset` starts; `undefined` when its leaf has no position. */
  startPoint(offset: number): Point | undefined
  /** Document point just after the character before `offset`. */
  endPoint(offset: number): Point | undefined
}

/**
 * Concatenate the literal leaves of `node` (an nlcst paragraph or sentence) and remember where each leaf starts.
 * Offsets map back leaf by leaf, so this also works for trees made from Markdown or HTML, whose text is not one
 * contiguous slice of the source. A point inside a leaf assumes the leaf holds no line break, which holds for
 * words, symbols and punctuation: the places where matches start and end.
 */
export function positionedText(node: Node): PositionedText {
  const leaves: Leaf[] = []
  let text = ''
  const collect = (current: Node) => {
    if ('value' in current && typeof current.value === 'string') {
      leaves.push({start: text.length, end: text.length + current.value.length, point: current.position?.start})
      text += current.value
    } else if ('children' in current) {
      for (const child of (current as Parent).children) collect(child)
    }
  }
  collect(node)

  // First leaf whose end is past `offset` (start side) or at least `offset` (end side).
  const find = (offset: number, inclusiveEnd: boolean): Leaf | undefined => {
    let low = 0
    let high = leaves.length
    while (low < high) {
      const middle = (low + high) >> 1
      const end = leaves[middle]!.end
      if (inclusiveEnd ? end < offset : end <= offset) low = middle + 1
      else high = middle
    }
    return leaves[low]
  }

  const pointIn = (leaf: Leaf | undefined, offset: number): Point | undefined => {
    if (!leaf?.point) return undefined
    const delta = offset - leaf.start
    const point: Point = {line: leaf.point.line, column: leaf.point.column + delta}
    if (leaf.point.offset !== undefined) point.offset = leaf.point.offset + delta
    return point
  }

  return {
    text,
    startPoint: (offset) => pointIn(find(offset, false), offset),
    endPoint: (offset) => pointIn(find(offset, true), offset)
  }
}
