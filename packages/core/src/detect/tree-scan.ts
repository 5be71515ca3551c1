import type {VFile} from 'vfile'
import {report} from '../report.js'
import type {Node, Parent, Position} from 'unist'
import {SKIP, visit} from 'unist-util-visit'
import {findIdentityNumbers, type IdentityNumberMatch, type IdentityNumberOptions} from './personal-identity-number.js'
import {positionedText} from './text-positions.js'

export interface PlacedIdentityNumber {
  readonly match: IdentityNumberMatch
  /** Where the number is in the document; `undefined` when the tree has no positions. */
  readonly position: Position | undefined
  /** The paragraph (or loose sentence) the number was found in. */
  readonly node: Node
}

/**
 * Every personnummer and samordningsnummer in an nlcst tree. Whole paragraphs are scanned, because the parser splits
 * a number into several tokens (`811218`, `+`, `9876`) that sentence segmentation must not separate from the scan.
 */
export function identityNumbersInTree(tree: Node, options: IdentityNumberOptions = {}): PlacedIdentityNumber[] {
  const found: PlacedIdentityNumber[] = []
  const scan = (node: Node) => {
    // Every personnummer has a run of at least six digits (the date); most paragraphs have none.
    if (!hasSixDigits(node)) return
    const positioned = positionedText(node)
    for (const match of findIdentityNumbers(positioned.text, options)) {
      const start = positioned.startPoint(match.start)
      const end = positioned.endPoint(match.end)
      found.push({match, node, position: start && end ? {start, end} : node.position})
    }
  }
  visit(tree, (node: Node, _index, parent: Parent | undefined) => {
    if (node.type === 'ParagraphNode' || (node.type === 'SentenceNode' && parent?.type !== 'ParagraphNode')) {
      scan(node)
      return SKIP
    }
    return undefined
  })
  return found
}

function hasSixDigits(node: Node): boolean {
  if ('value' in node && typeof node.value === 'string') return sixDigits.test(node.value)
  if ('children' in node) for (const child of (node as Parent).children) if (hasSixDigits(child)) return true
  return false
}

const sixDigits = /\d{6}/

/** The texts a `personal-identity-number` rule reports with, in its language. */
export interface IdentityNumberTexts {
  readonly reasons: Readonly<Record<IdentityNumberMatch['kind'], string>>
  readonly note: string
}

/** Report every personnummer and samordningsnummer in `tree` on `file` (the body of both language rules). */
export function reportIdentityNumbers(tree: Node, file: VFile, texts: IdentityNumberTexts): void {
  for (const {match, position, node} of identityNumbersInTree(tree)) {
    report(file, {
      ruleId: 'personal-identity-number',
      reason: texts.reasons[match.kind],
      place: position ?? node,
      actual: match.value,
      note: texts.note
    })
  }
}
