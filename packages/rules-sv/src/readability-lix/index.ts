import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {isDeveloperText, lixLimit, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, type TextType} from '@klarsprak/core'
import {quotations} from '../quotation.js'
import {childText, wordCounts} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'readability-lix',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Läsbarhetsindex (LIX) långt över målet för texttypen (webb 40: rapport över 55), för texter på minst 200 ord och stycken på minst 50 ord.',
    en: 'Readability index (LIX) far above the aim for the text type (web 40: reported above 55), for texts of 200 words or more and paragraphs of 50 or more.'
  },
  options: {
    max: {type: 'number', minimum: 0},
    margin: {type: 'number', minimum: 0},
    paragraphMargin: {type: 'number', minimum: 0},
    minWords: {type: 'integer', minimum: 0},
    minParagraphWords: {type: 'integer', minimum: 0}
  } satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Highest LIX for the whole text. Default: by text type (web 40, email 40, letter 45, easy-read 30). */
  readonly max?: number
  /**
   * How far above `max` the whole text may go before it is reported. LIX moves several points with a few
   * sentences more or less, and on labelled real text an editor agreed with no whole-text finding below LIX 50 and
   * with most from 55 up (the band of hard, bureaucratic text). Default: 15.
   */
  readonly margin?: number
  /** How far above `max` a single paragraph may go before it is reported on its own. Default: 15. */
  readonly paragraphMargin?: number
  /** Fewest words of running text before LIX of the whole text is reported. Default: 200. */
  readonly minWords?: number
  /** Fewest words a paragraph needs to be reported on its own. Default: 50. */
  readonly minParagraphWords?: number
}

const typeName: Record<TextType, string> = {web: 'webbtext', email: 'e-post', letter: 'brev', 'easy-read': 'lättläst text'}

interface Counts {
  words: number
  sentences: number
  long: number
}

const sentenceEnds = new Set(['.', '!', '?', ':', '…'])

/**
 * Whether a sentence is running text: it ends with a sentence mark. Headings, table cells and list items without
 * one are not what LIX measures (short headings pull it down, tables of long terms push it up).
 */
function isRunningText(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    return child.type === 'PunctuationNode' && sentenceEnds.has(childText(child))
  }
  return false
}

function count(paragraph: Paragraph, into: Counts, quoted: ReadonlySet<Sentence>): Counts {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode' || !isRunningText(sentence) || quoted.has(sentence)) continue
    const {words, long} = wordCounts(sentence)
    if (words === 0) continue
    into.sentences++
    into.words += words
    into.long += long
  }
  return into
}

/** LIX with one decimal and a decimal comma, as Swedish text writes it. */
const show = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace('.', ',')

const lix = (counts: Counts) => counts.words / counts.sentences + (100 * counts.long) / counts.words

/**
 * retext plugin: LIX (Björnsson) of the running text as a whole and of each paragraph, against the text type's
 * limit. LIX is an average over sentences: on fewer than 200 words a sentence more or less moves it by several
 * points, so shorter texts get no figure. Developer documentation is left alone: its LIX is pulled up by the
 * technical terms its readers share. Quotations are not counted.
 */
export default function retextSvReadabilityLix(options: Options = {}) {
  const textType = options.textType ?? 'web'
  const max = options.max ?? lixLimit[textType]
  const textMargin = options.margin ?? 15
  const margin = options.paragraphMargin ?? 15
  const minWords = options.minWords ?? 200
  const minParagraphWords = options.minParagraphWords ?? 50

  return function (tree: Root, file: VFile) {
    if (isDeveloperText(file)) return
    const quoted = quotations(tree)
    const total: Counts = {words: 0, sentences: 0, long: 0}
    const paragraphs: Array<{node: Paragraph; counts: Counts}> = []
    for (const node of tree.children) {
      if (node.type !== 'ParagraphNode') continue
      const counts = count(node, {words: 0, sentences: 0, long: 0}, quoted)
      if (counts.words === 0) continue
      paragraphs.push({node, counts})
      total.words += counts.words
      total.sentences += counts.sentences
      total.long += counts.long
    }
    // No words means no LIX (and no paragraph to point at), whatever `minWords` says.
    if (total.words === 0 || total.words < minWords) return

    const value = lix(total)
    if (value > max + textMargin) {
      // The finding is about the whole text; it points at where the text starts: its first sentence.
      const first = paragraphs[0]!.node
      const sentence = first.children.find((child) => child.type === 'SentenceNode') ?? first
      report(file, {
        ruleId: meta.id,
        reason: `Texten har LIX ${show(value)}, långt över ${max} som är målet för ${typeName[textType]}: skriv kortare meningar och byt långa ord mot kortare.`,
        place: sentence.position,
        note: 'LIX = ord per mening + andelen ord med fler än sex bokstäver i procent (Björnsson 1968). Under 40 är lättläst.'
      })
    }
    if (paragraphs.length < 2) return
    // A paragraph of one long sentence is `sentence-length`'s finding; LIX would only repeat it.
    for (const {node, counts} of paragraphs) {
      if (counts.words < minParagraphWords || counts.sentences < 3) continue
      const local = lix(counts)
      if (local > max + margin) {
        report(file, {
          ruleId: meta.id,
          reason: `Stycket har LIX ${show(local)}, långt över gränsen ${max}: dela upp långa meningar och byt långa ord.`,
          place: node,
          actual: toString(node)
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvReadabilityLix}
