import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {stringListOption, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, readDataFile} from '@klarsprak/core'
import {PhraseIndex, type PhraseMatch} from '../plain-words/phrase-index.js'
import {quotations} from '../quotation.js'
import {lowerTextsOf} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'address-reader',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    sv: 'Tilltala läsaren med ”du”: inte formellt ”Ni” och ”Er”, inte ”man” eller ”den sökande” i en text som redan säger ”du”.',
    en: 'Address the reader as “du”: not the formal “Ni” and “Er”, not “man” or “den sökande” in a text that already says “du” (Swedish).'
  },
  options: {ignore: stringListOption, man: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words and phrases to accept (`man`, `den enskilde`). Default: none. */
  readonly ignore?: readonly string[]
  /**
   * Also report generic `man` where the paragraph speaks to the reader as `du`. Default: false: on labelled real
   * text most such `man` were right where they stood (a general statement, a third party, a text to staff).
   */
  readonly man?: boolean
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

// Impersonal `man` and `den sökande` are right in texts to staff, about third parties and in quotations (labelled
// real text: four in five were). Third-person words for the reader are worth a finding where the same paragraph
// already speaks to the reader as `du`, and in a letter, which has one reader. Generic `man` stays quiet unless the
// option `man` asks for it: even beside `du` it was mostly a general statement on real text. The formal `Ni`/`Er` to one reader is flagged wherever it stands
// inside a sentence; lower-case `ni` is right to several readers or to an organisation and is left alone.

const readerWords = new Set(['du', 'dig', 'din', 'ditt', 'dina'])
const formal = new Set(['Ni', 'Er', 'Ert', 'Era', 'Eder', 'Edert', 'Edra'])
const formalNote =
  'Versalt ”Ni” och ”Er” till en läsare är ålderdomligt artigt. Skriv ”du”, ”dig” och ”din” till en person ' +
  '(”ni” med liten bokstav till flera eller till en organisation). Källa: Myndigheternas skrivregler 8.2.1.'

function speaksToReader(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    if (lowerTextsOf(sentence).some((word) => readerWords.has(word))) return true
  }
  return false
}

interface Context {
  readonly index: PhraseIndex<Phrase>
  readonly ignored: ReadonlySet<string>
  readonly file: VFile
  /** The paragraph speaks to the reader as `du`. */
  readonly addressed: boolean
  readonly letter: boolean
  /** Report generic `man` (the option of the same name). */
  readonly man: boolean
}

/**
 * retext plugin: flags the formal `Ni`/`Er` inside a sentence, and generic `man` and third-person words for the
 * reader (`den sökande`, `den enskilde`, `vederbörande`) or the writer (`undertecknad`) where the paragraph already
 * says `du` (phrases also in letters). Quotations are left alone. Usable on its own in any unified pipeline.
 */
export default function retextSvAddressReader(options: Options = {}) {
  const index = phraseIndex()
  const ignored = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))
  const letter = options.textType === 'letter' || options.textType === 'email'

  return function (tree: Root, file: VFile) {
    const quoted = quotations(tree)
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      const context: Context = {index, ignored, file, addressed: speaksToReader(paragraph as Paragraph), letter, man: options.man === true}
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type === 'SentenceNode' && !quoted.has(sentence)) checkSentence(sentence, context)
      }
    }
  }
}

function checkSentence(sentence: Sentence, {index, ignored, file, addressed, letter, man}: Context): void {
  const children = sentence.children
  const lower = lowerTextsOf(sentence)
  for (let position = 0; position < children.length; position++) {
    const child = children[position]!
    if (child.type !== 'WordNode') continue
    const word = lower[position]!
    if (formal.has(toString(child)) && !isSentenceStart(children, position) && !ignored.has(word)) {
      flagFormal(file, children, position)
      continue
    }
    // The lookup first: most words are neither `man` nor the start of a phrase.
    if (word !== 'man' && !index.has(word)) continue

    if (word === 'man') {
      if (man && addressed && !ignored.has('man') && isGenericMan(children, lower, position)) {
        flag(file, children, position, position, 'reader')
      }
      continue
    }
    if (!addressed && !letter) continue

    if (!index.has(lower[position]!)) continue
    const match = index.match(children, lower, position, (found) => {
      return !ignored.has(found.value.phrase) && (!found.value.alone || standsAlone(found, children, lower))
    })
    if (!match) continue
    flag(file, children, match.start, match.end, match.value.person)
    position = match.end
  }
}

function flagFormal(file: VFile, children: readonly SentenceContent[], position: number) {
  const actual = toString(children[position]!)
  const place = children[position]!.position
  report(file, {
    ruleId: meta.id,
    reason: `Skriv ”du” (eller ”dig”, ”din”) till en läsare i stället för ”${actual}”.`,
    place: place ? {start: place.start, end: place.end} : undefined,
    actual,
    note: formalNote
  })
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
