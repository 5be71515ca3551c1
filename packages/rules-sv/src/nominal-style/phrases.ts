import type {Sentence} from 'nlcst'
import type {Position} from 'unist'
import {PhraseIndex} from '../plain-words/phrase-index.js'
import {lowerTextsOf} from '../word-text.js'
import type {NominalStyleData} from './data.js'

/** A fixed phrase (`finns ett behov av`) or a definite verbal noun with `av` (`införandet av`): a hint, no fix. */
export interface PhraseFinding {
  readonly key: string
  readonly start: number
  readonly end: number
  readonly place: Position | undefined
  /** What to rewrite with (`behöver`, `införa`). */
  readonly hint: readonly string[]
  readonly source?: string
}

interface PhraseValue {
  readonly hint: readonly string[]
  readonly source?: string
}

const indexes = new WeakMap<NominalStyleData, PhraseIndex<PhraseValue>>()

function indexOf(data: NominalStyleData): PhraseIndex<PhraseValue> {
  let index = indexes.get(data)
  if (!index) {
    index = new PhraseIndex<PhraseValue>()
    for (const phrase of data.phrases) {
      for (const form of phrase.forms) index.add(form, {hint: phrase.hint, ...(phrase.source ? {source: phrase.source} : {})})
    }
    indexes.set(data, index)
  }
  return index
}

/** The phrase findings of one sentence, in order, not overlapping. */
export function findPhrases(data: NominalStyleData, sentence: Sentence): PhraseFinding[] {
  const index = indexOf(data)
  const children = sentence.children
  const texts = lowerTextsOf(sentence)
  const found: PhraseFinding[] = []
  for (let at = 0; at < children.length; at++) {
    if (children[at]!.type !== 'WordNode') continue
    const match = index.has(texts[at]!) ? index.match(children, texts, at) : undefined
    const finding = match
      ? {key: texts[at]!, start: match.start, end: match.end, hint: match.value.hint, source: match.value.source}
      : verbalNounWithOf(data, sentence, at)
    if (!finding) continue
    const head = children[finding.start]!.position
    const tail = children[finding.end]!.position
    found.push({...finding, place: head && tail ? {start: head.start, end: tail.end} : undefined})
    at = finding.end
  }
  return found
}

/** Index of the word before child `at`, or -1 when none comes before it in the sentence. */
function previousWordIndex(sentence: Sentence, at: number): number {
  for (let index = at - 1; index >= 0; index--) if (sentence.children[index]!.type === 'WordNode') return index
  return -1
}

/** `Genomförandet av`, `vid införandet av`: a definite noun made from a verb, followed by `av`. */
function verbalNounWithOf(data: NominalStyleData, sentence: Sentence, at: number) {
  const texts = lowerTextsOf(sentence)
  const word = texts[at]!
  const {suffix, after, onlyAfter, exclude, verbs, source} = data.definiteVerbalNoun
  if (!word.endsWith(suffix) || exclude.has(word)) return undefined
  const before = previousWordIndex(sentence, at)
  if (before !== -1 && !onlyAfter.has(texts[before]!)) return undefined
  // `införandet` = `införa` + `ndet`: the stem must end in `a` and be long enough to be a verb, not `landet`.
  const stem = word.slice(0, -suffix.length + 1)
  if (stem.length < 5 || !/^\p{Ll}+$/u.test(stem)) return undefined
  const space = sentence.children[at + 1]
  if (space?.type !== 'WhiteSpaceNode' || texts[at + 2] !== after) return undefined
  const verb = verbs.get(stem) ?? (stem.endsWith('taga') ? `${stem.slice(0, -4)}ta` : stem)
  return {key: word, start: at, end: at + 2, hint: [verb], source}
}
