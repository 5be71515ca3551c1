import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, isDeveloperText, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {
  adviseOn,
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
  type Misspelling
} from '@klarsprak/spell'

export const meta: RuleMeta = {
  id: 'spelling',
  defaultSeverity: 'warning',
  // Off by default with the Swedish rule of the same id (rules/spelling.md).
  offByDefault: true,
  fixable: 'suggestion',
  description: {
    sv: 'Ord som inte finns i ordlistan (Hunspell) eller i projektets ordlista.',
    en: 'Words that are neither in the dictionary (Hunspell) nor in the project word list.'
  },
  options: {
    ignore: stringListOption,
    termAfter: {type: 'integer', minimum: 1},
    unclear: {type: 'boolean'}
  } satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words this rule accepts on top of `words` and `terms`, any case. Default: none. */
  readonly ignore?: readonly string[]
  /**
   * Uses of one unknown word in a document from which it is reported once, as a possible term, instead of at every
   * use (unless it is one or two letters from a word the text spells right). Default 3.
   */
  readonly termAfter?: number
  /**
   * Also report unknown words with no known word within two letters, and words of fewer than five letters. Default
   * false: on real text those were nearly always terms, code and names (see the Swedish rule).
   */
  readonly unclear?: boolean
}

// Common misspellings with their one right form: they get a sure suggestion, and are caught even when capitalised
// in the middle of a sentence (where an unknown word is otherwise taken as a name).
const misspellings = readMisspellings(new URL('../../data/spelling-misspellings.txt', import.meta.url))
// Prefixes written with a hyphen that the dictionary does not list as words (`pre-populated`).
const prefixes = readWordList(new URL('../../data/spelling-prefixes.txt', import.meta.url))

/** `council’s` → `council`, `councils’` → `councils`. */
function stripGenitive(word: string): string | undefined {
  if (word.endsWith("'s")) return word.slice(0, -2)
  if (word.endsWith("s'")) return word.slice(0, -1)
  return undefined
}

/**
 * retext plugin: reports words that Hunspell's English dictionaries (British and American spelling) do not know,
 * and that are not in the project's word list. Loads the dictionary when attached; the transformer waits for it.
 */
export default function retextEnSpelling(options: Options = {}) {
  const ready = loadSpeller('en').then((speller) => ({
    speller,
    checker: new SpellingChecker(speller, {
      accepted: wordsOf([...(options.words ?? []), ...(options.terms ?? []), ...(options.ignore ?? [])]),
      misspellings,
      prefixes,
      stripGenitive
    })
  }))
  // Attaching must not leave an unhandled rejection if the plugin is never run; the transformer rethrows.
  ready.catch(() => {})

  return async function (tree: Root, file: VFile) {
    const {speller, checker} = await ready
    const developer = isDeveloperText(file)
    const words = suspectWords(tree, checker)
    for (const misspelling of groupRepeated(misspellingsAmong(words, checker), words.known, {minOccurrences: options.termAfter})) {
      if (misspelling.occurrences !== undefined) {
        if (options.unclear) {
          report(file, {ruleId: meta.id, reason: termText(misspelling), place: misspelling.position, actual: misspelling.actual})
        }
        continue
      }
      let advice: Advice | undefined
      const advise = () => (advice ??= adviseOn(misspelling, speller))
      if (!options.unclear && !looksLikeTypo(misspelling, advise, {developer})) continue
      advice = advise()
      report(file, {
        ruleId: meta.id,
        reason: `Check the spelling of “${misspelling.actual}”${suggestionText(advice.candidates)}.`,
        place: misspelling.position,
        actual: misspelling.actual,
        expected: advice.expected === undefined ? undefined : [advice.expected]
      })
    }
  }
}

// No suggestions for a likely term: they cost time and would only tempt the writer to change a right word.
function termText({actual, occurrences}: Misspelling): string {
  return `“${actual}” is not in the dictionary but is used ${occurrences} times in this text. If it is a term, add it to the project word list.`
}

function suggestionText(candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const quoted = candidates.map((candidate) => `“${candidate}”`)
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
  return ` (did you mean ${list}?)`
}

export const rule: LanguageRule = {meta, plugin: retextEnSpelling}
