import type {Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type RuleOptions, readDataFile} from '@klarsprak/core'
import {PhraseIndex, type PhraseMatch} from '../plain-words/phrase-index.js'
import {lowerTextsOf} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'address-reader',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    sv: 'Tilltala läsaren med ”du” i stället för ”man”, ”den sökande” eller ”den enskilde”.',
    en: 'Address the reader as “du” instead of “man”, “den sökande” or “den enskilde” (Swedish).'
  }
}

export interface Options extends RuleOptions {
  /** Words and phrases to accept (`man`, `den enskilde`). Default: none. */
  readonly ignore?: readonly string[]
}

interface Phrase {
  readonly phrase: string
  /** Who the phrase stands for. */
  readonly person: 'reader' | 'writer'
  /** Only flagged when it stands as a noun, not before one (`den enskilda eleven`). */
  readonly alone: boolean
}

interface RawData {
  reader: Array<{phrase: string; alone?: boolean}>
  writer: Array<{phrase: string; alone?: boolean}>
  aloneBefore: string[]
  manNounAfter: string[]
  manNounPairs: string[]
}

const data = readDataFile(new URL('../../data/address-reader.yml', import.meta.url)) as RawData
const aloneBefore = new Set(data.aloneBefore)
const manNounAfter = new Set(data.manNounAfter)
const manNounPairs = new Set(data.manNounPairs)
const phrases: Phrase[] = [
  ...data.reader.map((item) => ({phrase: item.phrase, person: 'reader' as const, alone: item.alone === true})),
  ...data.writer.map((item) => ({phrase: item.phrase, person: 'writer' as const, alone: item.alone === true}))
]
let sharedIndex: PhraseIndex<Phrase> | undefined

function phraseIndex(): PhraseIndex<Phrase> {
  if (sharedIndex) return sharedIndex
  const index = new PhraseIndex<Phrase>()
  for (const phrase of phrases) index.add(phrase.phrase, phrase)
  sharedIndex = index
  return index
}

const note =
  'Tilltala läsaren med ”du” (”ni” till flera eller till en organisation) och skriv ”vi” om er själva. ' +
  'Källa: Myndigheternas skrivregler 1.2.5 och 8.2.1.'

/**
 * retext plugin: flags generic `man` and third-person words for the reader (`den sökande`, `sökanden`,
 * `den enskilde`, `vederbörande`) or the writer (`undertecknad`), where the text can say `du` (or `jag`/`vi`).
 * Usable on its own in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvAddressReader(options: Options = {}) {
  const index = phraseIndex()
  const ignored = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) checkSentence(sentence, index, ignored, file)
  }
}

function checkSentence(
  sentence: Sentence,
  index: PhraseIndex<Phrase>,
  ignored: ReadonlySet<string>,
  file: VFile
): void {
  const children = sentence.children
  const lower = lowerTextsOf(sentence)
  for (let position = 0; position < children.length; position++) {
    // The lookup first: most words are neither `man` nor the start of a phrase.
    const word = lower[position]!
    if ((word !== 'man' && !index.has(word)) || children[position]!.type !== 'WordNode') continue

    if (lower[position] === 'man') {
      if (!ignored.has('man') && isGenericMan(children, lower, position)) {
        flag(file, children, position, position, 'reader')
      }
      continue
    }

    if (!index.has(lower[position]!)) continue
    const match = index.match(children, lower, position, (found) => {
      return !ignored.has(found.value.phrase) && (!found.value.alone || standsAlone(found, children, lower))
    })
    if (!match) continue
    flag(file, children, match.start, match.end, match.value.person)
    position = match.end
  }
}

function flag(file: VFile, children: readonly SentenceContent[], start: number, end: number, person: Phrase['person']) {
  const actual = toString(children.slice(start, end + 1))
  const first = children[start]!.position
  const last = children[end]!.position
  report(file, {
    ruleId: meta.id,
    reason:
      person === 'reader'
        ? `Skriv ”du” till läsaren i stället för ”${actual}”.`
        : `Skriv ”jag” eller ”vi” i stället för ”${actual}”.`,
    place: first && last ? {start: first.start, end: last.end} : undefined,
    actual,
    note
  })
}

/**
 * `man` the pronoun, not the noun: not after an article, a possessive, an adjective or a number (`en man`,
 * `hennes man`, `fem man`), not paired with `kvinna` (`man och kvinna`), not `Man` inside a sentence (a name).
 */
function isGenericMan(children: readonly SentenceContent[], texts: readonly string[], position: number): boolean {
  const word = toString(children[position]!)
  const before = previousIndex(children, position)
  const after = nextIndex(children, position)
  if (word !== 'man' && !(word === 'Man' && isSentenceStart(children, position))) return false
  if (before !== undefined && children[before]!.type === 'WordNode') {
    const previous = texts[before]!
    if (manNounAfter.has(previous) || /^\p{N}/u.test(previous)) return false
    if ((previous === 'och' || previous === 'eller') && isPairWord(children, texts, previousIndex(children, before))) {
      return false
    }
  }
  if (after !== undefined) {
    const nextText = texts[after]!
    // `man/kvinna`, `man-` : a word in a list of nouns, not the pronoun.
    if (children[after]!.type !== 'WordNode' && (nextText === '/' || nextText === '-')) return false
    if ((nextText === 'och' || nextText === 'eller') && isPairWord(children, texts, nextIndex(children, after))) {
      return false
    }
  }
  return true
}

function isPairWord(children: readonly SentenceContent[], texts: readonly string[], index: number | undefined) {
  return index !== undefined && children[index]!.type === 'WordNode' && manNounPairs.has(texts[index]!)
}

/** Whether the phrase stands as a noun: punctuation or the end follows, or a verb or function word. */
function standsAlone(match: PhraseMatch<Phrase>, children: readonly SentenceContent[], texts: readonly string[]) {
  const after = nextIndex(children, match.end)
  if (after === undefined || children[after]!.type !== 'WordNode') return true
  const next = texts[after]!
  // A verb in the present (`intygar`, `uppfyller`) ends in -r; a noun after `den enskilda` rarely does.
  return aloneBefore.has(next) || next.endsWith('r')
}

function isSentenceStart(children: readonly SentenceContent[], position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type === 'WordNode' || child.type === 'SourceNode') return false
  }
  return true
}

function previousIndex(children: readonly SentenceContent[], from: number | undefined): number | undefined {
  if (from === undefined) return undefined
  for (let index = from - 1; index >= 0; index--) if (children[index]!.type !== 'WhiteSpaceNode') return index
  return undefined
}

function nextIndex(children: readonly SentenceContent[], from: number | undefined): number | undefined {
  if (from === undefined) return undefined
  for (let index = from + 1; index < children.length; index++) {
    if (children[index]!.type !== 'WhiteSpaceNode') return index
  }
  return undefined
}

export const rule: LanguageRule = {meta, plugin: retextSvAddressReader}
