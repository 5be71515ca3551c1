import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {search} from 'nlcst-search'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import retextSimplify from 'retext-simplify'
import {stringListOption, matchCase, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, readDataFile} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'plain-words',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Krångliga engelska ord och fraser med enklare alternativ (retext-simplify).',
    en: 'Wordy or formal English words and phrases with plainer alternatives (retext-simplify).'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Phrases not to warn about, as listed (`obtain`, `in order to`). Default: none. */
  readonly ignore?: readonly string[]
}

interface Entry {
  readonly phrase: string
  readonly expected: readonly string[]
  readonly omit?: boolean
}

interface PlainWordsData {
  readonly ignore: ReadonlyArray<{readonly phrase: string}>
  readonly replace: readonly Entry[]
  readonly add: readonly Entry[]
}

const data = readDataFile(new URL('../../data/plain-words.yml', import.meta.url)) as PlainWordsData

/** retext-simplify phrases this package never checks (see `data/plain-words.yml`). */
export const ignoredPhrases: readonly string[] = data.ignore.map((entry) => entry.phrase)
/** Phrases this package checks on top of retext-simplify's list. */
export const addedPhrases: readonly string[] = data.add.map((entry) => entry.phrase)

// retext-simplify reports a phrase as a rule id: white space turned into `-`, lowercased.
const phraseId = (phrase: string) => phrase.replace(/\s+/g, '-').toLowerCase()
const replacements = new Map(data.replace.map((entry) => [phraseId(entry.phrase), entry]))
const additions = new Map(data.add.map((entry) => [entry.phrase, entry]))

type Place = NonNullable<Root['position']>

interface Finding {
  readonly actual: string
  readonly place: Place | undefined
  readonly expected: readonly string[]
  readonly omit: boolean
}

/** retext plugin: warn about wordy or formal words with plainer alternatives, using retext-simplify. */
export default function retextEnPlainWords(options: Options = {}) {
  const ignore = options.ignore ?? []
  const upstream = retextSimplify({ignore: [...ignoredPhrases, ...ignore]})
  const added = addedPhrases.filter((phrase) => !ignore.includes(phrase))

  return function (tree: Root, file: VFile) {
    const findings: Finding[] = []

    // retext-simplify on a scratch file; its findings are re-issued with Klarspråk's id, source and url.
    const scratch = new VFile()
    upstream(tree, scratch)
    for (const message of scratch.messages) {
      const override = message.ruleId ? replacements.get(message.ruleId) : undefined
      findings.push({
        actual: message.actual ?? '',
        place: message.place && 'start' in message.place ? message.place : undefined,
        expected: override ? override.expected : message.expected ?? [],
        // retext-simplify says “remove it” only for phrases that may simply be dropped; the flag is not exported.
        omit: override ? override.omit === true : message.reason.includes('remove it')
      })
    }

    search(tree, added, function (nodes, _index, _parent, phrase) {
      const entry = additions.get(phrase)
      const start = nodes[0]?.position?.start
      const end = nodes[nodes.length - 1]?.position?.end
      if (!entry) return
      findings.push({
        actual: toString(nodes),
        place: start && end ? {start, end} : undefined,
        expected: entry.expected,
        omit: entry.omit === true
      })
    })

    const starts = sentenceStarts(tree)
    for (const finding of outermost(findings)) {
      // A capital letter inside a sentence marks a name or title (`Discretionary Assistance Fund`, `GOV.UK Notify`).
      if (isCapitalised(finding.actual) && finding.place && !starts.has(pointKey(finding.place.start))) continue
      const expected = finding.expected.map((word) => matchCase(finding.actual, word))
      report(file, {
        ruleId: meta.id,
        reason: plainWordsReason(finding.actual, expected, finding.omit),
        place: finding.place,
        actual: finding.actual,
        expected
      })
    }
  }
}

/** Start points of the first word of each sentence. */
function sentenceStarts(tree: Root): Set<string> {
  const starts = new Set<string>()
  visit(tree, 'SentenceNode', function (sentence) {
    const first = sentence.children.find((node) => node.type === 'WordNode')
    if (first?.position) starts.add(pointKey(first.position.start))
  })
  return starts
}

const isCapitalised = (value: string) => /^\p{Lu}/u.test(value)
const pointKey = (point: {line: number; column: number}) => `${point.line}:${point.column}`

/** Drop findings inside a longer one (`timely` in `in a timely manner`) and sort the rest by position. */
function outermost(findings: readonly Finding[]): Finding[] {
  const offset = (point: Place['start'] | undefined) => (point ? point.line * 1e6 + point.column : 0)
  const contains = (outer: Finding, inner: Finding) =>
    outer !== inner &&
    offset(outer.place?.start) <= offset(inner.place?.start) &&
    offset(inner.place?.end) <= offset(outer.place?.end) &&
    outer.actual.length > inner.actual.length
  return findings
    .filter((inner) => !findings.some((outer) => contains(outer, inner)))
    .sort((a, b) => offset(a.place?.start) - offset(b.place?.start))
}

/** `Use “get” instead of “obtain”.`, `Remove “currently”, or use “now” instead.`, `Remove “be advised”.` */
export function plainWordsReason(actual: string, expected: readonly string[], omit: boolean): string {
  const found = quote(actual)
  if (expected.length === 0) return omit ? `Remove ${found}.` : `Rewrite ${found} in plain words.`
  const choices = list(expected.map(quote))
  return omit ? `Remove ${found}, or use ${choices} instead.` : `Use ${choices} instead of ${found}.`
}

const quote = (value: string) => `“${value}”`

function list(items: readonly string[]): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

export const rule: LanguageRule = {meta, plugin: retextEnPlainWords}
