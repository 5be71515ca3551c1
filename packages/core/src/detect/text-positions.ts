import type {Node, Parent, Point, Position} from 'unist'

interface Leaf {
  readonly start: number
  readonly end: number
  readonly position: Position | undefined
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
 * contiguous slice of the source. A leaf's own start and end are exact. A point inside a leaf is counted from its
 * start when the leaf is written literally (its source is as long as its text, and it holds no line break, which
 * holds for words, symbols and punctuation: the places where matches start and end); inside a leaf whose source
 * differs (a character reference or escape in Markdown or HTML) it is the leaf's start or end, so a span never
 * points into the middle of a reference.
 */
export function positionedText(node: Node): PositionedText {
  const leaves: Leaf[] = []
  let text = ''
  const collect = (current: Node) => {
    if ('value' in current && typeof current.value === 'string') {
      leaves.push({start: text.length, end: text.length + current.value.length, position: (current as Node).position})
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

  const pointIn = (leaf: Leaf | undefined, offset: number, side: 'start' | 'end'): Point | undefined => {
    const position = leaf?.position
    if (!leaf || !position) return undefined
    const {start, end} = position
    if (offset <= leaf.start) return {...start}
    if (offset >= leaf.end) return {...end}
    if (start.offset !== undefined && end.offset !== undefined && end.offset - start.offset !== leaf.end - leaf.start) {
      return {...position[side]}
    }
    const delta = offset - leaf.start
    const point: Point = {line: start.line, column: start.column + delta}
    if (start.offset !== undefined) point.offset = start.offset + delta
    return point
  }

  return {
    text,
    startPoint: (offset) => pointIn(find(offset, false), offset, 'start'),
    endPoint: (offset) => pointIn(find(offset, true), offset, 'end')
  }
}
