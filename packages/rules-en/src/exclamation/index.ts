import {loadSpeller} from '@klarsprak/spell'
import {stringListOption, exclamation, readDataFile, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'exclamation',
  defaultSeverity: 'info',
  fixable: 'suggestion',
  description: {
    sv: 'Utropstecken och ord i versaler (som att ropa) utanför rubriker och förkortningar.',
    en: 'Exclamation marks and words in capitals (shouting) outside headings and acronyms.'
  },
  options: {ignore: stringListOption, capitals: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words in capitals to accept, such as the organisation's own acronyms (`SWIFT`, `MUST`). Default: none. */
  readonly ignore?: readonly string[]
  /** Whether to flag words in capitals; `false` checks exclamation marks only. Default: `true`. */
  readonly capitals?: boolean
}

const data = readDataFile<exclamation.ExclamationRuleSettings['data']>(new URL('../../data/exclamation.yml', import.meta.url))

const markNote =
  'Exclamation marks are rarely needed in public-sector writing and can sound as if you are raising your voice. ' +
  'Source: Myndigheternas skrivregler (Swedish government style guide) 13.3.'
const capitalsNote =
  'Words in capitals read as shouting and are harder to read than lower case. ' +
  'Show what matters through word choice, word order or a heading instead.'

/**
 * retext plugin: flags exclamation marks in running text (`!` after a sentence of more than three words, `!!`,
 * `?!`), but not one `!` after a short greeting (`Welcome!`, `Thank you!`) or inside a quotation, and words in
 * capitals used as shouting (`IMPORTANT`, `DO NOT`), but not acronyms (`NHS`, `HMRC`, `PIN`). Headings (a paragraph
 * of one sentence without terminal punctuation) are skipped. Usable on its own in any unified pipeline with an
 * English nlcst tree.
 */
export default function retextEnExclamation(options: Options = {}) {
  return exclamation.exclamationTransformer({
    data,
    accepted: [...(options.ignore ?? []), ...(options.words ?? []), ...(options.terms ?? [])],
    capitals: options.capitals !== false,
    loadDictionary: async () => {
      const speller = await loadSpeller('en')
      return (lower) => speller.correct(lower)
    },
    texts: {
      question: (actual) => `Use a question mark alone instead of “${actual}”.`,
      repeated: (actual) => `Use a full stop instead of “${actual}”.`,
      terminal: 'Use a full stop instead of an exclamation mark.',
      inner: 'Remove the exclamation mark.',
      capitals: (actual) => `Avoid writing “${actual}” in capitals.`,
      markNote,
      capitalsNote
    }
  })
}

export const rule: LanguageRule = {meta, plugin: retextEnExclamation}
