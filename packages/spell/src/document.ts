import type {SpellingChecker} from './checker.js'

// Just enough of nlcst/unist to walk a tree without depending on it.
export interface TextPoint {
  readonly line: number
  readonly column: number
  readonly offset?: number
}
export interface TextPosition {
  readonly start: TextPoint
  readonly end: TextPoint
}
export interface TextNode {
  readonly type: string
  readonly value?: string
  readonly children?: readonly TextNode[]
  readonly position?: TextPosition
}

/** A misspelled word (or part of a hyphenated word) in a document. */
export interface Misspelling {
  /** The word node. */
  readonly node: TextNode
  /** The wrong text exactly as in the document. */
  readonly actual: string
  /** Where `actual` is; the node's own position when it is the whole word. */
  readonly position: TextPosition | undefined
  /** Correction from the list of known misspellings, if any. */
  readonly correction?: string
}

/** A word that a first check did not accept, with what a second check needs to decide on it. */
export interface SuspectWord {
  /** The word node. */
  readonly node: TextNode
  readonly text: string
  /** Whether it is the first word of its sentence (where a capital says nothing about names). */
  readonly first: boolean
}

/**
 * The misspelled words of an nlcst tree, in document order. Only `WordNode`s are checked (URLs and e-mail
 * addresses are `SourceNode`s). A capitalised unknown word that is not the first word of its sentence is taken as a
 * name; a first word is too if the same word is used as a name elsewhere in the document.
 */
export function findMisspellings(tree: TextNode, checker: SpellingChecker): Misspelling[] {
  const sentences: TextNode[] = []
  walkSentences(tree, (sentence) => sentences.push(sentence))
  return misspellingsAmong(suspectWords(sentences, checker), checker)
}

/**
 * The words of `sentences` that `checker` does not find correct, in document order. Only these can be misspelled
 * for `checker`, or for any checker that accepts every word `checker` accepts (the same options plus a second
 * language): a document is then walked once, whatever the number of checks.
 */
export function suspectWords(sentences: Iterable<TextNode>, checker: SpellingChecker): SuspectWord[] {
  const suspects: SuspectWord[] = []
  for (const sentence of sentences) {
    const children = sentence.children
    if (!children) continue
    let first = true
    for (const child of children) {
      if (child.type !== 'WordNode') continue
      const text = nodeText(child)
      if (checker.check(text).status !== 'correct') suspects.push({node: child, text, first})
      first = false
    }
  }
  return suspects
}

/** The misspellings among `words` (from {@link suspectWords}) for `checker`, as {@link findMisspellings} finds them. */
export function misspellingsAmong(words: readonly SuspectWord[], checker: SpellingChecker): Misspelling[] {
  const found: Array<Misspelling | SuspectWord> = []
  const names = new Set<string>()
  for (const word of words) {
    const {node, text} = word
    const verdict = checker.check(text)
    if (verdict.status === 'misspelled') {
      const actual = text.slice(verdict.offset, verdict.offset + verdict.text.length)
      const position = verdict.offset === 0 && actual === text ? node.position : shift(node.position, verdict.offset, actual.length)
      found.push(verdict.correction === undefined
        ? {node, actual, position}
        : {node, actual, position, correction: verdict.correction})
    } else if (verdict.status === 'capitalised-unknown') {
      if (word.first) found.push(word)
      else names.add(text)
    }
  }
  const result: Misspelling[] = []
  for (const item of found) {
    if ('actual' in item) result.push(item)
    else if (!names.has(item.text)) result.push({node: item.node, actual: item.text, position: item.node.position})
  }
  return result
}

function walkSentences(node: TextNode, visit: (sentence: TextNode) => void): void {
  if (node.type === 'SentenceNode') {
    visit(node)
    return
  }
  for (const child of node.children ?? []) walkSentences(child, visit)
}

function nodeText(node: TextNode): string {
  if (node.value !== undefined) return node.value
  const children = node.children ?? []
  // Most words are one TextNode.
  if (children.length === 1) return nodeText(children[0]!)
  let text = ''
  for (const child of children) text += nodeText(child)
  return text
}

/** Position of `length` characters at `offset` inside a word (a word never spans lines). */
function shift(position: TextPosition | undefined, offset: number, length: number): TextPosition | undefined {
  if (!position) return undefined
  const {start} = position
  const at = (delta: number): TextPoint =>
    start.offset === undefined
      ? {line: start.line, column: start.column + delta}
      : {line: start.line, column: start.column + delta, offset: start.offset + delta}
  return {start: at(offset), end: at(offset + length)}
}
