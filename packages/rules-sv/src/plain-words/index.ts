import type {Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {stringListOption, isDeveloperText, matchCase, report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {loadPlainWords, type PlainWordEntry} from './data.js'
import {plainWordsReason} from './message.js'
import {PhraseIndex, type PhraseMatch} from './phrase-index.js'
import {lowerTextsOf} from '../word-text.js'
import {quotations} from '../quotation.js'

export const meta: RuleMeta = {
  id: 'plain-words',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Krångliga ord och fraser som har enklare alternativ (”erhåller” → ”får”).',
    en: 'Officialese with plain alternatives (Swedish “erhåller” → “får”).'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /**
   * Words and phrases to accept. Listing any form of an entry (`erhålla`) accepts all its forms
   * (`erhåller`, `erhöll`, …). Default: none.
   */
  readonly ignore?: readonly string[]
}

interface Form {
  readonly entry: PlainWordEntry
  readonly form: string
  readonly replacements: readonly string[]
}

const data = loadPlainWords()
let sharedIndex: PhraseIndex<Form> | undefined

/** Index of every form, built once: one map lookup per word while linting. */
function formIndex(): PhraseIndex<Form> {
  if (sharedIndex) return sharedIndex
  const index = new PhraseIndex<Form>()
  for (const entry of data.entries) {
    for (const [form, replacements] of entry.forms) index.add(form, {entry, form, replacements})
  }
  sharedIndex = index
  return index
}

/** `ej` → `inte`: the plain form of an adverb moved into a particle-verb fix. */
const plainAdverb = new Map<string, string>()
for (const adverb of data.sentenceAdverbs) {
  const replacement = data.entries.find((entry) => entry.forms.has(adverb))?.forms.get(adverb)
  plainAdverb.set(adverb, replacement?.length === 1 ? replacement[0]! : adverb)
}

/**
 * retext plugin: flags officialese (`erhåller`, `i enlighet med`, `skall`) and suggests the matching form of a
 * plain alternative (`får`, `enligt`, `ska`). Usable on its own in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvPlainWords(options: Options = {}) {
  const index = formIndex()
  const ignoredWords = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))
  const ignored = new Set(
    data.entries.filter((entry) => [...entry.forms.keys()].some((form) => ignoredWords.has(form)))
  )

  return function (tree: Root, file: VFile) {
    // A quotation is the speaker's own words: an editor does not rewrite a minister's quote.
    const quoted = quotations(tree)
    const context: SentenceContext = {ignored, developerText: isDeveloperText(file)}
    for (const sentence of sentencesIn(tree)) {
      if (!quoted.has(sentence)) checkSentence(sentence, index, context, file)
    }
  }
}

interface SentenceContext {
  readonly ignored: ReadonlySet<PlainWordEntry>
  readonly developerText: boolean
}

function checkSentence(sentence: Sentence, index: PhraseIndex<Form>, context: SentenceContext, file: VFile): void {
  const children = sentence.children
  const lower = lowerTextsOf(sentence)
  for (let position = 0; position < children.length; position++) {
    // The lookup first: most words start no entry.
    if (!index.has(lower[position]!) || children[position]!.type !== 'WordNode') continue
    const match = index.match(children, lower, position, (found) =>
      !context.ignored.has(found.value.entry) &&
      !(context.developerText && found.value.entry.notInDeveloperText) &&
      fitsContext(found, children, lower)
    )
    if (!match) continue

    const first = previousWord(children, lower, match.start) === undefined && !hasWordBefore(children, match.start)
    const imperative = first ? match.value.entry.imperative?.get(match.value.form) : undefined
    const {end, replacements} = withMovedAdverb(imperative ? {...match, value: {...match.value, replacements: imperative}} : match, children, lower)
    const head = children[match.start]!.position
    const last = children[end]!.position
    const actual = toString(children.slice(match.start, end + 1))
    const expected = replacements.map((replacement) => matchCase(actual, replacement))
    const {entry} = match.value
    const source = citedSource(entry.source)
    const note = [entry.note, source && `Källa: ${source}.`].filter(Boolean).join(' ')
    report(file, {
      ruleId: meta.id,
      reason: plainWordsReason(actual, expected, entry.hint),
      place: head && last ? {start: head.start, end: last.end} : undefined,
      actual,
      expected,
      ...(note ? {note} : {})
    })
    position = end
  }
}

/**
 * The source to show the writer: a published guide. The evidence kept for maintainers (an editor's marks and
 * judgements in the real-text evaluation, or that no primary list was checked) says nothing to a writer.
 */
function citedSource(source: string | undefined): string | undefined {
  if (!source || /^(?:ingen primärkälla|redaktörs)/.test(source)) return undefined
  return source.replace(/;\s*redaktörs.*$/, '')
}

/** Entry conditions that tell a preposition from a noun or adjective (`avseende`, `gällande`, `jämlikt`). */
function fitsContext(match: PhraseMatch<Form>, children: readonly SentenceContent[], texts: readonly string[]) {
  const {entry} = match.value
  if (entry.notAfter) {
    const before = previousWord(children, texts, match.start)
    if (before !== undefined && entry.notAfter.has(before)) return false
  }
  if (entry.notFirst && !hasWordBefore(children, match.start)) return false
  if (entry.notAfterInSentence) {
    for (let index = 0; index < match.start; index++) {
      if (children[index]!.type === 'WordNode' && entry.notAfterInSentence.has(texts[index]!)) return false
    }
  }
  if (entry.notBefore || entry.onlyBefore) {
    const after = nextToken(children, texts, match.end)
    const keys = after === undefined ? [] : /^\p{N}/u.test(after) ? [after, '#number'] : [after]
    if (entry.notBefore && keys.some((key) => entry.notBefore!.has(key))) return false
    if (entry.onlyBefore && !keys.some((key) => entry.onlyBefore!.has(key))) return false
  }
  return true
}

/** Whether a word comes before child `index` in the sentence (a bullet or a quotation mark does not count). */
function hasWordBefore(children: readonly SentenceContent[], index: number): boolean {
  for (let before = index - 1; before >= 0; before--) if (children[before]!.type === 'WordNode') return true
  return false
}

function previousWord(children: readonly SentenceContent[], texts: readonly string[], from: number) {
  for (let index = from - 1; index >= 0; index--) {
    const type = children[index]!.type
    if (type === 'WhiteSpaceNode') continue
    return type === 'WordNode' ? texts[index] : undefined
  }
  return undefined
}

function nextToken(children: readonly SentenceContent[], texts: readonly string[], from: number) {
  for (let index = from + 1; index < children.length; index++) {
    if (children[index]!.type !== 'WhiteSpaceNode') return texts[index]
  }
  return undefined
}

/**
 * A particle verb's fix must put a sentence adverb inside the verb: `inkom inte` → `kom inte in`, not
 * `kom in inte`. When the replaced verb is followed by such an adverb, the span grows to cover it.
 */
function withMovedAdverb(
  match: PhraseMatch<Form>,
  children: readonly SentenceContent[],
  texts: readonly string[]
): {end: number; replacements: readonly string[]} {
  const {form, replacements} = match.value
  const unchanged = {end: match.end, replacements}
  const space = children[match.end + 1]
  const adverbAt = match.end + 2
  if (space?.type !== 'WhiteSpaceNode' || texts[match.end + 1]!.includes('\n')) return unchanged
  if (children[adverbAt]?.type !== 'WordNode' || !plainAdverb.has(texts[adverbAt]!)) return unchanged

  const formWords = form.split(' ')
  const split = replacements.map((replacement) => splitVerb(formWords, replacement.split(' ')))
  if (!split.some(Boolean)) return unchanged

  const original = toString(children[adverbAt]!)
  const adverb = matchCase(original, plainAdverb.get(texts[adverbAt]!)!)
  return {
    end: adverbAt,
    replacements: replacements.map((replacement, index) => {
      const at = split[index]
      if (at === undefined) return `${replacement} ${adverb}`
      const words = replacement.split(' ')
      return [...words.slice(0, at), adverb, ...words.slice(at)].join(' ')
    })
  }
}

/**
 * Where an adverb goes inside a replacement: after its verb when one word of the form becomes a verb with a particle
 * (`inkom` → `kom in`: after word 1; `ersättning utgår` → `ersättning betalas ut`: after word 2).
 */
function splitVerb(formWords: readonly string[], replacementWords: readonly string[]): number | undefined {
  let shared = 0
  while (shared < formWords.length && formWords[shared] === replacementWords[shared]) shared++
  const formRest = formWords.length - shared
  const replacementRest = replacementWords.length - shared
  return formRest === 1 && replacementRest >= 2 ? shared + 1 : undefined
}

export const rule: LanguageRule = {meta, plugin: retextSvPlainWords}
