import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {lixLimit, report, type LanguageRule, type RuleMeta, type RuleOptions, type TextType} from '@klarsprak/core'
import {wordCounts} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'readability-lix',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Läsbarhetsindex (LIX) över gränsen för texttypen, för hela texten och för stycken långt över den.',
    en: 'Readability index (LIX) above the limit for the text type, for the whole text and for paragraphs far above it.'
  }
}

export interface Options extends RuleOptions {
  /** Highest LIX for the whole text. Default: by text type (web 40, email 40, letter 45, easy-read 30). */
  readonly max?: number
  /** How far above `max` a single paragraph may go before it is reported on its own. Default: 15. */
  readonly paragraphMargin?: number
  /** Fewest words before LIX is computed at all (LIX of a few words says nothing). Default: 40. */
  readonly minWords?: number
  /** Fewest words a paragraph needs to be reported on its own. Default: 25. */
  readonly minParagraphWords?: number
}

const typeName: Record<TextType, string> = {web: 'webbtext', email: 'e-post', letter: 'brev', 'easy-read': 'lättläst text'}

interface Counts {
  words: number
  sentences: number
  long: number
}

function count(paragraph: Paragraph, into: Counts): Counts {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
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

/** retext plugin: LIX (Björnsson) of the whole text and of each paragraph, against the text type's limit. */
export default function retextSvReadabilityLix(options: Options = {}) {
  const textType = options.textType ?? 'web'
  const max = options.max ?? lixLimit[textType]
  const margin = options.paragraphMargin ?? 15
  const minWords = options.minWords ?? 40
  const minParagraphWords = options.minParagraphWords ?? 25

  return function (tree: Root, file: VFile) {
    const total: Counts = {words: 0, sentences: 0, long: 0}
    const paragraphs: Array<{node: Paragraph; counts: Counts}> = []
    for (const node of tree.children) {
      if (node.type !== 'ParagraphNode') continue
      const counts = count(node, {words: 0, sentences: 0, long: 0})
      if (counts.words === 0) continue
      paragraphs.push({node, counts})
      total.words += counts.words
      total.sentences += counts.sentences
      total.long += counts.long
    }
    // No words means no LIX (and no paragraph to point at), whatever `minWords` says.
    if (total.words === 0 || total.words < minWords) return

    const value = lix(total)
    if (value > max) {
      const first = paragraphs[0]!.node
      report(file, {
        ruleId: meta.id,
        reason: `Texten har LIX ${show(value)} (gräns ${max} för ${typeName[textType]}): skriv kortare meningar och byt långa ord mot kortare.`,
        place: first.position ? {start: first.position.start, end: first.position.start} : undefined,
        note: 'LIX = ord per mening + andelen ord med fler än sex bokstäver i procent (Björnsson 1968). Under 40 är lättläst.'
      })
    }
    if (paragraphs.length < 2) return
    // A paragraph of one long sentence is `sentence-length`'s finding; LIX would only repeat it.
    for (const {node, counts} of paragraphs) {
      if (counts.words < minParagraphWords || counts.sentences < 2) continue
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
