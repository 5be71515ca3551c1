import type {SpellingChecker} from './checker.js'
import {isNonWord} from './shape.js'

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
  /** Set when the word is reported once as a possible term: how often the document uses it. */
  readonly occurrences?: number
}

/** A sentence, paragraph or document: how many of its words count towards telling its language. */
export interface Passage {
  /** Words of two letters or more that are no numbers, acronyms or names. */
  words: number
  readonly parent?: Passage
}

/** A word that a first check did not accept, with what a second check needs to decide on it. */
export interface SuspectWord {
  /** The word node. */
  readonly node: TextNode
  readonly text: string
  /** Whether it is the first word of its sentence (where a capital says nothing about names). */
  readonly first: boolean
  /** Its sentence. */
  readonly passage: Passage
}

/** The words of a document that matter for spelling. */
export interface DocumentWords {
  /** Words the first check did not accept, in document order. */
  readonly suspects: readonly SuspectWord[]
  /** Lower-case words of four letters or more that the first check accepted: what the text itself spells right. */
  readonly known: ReadonlySet<string>
}

/**
 * The misspelled words of an nlcst tree, in document order. Only `WordNode`s are checked (URLs and e-mail
 * addresses are `SourceNode`s). A capitalised unknown word that is not the first word of its sentence is taken as a
 * name; a first word is too if the same word is used as a name elsewhere in the document.
 */
export function findMisspellings(tree: TextNode, checker: SpellingChecker): Misspelling[] {
  return misspellingsAmong(suspectWords(tree, checker), checker)
}

/**
 * The words of `tree` that `checker` does not find correct, in document order, and the words it does. Only these
 * can be misspelled for `checker`, or for any checker that accepts every word `checker` accepts (the same options
 * plus a second language): a document is then walked once, whatever the number of checks. Words inside template
 * tags (`{{ name }}`, `{% if x %}`) are markup and skipped.
 */
export function suspectWords(tree: TextNode, checker: SpellingChecker): DocumentWords {
  const suspects: SuspectWord[] = []
  const known = new Set<string>()
  const document: Passage = {words: 0}
  const template = new TemplateTags()
  const visit = (node: TextNode, paragraph: Passage) => {
    if (node.type !== 'SentenceNode') {
      const inner = node.type === 'ParagraphNode' ? {words: 0, parent: document} : paragraph
      for (const child of node.children ?? []) visit(child, inner)
      return
    }
    const sentence: Passage = {words: 0, parent: paragraph}
    const references = new CodeReferences()
    let first = true
    const children = node.children ?? []
    for (const [index, child] of children.entries()) {
      if (child.type !== 'WordNode') {
        template.see(child)
        references.see(child)
        continue
      }
      if (template.open || references.word(child)) continue
      // `Öystein: I Norge …` in meeting notes: a capitalised word before a colon that opens the sentence is a speaker.
      if (first && children[index + 1] && nodeText(children[index + 1]!) === ':' && /^\p{Lu}/u.test(nodeText(child))) {
        first = false
        continue
      }
      const text = nodeText(child)
      const verdict = checker.check(text)
      if (verdict.status === 'correct') {
        if (text.length >= 4) known.add(text.toLowerCase())
        if (!isNonWord(text)) countWord(sentence)
      } else {
        suspects.push({node: child, text, first, passage: sentence})
        if (verdict.status === 'misspelled') countWord(sentence)
      }
      first = false
    }
  }
  visit(tree, document)
  return {suspects, known}
}

function countWord(sentence: Passage): void {
  for (let passage: Passage | undefined = sentence; passage; passage = passage.parent) passage.words++
}

/** The misspellings among `words` (from {@link suspectWords}) for `checker`, as {@link findMisspellings} finds them. */
export function misspellingsAmong(words: DocumentWords, checker: SpellingChecker): Misspelling[] {
  const found: Array<Misspelling | SuspectWord> = []
  const names = new Set<string>()
  const foreign = new ForeignPassages()
  for (const word of words.suspects) {
    if (checker.check(word.text).status === 'misspelled') foreign.countUnknown(word.passage)
  }
  for (const word of words.suspects) {
    const {node, text} = word
    const verdict = checker.check(text)
    if (verdict.status === 'misspelled') {
      // A word on the list of known misspellings is no foreign word.
      if (verdict.correction === undefined && foreign.has(word.passage)) continue
      const actual = text.slice(verdict.offset, verdict.offset + verdict.text.length)
      const position = verdict.offset === 0 && actual === text ? node.position : shift(node.position, verdict.offset, actual.length)
      found.push(verdict.correction === undefined
        ? {node, actual, position}
        : {node, actual, position, correction: verdict.correction})
    } else if (verdict.status === 'capitalised-unknown') {
      if (word.first) {
        if (!foreign.has(word.passage)) found.push(word)
      } else names.add(text)
    }
  }
  const result: Misspelling[] = []
  for (const item of found) {
    if ('actual' in item) result.push(item)
    else if (!names.has(item.text)) result.push({node: item.node, actual: item.text, position: item.node.position})
  }
  return result
}

/**
 * Passages mostly in another language (a Finnish or English link text on a Swedish page, Swedish text on a page
 * marked English): more than half of their words unknown. A sentence of fewer than three words is judged by its
 * paragraph, a short paragraph by the document.
 */
class ForeignPassages {
  readonly #unknown = new Map<Passage, number>()
  readonly #verdicts = new Map<Passage, boolean>()

  countUnknown(sentence: Passage): void {
    for (let passage: Passage | undefined = sentence; passage; passage = passage.parent) {
      this.#unknown.set(passage, (this.#unknown.get(passage) ?? 0) + 1)
    }
  }

  has(passage: Passage): boolean {
    let verdict = this.#verdicts.get(passage)
    if (verdict === undefined) {
      if (passage.words >= minPassageWords) verdict = (this.#unknown.get(passage) ?? 0) * 2 > passage.words
      else verdict = passage.parent ? this.has(passage.parent) : false
      this.#verdicts.set(passage, verdict)
    }
    return verdict
  }
}

const minPassageWords = 3

/** Whether the walk is inside a template tag: `{{` or `{%` opens one, `}}` or `%}` closes it. */
/**
 * Code references inside prose: the target of a JSDoc-style link (`{@link validators#maxlangd Maxlängd}`: the words up
 * to the first space after `{@link`) and an anchor after `#` (`FModal#anvandning`). They name code, not words.
 */
class CodeReferences {
  #previous = ''
  #beforePrevious = ''
  #target: 'none' | 'next' | 'in' = 'none'

  see(node: TextNode): void {
    const text = nodeText(node)
    if (node.type === 'WhiteSpaceNode') {
      this.#target = this.#target === 'next' ? 'in' : 'none'
      this.#remember(' ')
    } else {
      if (text === '}') this.#target = 'none'
      this.#remember(text)
    }
  }

  /** Whether the word is part of a code reference; call for every word, in order. */
  word(node: TextNode): boolean {
    const text = nodeText(node)
    const anchor = this.#previous === '#'
    const inTarget = this.#target === 'in'
    const keyword = this.#previous === '@' && this.#beforePrevious === '{' && /^link(?:code|plain)?$/u.test(text)
    if (keyword) this.#target = 'next'
    this.#remember(text)
    return anchor || inTarget || keyword
  }

  #remember(text: string): void {
    this.#beforePrevious = this.#previous
    this.#previous = text
  }
}

class TemplateTags {
  open = false
  #last = ''

  see(node: TextNode): void {
    const text = nodeText(node)
    for (const character of text) {
      if (!this.open && this.#last === '{' && (character === '{' || character === '%')) this.open = true
      else if (this.open && (this.#last === '}' || this.#last === '%') && character === '}') this.open = false
      this.#last = character
    }
    if (node.type === 'WhiteSpaceNode') this.#last = ' '
  }
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
