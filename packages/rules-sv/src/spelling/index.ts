import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, isDeveloperText, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {
  adviseOn,
  CompoundAnalyser,
  groupRepeated,
  loadSpeller,
  looksLikeTypo,
  misspellingsAmong,
  readMisspellings,
  readWordList,
  SpellingChecker,
  suspectWords,
  wordsOf,
  type Advice,
  type Misspelling,
  type Speller
} from '@klarsprak/spell'

export const meta: RuleMeta = {
  id: 'spelling',
  defaultSeverity: 'warning',
  // Off until it is right often enough on real text: labelled samples found about one flag in ten a misspelling
  // (compounds the dictionary does not build, names, code). On in klarsprak:strict or when a config turns it on.
  offByDefault: true,
  fixable: 'suggestion',
  description: {
    sv: 'Ord som inte finns i ordlistan (Hunspell) eller i projektets ordlista.',
    en: 'Words that are neither in the dictionary (Hunspell) nor in the project word list.'
  },
  options: {
    ignore: stringListOption,
    acceptEnglish: {type: 'boolean'},
    termAfter: {type: 'integer', minimum: 1},
    unclear: {type: 'boolean'}
  } satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words this rule accepts on top of `words` and `terms`, any case. Default: none. */
  readonly ignore?: readonly string[]
  /**
   * Accept words of the English dictionary too (`cookies`, `feedback`, an English title). English words in Swedish
   * text are a matter of word choice, not spelling. Default: true.
   */
  readonly acceptEnglish?: boolean
  /**
   * Uses of one unknown word in a document from which it is reported once, as a possible term, instead of at every
   * use (unless it is one or two letters from a word the text spells right). Default 3.
   */
  readonly termAfter?: number
  /**
   * Also report unknown words without one clear correction (terms, loans, names the dictionary lacks). Default false:
   * on real text nearly all of those were right words, and nearly every real typo had a clear correction
   * (`webläsaren` → `webbläsaren`). Words of fewer than five letters need a listed misspelling either way.
   */
  readonly unclear?: boolean
}

// Common misspellings with their one right form: they get a sure suggestion, and are caught even when capitalised
// in the middle of a sentence (where an unknown word is otherwise taken as a name).
const misspellings = readMisspellings(new URL('../../data/spelling-misspellings.txt', import.meta.url))
// Prefixes written with a hyphen that the dictionary does not list as words (`multi-`, `pre-`).
const prefixes = readWordList(new URL('../../data/spelling-prefixes.txt', import.meta.url))

// Swedish endings on an English loan (`popupen`, `validatorer`, `pluginet`, `deployas`), longest first.
const loanEndings = ['arnas', 'ernas', 'arna', 'erna', 'orna', 'ade', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'as', 'a', 'n', 't']
// Verb endings on an English loan count only after a doubled consonant (`mappa`, `wrappade`): after a bare English
// word they made typos right (`filtera`, `levera`).
const loanVerbEndings = ['ade', 'a']

/** `kommunens` → `kommunen`, `Njurundas` → `Njurunda`, `LSS:s` → `LSS`. */
function stripGenitive(word: string): string | undefined {
  if (word.endsWith(':s')) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return undefined
}

/**
 * retext plugin: reports words that Hunspell's Swedish dictionary (with compounds) does not know, and that are not in
 * the project's word list. Loads the dictionary when attached; the transformer waits for it.
 */
export default function retextSvSpelling(options: Options = {}) {
  // One analyser per Swedish speller: its cache is shared by the checkers with and without English.
  const analysers = new WeakMap<Speller, CompoundAnalyser>()
  const compoundsOf = (speller: Speller) => {
    let analyser = analysers.get(speller)
    if (!analyser) analysers.set(speller, (analyser = new CompoundAnalyser(speller)))
    return analyser
  }
  const checkerFor = (speller: Speller, english: Speller | undefined) =>
    new SpellingChecker(speller, {
      compounds: compoundsOf(speller),
      accepted: wordsOf([...(options.words ?? []), ...(options.terms ?? []), ...(options.ignore ?? [])]),
      misspellings,
      prefixes,
      stripGenitive,
      alsoAccept: english,
      loanEndings,
      loanVerbEndings,
      negation: true
    })
  const swedish = loadSpeller('sv').then((speller) => ({speller, checker: checkerFor(speller, undefined)}))
  // The English dictionaries are loaded only once a text has a word Swedish does not know: a cold check of a short
  // letter with no such word is then about 100 ms faster.
  let withEnglish: ReturnType<typeof checkerFor> | undefined
  const english = async () => {
    const [{speller}, en] = await Promise.all([swedish, loadSpeller('en')])
    withEnglish ??= checkerFor(speller, en)
    return withEnglish
  }
  // Attaching must not leave an unhandled rejection if the plugin is never run; the transformer rethrows.
  swedish.catch(() => {})

  // Advice per misspelled word and correction: the same misspelling recurs within and across documents.
  const adviceCache = new Map<string, Advice>()
  const adviceFor = (misspelling: Misspelling, speller: Speller): Advice => {
    const key = misspelling.correction === undefined ? misspelling.actual : `${misspelling.actual}\u0000${misspelling.correction}`
    let advice = adviceCache.get(key)
    if (advice === undefined) {
      advice = adviseOn(misspelling, speller)
      adviceCache.set(key, advice)
    }
    return advice
  }

  return async function (tree: Root, file: VFile) {
    const {speller, checker} = await swedish
    const developer = isDeveloperText(file)
    // The checker with English accepts every word the Swedish one does: it only needs the Swedish suspects.
    const words = suspectWords(tree, checker)
    let found = misspellingsAmong(words, checker)
    if (found.length > 0 && options.acceptEnglish !== false) found = misspellingsAmong(words, await english())
    for (const misspelling of groupRepeated(found, words.known, {minOccurrences: options.termAfter})) {
      if (misspelling.occurrences !== undefined) {
        if (options.unclear) {
          report(file, {ruleId: meta.id, reason: termText(misspelling), place: misspelling.position, actual: misspelling.actual})
        }
        continue
      }
      if (!options.unclear && !looksLikeTypo(misspelling, () => adviceFor(misspelling, speller), {developer})) continue
      const advice = adviceFor(misspelling, speller)
      report(file, {
        ruleId: meta.id,
        reason: `Kontrollera stavningen av ”${misspelling.actual}”${suggestionText(advice.candidates)}.`,
        place: misspelling.position,
        actual: misspelling.actual,
        expected: advice.expected === undefined ? undefined : [advice.expected]
      })
    }
  }
}

// No suggestions for a likely term: they cost time and would only tempt the writer to change a right word.
function termText({actual, occurrences}: Misspelling): string {
  return `”${actual}” finns inte i ordlistan men används ${occurrences} gånger i texten. Om det är en term: lägg till det i projektets ordlista.`
}

function suggestionText(candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const quoted = candidates.map((candidate) => `”${candidate}”`)
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}`
  return ` (menar du ${list}?)`
}

export const rule: LanguageRule = {meta, plugin: retextSvSpelling}
