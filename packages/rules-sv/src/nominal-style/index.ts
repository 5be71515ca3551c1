import type {Root, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {
  stringListOption,
  isDeveloperText,
  matchCase,
  report,
  sentencesIn,
  textOf,
  type LanguageRule,
  type RuleMeta, type OptionsSchema,
  type RuleOptions
} from '@klarsprak/core'
import {loadNominalStyle, type NominalStyleData} from './data.js'
import {findNominal, type NominalFinding} from './match.js'
import {findPhrases, type PhraseFinding} from './phrases.js'
import {quotations} from '../quotation.js'

export const meta: RuleMeta = {
  id: 'nominal-style',
  defaultSeverity: 'info',
  fixable: 'safe',
  description: {
    sv: 'Tomt verb med substantiv där verbet säger det enklare (”genomföra en kartläggning” → ”kartlägga”), och ”sker” utan aktör.',
    en: 'Empty verb with a verbal noun where the verb is plainer (“genomföra en kartläggning” → “kartlägga”), and “sker” without an actor (Swedish).'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /**
   * Nouns (`beslut`, `bedömning`) and `ske` forms (`sker`) to accept, in lower case. Default: none.
   */
  readonly ignore?: readonly string[]
}

let sharedData: NominalStyleData | undefined

const nominalNote =
  'Substantivsjuka: ett tomt verb med ett substantiv som kan skrivas som verb. Verbet gör meningen kortare och ' +
  'tydligare. Källa: Myndigheternas skrivregler 1.4.11.'
const happenNote =
  '”Sker” och ”har skett” säger inte vem som gör något. Skriv ut vem som handlar: ”Vi betalar ut pengarna …” i ' +
  'stället för ”Utbetalning sker …”. Källa: Riksrevisionens klarspråksriktlinjer; Myndigheternas skrivregler 1.4.11.'

/**
 * retext plugin: flags nominal style in Swedish, an empty support verb with a verbal noun (`genomföra en
 * kartläggning av`, `fattar beslut om`, `vidtar åtgärder mot`, `är föremål för prövning`), with the plain verb in the
 * same tense as a fix where it fits the sentence, and `ske`/`sker`/`har skett` without an actor. Usable on its own
 * in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvNominalStyle(options: Options = {}) {
  sharedData ??= loadNominalStyle()
  const data = sharedData
  const ignored = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))

  return function (tree: Root, file: VFile) {
    // Developer documentation names what software does (`sorteringen sker`); its readers share that register. An
    // empty verb with a noun (`göra ett val`) is as heavy there as anywhere.
    const developer = isDeveloperText(file)
    // A quotation is the speaker's own words: an editor does not rewrite a minister's quote.
    const quoted = quotations(tree)
    const triggers = data.triggers
    for (const sentence of sentencesIn(tree)) {
      if (quoted.has(sentence)) continue
      const children = sentence.children
      const phrases = findPhrases(data, sentence).filter((phrase) => !ignored.has(phrase.key))
      for (const phrase of phrases) flagPhrase(file, phrase, children)
      const covered = (index: number) => phrases.some((phrase) => index >= phrase.start && index <= phrase.end)
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!
        if (phrases.length > 0 && covered(index)) continue
        if (child.type !== 'WordNode') continue
        // Cheap test first: one map lookup per word (lower-casing only words with a capital first letter).
        const text = textOf(child)
        let trigger = triggers.get(text)
        if (!trigger) {
          const first = text.charAt(0)
          if (first === first.toLowerCase()) continue
          trigger = triggers.get(text.toLowerCase())
          if (!trigger) continue
        }
        const finding = findNominal(data, children, index, trigger)
        if (!finding || ignored.has(finding.key) || (developer && finding.kind === 'happen')) continue
        flag(file, finding)
        index = finding.end
      }
    }
  }
}

function flag(file: VFile, finding: NominalFinding): void {
  const {actual} = finding
  const expected = finding.expected.map((value) => matchCase(actual, value))
  let reason: string
  if (finding.kind === 'happen') reason = `Skriv vem som gör något i stället för ”${actual}”.`
  else if (expected.length > 0) reason = `Skriv ${expected.map((value) => `”${value}”`).join(' eller ')} i stället för ”${actual}”.`
  else reason = `Skriv om med verbet ”${finding.verb}” i stället för ”${actual}”.`
  report(file, {
    ruleId: meta.id,
    reason,
    place: finding.place,
    actual,
    expected,
    note: finding.kind === 'happen' ? happenNote : nominalNote + (finding.source ? ` (${finding.source})` : '')
  })
}

function flagPhrase(file: VFile, phrase: PhraseFinding, children: readonly SentenceContent[]): void {
  const actual = toString(children.slice(phrase.start, phrase.end + 1))
  const hint = phrase.hint.map((value) => `”${value}”`).join(' eller ')
  report(file, {
    ruleId: meta.id,
    reason: `Skriv om med ${hint} i stället för ”${actual}”.`,
    place: phrase.place,
    actual,
    expected: [],
    note: nominalNote + (phrase.source ? ` (${phrase.source})` : '')
  })
}

export const rule: LanguageRule = {meta, plugin: retextSvNominalStyle}
