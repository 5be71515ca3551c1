import type {Root, SentenceContent} from 'nlcst'
import {VFile} from 'vfile'
import retextEquality from 'retext-equality'
import {
  stringListOption,
  matchCase,
  readDataFile,
  report,
  sentencesIn,
  textOf,
  type LanguageRule,
  type RuleMeta, type OptionsSchema,
  type RuleOptions
} from '@klarsprak/core'
import {EnglishParser} from '../parser/index.js'

type Position = NonNullable<Root['position']>
type Point = Position['start']

export const meta: RuleMeta = {
  id: 'inclusive-language',
  defaultSeverity: 'info',
  // Suggestions only: “he or she is” → “they are” needs the verb changed too, and a word may name a known person.
  fixable: 'suggestion',
  description: {
    sv: 'Engelska ord som kan utesluta eller såra (retext-equality), och ”he or she” om en okänd person.',
    en: 'Words that may exclude or offend (retext-equality), and “he or she” for an unknown person.'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words and phrases to accept, as listed (`chairman`, `he or she`). Default: none. */
  readonly ignore?: readonly string[]
}

interface RawData {
  readonly pronouns: ReadonlyArray<{readonly forms: readonly string[]; readonly expected: readonly string[]}>
  readonly ignore: ReadonlyArray<{readonly reason: string; readonly phrases: readonly string[]}>
  readonly notBefore: Readonly<Record<string, readonly string[]>>
}

const data = readDataFile<RawData>(new URL('../../data/inclusive-language.yml', import.meta.url))

/** retext-equality phrases this package never reports (see `data/inclusive-language.yml`). */
export const ignoredPhrases: readonly string[] = data.ignore.flatMap((group) => group.phrases)
const notBefore = new Map(Object.entries(data.notBefore).map(([phrase, words]) => [phrase, new Set(words)]))

/** One token of a pronoun pair as the English parser splits it: `he`, `/`, `she`. */
interface Pair {
  readonly phrase: string
  readonly tokens: readonly string[]
  readonly expected: readonly string[]
}

let pairsByFirst: Map<string, Pair[]> | undefined

/** Pronoun pairs indexed by their first token (lower case), tokenised once by the English parser. */
function pronounPairs(): Map<string, Pair[]> {
  if (pairsByFirst) return pairsByFirst
  const index = new Map<string, Pair[]>()
  const parser = new EnglishParser()
  for (const group of data.pronouns) {
    for (const phrase of group.forms) {
      const tokens: string[] = []
      for (const paragraph of parser.parse(phrase).children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode') continue
          for (const child of sentence.children) tokens.push(child.type === 'WhiteSpaceNode' ? ' ' : tokenText(child).toLowerCase())
        }
      }
      const pair = {phrase, tokens, expected: group.expected}
      const list = index.get(tokens[0]!) ?? []
      // Longest first, so that `he or she` wins over a shorter pair starting with `he`.
      list.push(pair)
      list.sort((a, b) => b.tokens.length - a.tokens.length)
      index.set(tokens[0]!, list)
    }
  }
  pairsByFirst = index
  return index
}

interface Finding {
  readonly actual: string
  readonly place: Position
  readonly expected: readonly string[]
  readonly reason: string
  readonly note?: string
}

/**
 * retext plugin: words that may exclude or offend, from retext-equality (filtered for public-sector text: no single
 * pronouns, family words, official or medical terms, or tone words), and pronoun pairs for an unknown person
 * (`he or she`, `his/her`) with `they` as the suggestion.
 */
export default function retextEnInclusiveLanguage(options: Options = {}) {
  const ignore = options.ignore ?? []
  const ignoredLower = new Set(ignore.map((phrase) => phrase.toLowerCase()))
  const upstream = retextEquality({ignore: [...ignoredPhrases, ...ignore]})
  const pairs = pronounPairs()

  return function (tree: Root, file: VFile) {
    const findings: Finding[] = []
    const starts = new Set<number>()

    for (const sentence of sentencesIn(tree)) {
      const children = sentence.children
      let first = true
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!
        if (first && child.type === 'WordNode') {
          const offset = child.position?.start.offset
          if (offset !== undefined) starts.add(offset)
          first = false
        }
        if (child.type === 'WhiteSpaceNode' || child.type === 'SourceNode') continue
        const candidates = pairs.get(tokenText(child).toLowerCase())
        if (!candidates) continue
        const match = matchPair(children, index, candidates)
        if (!match || ignoredLower.has(match.pair.phrase)) continue
        const head = children[index]!.position
        const tail = children[match.end]!.position
        if (head && tail) {
          const actual = children.slice(index, match.end + 1).map(tokenText).join('')
          const expected = match.pair.expected.map((value) => matchCase(actual, value))
          findings.push({
            actual,
            place: {start: head.start, end: tail.end},
            expected,
            reason: `Use ${list(expected.map(quote))}, or rewrite the sentence, instead of ${quote(actual)}.`,
            note:
              'Avoid gendered pronouns for a person whose gender you do not know: write “you” to the reader, or ' +
              '“they”. Source: GOV.UK style guide, “Addressing the user”.'
          })
        }
        index = match.end
      }
    }

    // retext-equality on a scratch file; its findings are re-issued with Klarspråk's id, source and url.
    const scratch = new VFile()
    upstream(tree, scratch)
    for (const message of scratch.messages) {
      const actual = message.actual ?? ''
      const place = message.place && 'start' in message.place ? message.place : undefined
      if (!place || actual === '') continue
      // A capital letter inside a sentence marks a name or title (`Financial Ombudsman Service`, `Master of Arts`).
      if (/^\p{Lu}/u.test(actual) && !starts.has(offsetOf(place.start))) continue
      // `crazy paving`: a set phrase.
      const exceptions = notBefore.get(actual.toLowerCase())
      if (exceptions && exceptions.has(wordAfter(file, place).toLowerCase())) continue
      const expected = (message.expected ?? []).slice(0, 3).map((value) => matchCase(actual, value))
      findings.push({
        actual,
        place,
        expected,
        reason:
          expected.length > 0
            ? `Use ${list(expected.map(quote))} instead of ${quote(actual)}.`
            : `Avoid ${quote(actual)}: it may exclude or offend.`,
        ...(message.note ? {note: message.note} : {})
      })
    }

    for (const finding of outermost(findings)) {
      report(file, {
        ruleId: meta.id,
        reason: finding.reason,
        place: finding.place,
        actual: finding.actual,
        expected: finding.expected,
        ...(finding.note ? {note: finding.note} : {})
      })
    }
  }
}

/** Drop findings inside a longer one (`maiden` in `maiden name`) and sort the rest by position. */
function outermost(findings: readonly Finding[]): Finding[] {
  const contains = (outer: Finding, inner: Finding) =>
    outer !== inner &&
    offsetOf(outer.place.start) <= offsetOf(inner.place.start) &&
    offsetOf(inner.place.end) <= offsetOf(outer.place.end) &&
    outer.actual.length > inner.actual.length
  return findings
    .filter((inner) => !findings.some((outer) => contains(outer, inner)))
    .sort((a, b) => offsetOf(a.place.start) - offsetOf(b.place.start))
}

/** The longest pair that starts at `start`; white space in a pair matches any white space without a blank line. */
function matchPair(
  children: readonly SentenceContent[],
  start: number,
  candidates: readonly Pair[]
): {pair: Pair; end: number} | undefined {
  for (const pair of candidates) {
    let ok = start + pair.tokens.length <= children.length
    for (let offset = 0; ok && offset < pair.tokens.length; offset++) {
      const child = children[start + offset]!
      const token = pair.tokens[offset]!
      ok =
        token === ' '
          ? child.type === 'WhiteSpaceNode' && !/\n[^\S\n]*\n/.test(child.value)
          : child.type !== 'WhiteSpaceNode' && tokenText(child).toLowerCase() === token
    }
    if (ok) return {pair, end: start + pair.tokens.length - 1}
  }
  return undefined
}

/** The word right after a place in the document (`''` when none follows on the same line). */
function wordAfter(file: VFile, place: Position): string {
  const offset = place.end.offset
  if (offset === undefined) return ''
  return /^[^\S\n]+([\p{L}'’-]+)/u.exec(String(file.value).slice(offset, offset + 60))?.[1] ?? ''
}

function tokenText(node: SentenceContent): string {
  return node.type === 'WordNode' ? textOf(node) : 'value' in node ? node.value : ''
}

const offsetOf = (point: Point) => point.offset ?? point.line * 1e6 + point.column

const quote = (value: string) => `“${value}”`

function list(items: readonly string[]): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

export const rule: LanguageRule = {meta, plugin: retextEnInclusiveLanguage}
