import type {Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {SKIP, visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import retextRepeatedWords from 'retext-repeated-words'
import {stringListOption, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, readDataFile} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'repeated-word',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Samma ord två gånger i rad.',
    en: 'The same word twice in a row.'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words that may stand twice in a row (case-insensitive), for example `very`. Default: none. */
  readonly ignore?: readonly string[]
}

interface RepeatedWordData {
  readonly phrasalParticles: Readonly<Record<string, readonly string[]>>
  readonly alwaysReport: readonly string[]
}

const data = readDataFile(new URL('../../data/repeated-word.yml', import.meta.url)) as RepeatedWordData
const phrasalParticles = new Map(Object.entries(data.phrasalParticles).map(([word, verbs]) => [word, new Set(verbs)]))
const alwaysReport = new Set(data.alwaysReport)

type Place = NonNullable<Root['position']>

interface Pair {
  readonly actual: string
  readonly place: Place | undefined
}

/**
 * retext plugin: warn about the same word twice in a row (`the the`), using retext-repeated-words, which skips
 * legal doubles (`had had`, `that that`) and capitalised names (`Walla Walla`). On top of it, this rule skips a
 * phrasal verb's particle followed by the same preposition (`log in in the app`) and always reports doubled
 * function words, even capitalised (`The The`); see `data/repeated-word.yml`.
 */
export default function retextEnRepeatedWord(options: Options = {}) {
  const upstream = retextRepeatedWords()
  const ignore = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))

  return function (tree: Root, file: VFile) {
    // retext-repeated-words on a scratch file; its findings are re-issued with Klarspråk's id, source and url.
    const scratch = new VFile()
    upstream(tree, scratch)
    const pairs = new Map<string, Pair>()
    for (const message of scratch.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      pairs.set(placeKey(place), {actual: message.actual ?? '', place})
    }
    const {phrasal, functionWords} = scan(tree)
    for (const pair of functionWords) if (!pairs.has(placeKey(pair.place))) pairs.set(placeKey(pair.place), pair)

    const ordered = [...pairs.values()].sort((a, b) => offset(a.place) - offset(b.place))
    for (const {actual, place} of ordered) {
      if (place && phrasal.has(pointKey(place.start))) continue
      // Keep the first occurrence as written, so `The the` becomes `The`, not `the`.
      const first = actual.split(/\s+/)[0] ?? actual
      if (ignore.has(first.toLowerCase())) continue
      report(file, {ruleId: meta.id, reason: `Remove the repeated word “${first}”.`, place, actual, expected: [first]})
    }
  }
}

/**
 * One pass over the sentences: start points of particles that end a phrasal verb and are followed by the same
 * word (`log in in`), and doubled function words separated by white space only (`The The`, `can can`).
 */
function scan(tree: Root): {phrasal: Set<string>; functionWords: Pair[]} {
  const phrasal = new Set<string>()
  const functionWords: Pair[] = []
  visit(tree, 'SentenceNode', function (sentence: Sentence) {
    const words: Word[] = []
    let adjacent: Word | undefined
    let previous: Word | undefined
    for (const [index, node] of sentence.children.entries()) {
      if (node.type === 'WhiteSpaceNode') {
        adjacent = previous
        previous = undefined
        continue
      }
      if (node.type !== 'WordNode') {
        adjacent = undefined
        previous = undefined
        continue
      }
      const value = toString(node).toLowerCase()
      if (adjacent && toString(adjacent).toLowerCase() === value && alwaysReport.has(value)) {
        const start = adjacent.position?.start
        const end = node.position?.end
        const from = sentence.children.indexOf(adjacent)
        functionWords.push({
          actual: toString(sentence.children.slice(from, index + 1)),
          place: start && end ? {start, end} : undefined
        })
      }
      const particle = words[words.length - 1]
      const verb = words[words.length - 2]
      if (particle && verb && toString(particle).toLowerCase() === value) {
        const start = particle.position?.start
        if (start && phrasalParticles.get(value)?.has(toString(verb).toLowerCase())) phrasal.add(pointKey(start))
      }
      words.push(node)
      adjacent = undefined
      previous = node
    }
    return SKIP
  })
  return {phrasal, functionWords}
}

function pointKey(point: {line: number; column: number}): string {
  return `${point.line}:${point.column}`
}

function placeKey(place: Place | undefined): string {
  return place ? pointKey(place.start) : ''
}

function offset(place: Place | undefined): number {
  return place ? place.start.line * 1e6 + place.start.column : 0
}

export const rule: LanguageRule = {meta, plugin: retextEnRepeatedWord}
