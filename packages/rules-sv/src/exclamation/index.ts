import {loadSpeller} from '@klarsprak/spell'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, exclamation, isDeveloperText, readDataFile, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'

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
  /** Words in capitals to accept, such as the organisation's own acronyms (`LUPP`, `SKA`). Default: none. */
  readonly ignore?: readonly string[]
  /** Whether to flag words in capitals; `false` checks exclamation marks only. Default: `true`. */
  readonly capitals?: boolean
}

const data = readDataFile<exclamation.ExclamationRuleSettings['data']>(new URL('../../data/exclamation.yml', import.meta.url))

const markNote =
  'Utropstecken behövs sällan i en myndighetstext och kan låta som att du höjer rösten. ' +
  'Källa: Myndigheternas skrivregler 13.3.'
const capitalsNote =
  'Ord med bara stora bokstäver läses som att du ropar och är svårare att läsa. ' +
  'Visa vad som är viktigt med ordval, ordföljd eller en rubrik i stället.'

/**
 * retext plugin: flags exclamation marks in running text (`!` after a sentence of more than three words, `!!`,
 * `?!`), but not one `!` after a short greeting (`Välkommen!`, `Tack!`) or inside a quotation, and words in capitals
 * used as shouting (`VIKTIGT`, `GLÖM INTE`), but not acronyms (`LSS`, `GDPR`, `SMS`). Headings (a paragraph of one
 * sentence without terminal punctuation) are skipped. Usable on its own in any unified pipeline with a Swedish
 * nlcst tree.
 */
export default function retextSvExclamation(options: Options = {}) {
  const transform = exclamation.exclamationTransformer({
    data,
    accepted: [...(options.ignore ?? []), ...(options.words ?? []), ...(options.terms ?? [])],
    capitals: options.capitals !== false,
    paragraphEndStands: true,
    loadDictionary: async () => {
      const speller = await loadSpeller('sv')
      return (lower) => speller.correct(lower)
    },
    texts: {
      question: (actual) => `Skriv bara frågetecken i stället för ”${actual}”.`,
      repeated: (actual) => `Skriv punkt i stället för ”${actual}”.`,
      terminal: 'Skriv punkt i stället för utropstecken.',
      inner: 'Stryk utropstecknet.',
      capitals: (actual) => `Undvik att skriva ”${actual}” med stora bokstäver.`,
      markNote,
      capitalsNote
    }
  })
  // Developer documentation warns with `!` and `INTE` in notes to its own readers; that is its register.
  return (tree: Root, file: VFile) => (isDeveloperText(file) ? undefined : transform(tree, file))
}

export const rule: LanguageRule = {meta, plugin: retextSvExclamation}
