import {readDataFile} from '@klarsprak/core'
import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import retextPassive from 'retext-passive'

type Position = NonNullable<Sentence['position']>

interface PassiveData {
  readonly notPassive: readonly string[]
  readonly irregularParticiples: readonly string[]
  readonly notParticiples: readonly string[]
  readonly adverbs: readonly string[]
  readonly contractions: Readonly<Record<string, string>>
  readonly auxiliaries: readonly string[]
}

const data = readDataFile(new URL('../../data/passive-voice.yml', import.meta.url)) as PassiveData

/** Words after “be” that do not make a passive, mostly adjectives (`based`, `closed`, `interested`). */
export const notPassive: readonly string[] = data.notPassive
const irregularParticiples = new Set(data.irregularParticiples)
const notParticiples = new Set(data.notParticiples)
const adverbs = new Set(data.adverbs)
const contractions = new Map(Object.entries(data.contractions))
const auxiliaries = new Set(data.auxiliaries)
// The forms of “be” retext-passive accepts before a participle.
const beForms = new Set(['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being'])
const regularParticiple = /^[a-z][a-z-]*[a-z]ed$/

/** One passive verb phrase: from its first word (`will`, `is`) to the participle, in the original sentence. */
export interface PassiveMatch {
  readonly actual: string
  readonly position: Position | undefined
}

/** Finds passives in sentences; `ignore` lists participles (`required`) to skip on top of `notPassive`. */
export class PassiveFinder {
  private readonly upstream: ReturnType<typeof retextPassive>
  private readonly skip: ReadonlySet<string>

  constructor(ignore: readonly string[] = []) {
    const skip = [...notPassive, ...ignore.map((word) => word.toLowerCase())]
    this.skip = new Set(skip)
    this.upstream = retextPassive({ignore: skip})
  }

  find(sentence: Sentence): PassiveMatch[] {
    const original = sentence.children
    // A view of the sentence for the upstream check: contractions spelled out (`isn't` → `is`) and an adverb after
    // a form of “be” left out (`is not sent` → `is sent`), so that the participle follows “be” directly.
    const view: SentenceContent[] = []
    const originOf = new Map<SentenceContent, SentenceContent>()
    for (const node of original) {
      if (node.type === 'WordNode') {
        const lower = normalise(toString(node))
        const expanded = contractions.get(lower)
        if (expanded) {
          const stand: Word = {type: 'WordNode', children: [{type: 'TextNode', value: expanded}]}
          if (node.position) stand.position = node.position
          originOf.set(stand, node)
          view.push(stand)
          continue
        }
        if (isAdverb(lower) && beForms.has(adjacentWordBefore(view, view.length))) continue
      }
      view.push(node)
    }

    const participles = new Set<SentenceContent>()
    // Irregular participles (`sent`, `given`): retext-passive, run on the view with a scratch file.
    const byStart = new Map<string, SentenceContent>()
    for (const node of view) if (node.position) byStart.set(pointKey(node.position.start), node)
    const paragraph: Paragraph = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: view}]}
    const root: Root = {type: 'RootNode', children: [paragraph]}
    const scratch = new VFile()
    this.upstream(root, scratch)
    for (const message of scratch.messages) {
      const node = message.place && 'start' in message.place ? byStart.get(pointKey(message.place.start)) : undefined
      if (node) participles.add(node)
    }
    // Regular participles (`approved`, `required`) and the extra irregular ones right after a form of “be”.
    for (const [index, node] of view.entries()) {
      if (node.type !== 'WordNode') continue
      const value = toString(node)
      const lower = value.toLowerCase()
      const participle = irregularParticiples.has(lower) || (regularParticiple.test(lower) && !notParticiples.has(lower))
      if (value !== lower || !participle || this.skip.has(lower)) continue
      if (beForms.has(adjacentWordBefore(view, index))) participles.add(node)
    }

    const matches: PassiveMatch[] = []
    for (const [index, node] of view.entries()) {
      if (!participles.has(node)) continue
      const be = previousWord(view, index)
      if (!be) continue
      const first = widen(original, original.indexOf(originOf.get(be.node) ?? be.node))
      const last = original.indexOf(node)
      const head = original[first]?.position
      const tail = node.position
      matches.push({
        actual: toString(original.slice(first, last + 1)),
        position: head && tail ? {start: head.start, end: tail.end} : undefined
      })
    }
    return matches
  }
}

/** Move the start back over an auxiliary (`will be`, `has been`, `will not be`) so the span reads naturally. */
function widen(children: readonly SentenceContent[], index: number): number {
  const at = previousWordIndex(children, index)
  if (at === undefined) return index
  const word = normalise(toString(children[at]!))
  if (word === 'not') {
    const before = previousWordIndex(children, at)
    if (before !== undefined && auxiliaries.has(normalise(toString(children[before]!)))) return before
  }
  return auxiliaries.has(word) ? at : index
}

/** Index of the word before `index`, with only white space in between. */
function previousWordIndex(children: readonly SentenceContent[], index: number): number | undefined {
  let at = index - 1
  while (at >= 0 && children[at]!.type === 'WhiteSpaceNode') at--
  return at >= 0 && children[at]!.type === 'WordNode' ? at : undefined
}

/** The nearest word before `index` (as retext-passive looks for it, skipping punctuation). */
function previousWord(children: readonly SentenceContent[], index: number) {
  for (let at = index - 1; at >= 0; at--) {
    const node = children[at]!
    if (node.type === 'WordNode') return {node, index: at}
  }
  return undefined
}

/** Lower-case text of the word right before `index` (only white space between), or `''`. */
function adjacentWordBefore(children: readonly SentenceContent[], index: number): string {
  const at = previousWordIndex(children, index)
  return at === undefined ? '' : normalise(toString(children[at]!))
}

function isAdverb(lower: string): boolean {
  return adverbs.has(lower) || (lower.length > 4 && lower.endsWith('ly'))
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'")
}

function pointKey(point: {line: number; column: number}): string {
  return `${point.line}:${point.column}`
}
