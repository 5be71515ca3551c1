import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, isDeveloperText, report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {quotations} from '../quotation.js'
import {lowerTextsOf, textBetween} from '../word-text.js'
import {findPassives, hasPassive, type PassiveMatch} from './detect.js'
import {verbLexicon} from './lexicon.js'
import {readerWords, whyItMatters, type Reason, type Setting} from './matters.js'

export const meta: RuleMeta = {
  id: 'passive-voice',
  defaultSeverity: 'info',
  fixable: false,
  // `ombeds` and `erläggas` get a better word from plain-words; `beslut fattas` is nominal-style's finding.
  yieldsTo: ['plain-words', 'nominal-style'],
  description: {
    sv: 'Dubbel passiv (”föreslås inrättas”); med scope: reader även passiv som döljer vem som gör något för läsaren',
    en: 'Double passive (“föreslås inrättas”); with scope: reader also passives that hide who acts for the reader'
  },
  options: {
    ignore: stringListOption,
    scope: {type: 'string', enum: ['double', 'reader']}
  } satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Word forms never to report: s-forms (`anses`) or the participle of a bli-passive (`kallad`). Default: none. */
  readonly ignore?: readonly string[]
  /**
   * `double` (default): only double passives (`föreslås inrättas`), which an editor changed every time on labelled
   * real text. `reader`: also passives that hide who acts in a sentence about the reader or their case, and in
   * letters what the authority did; an editor agreed with about one in three of those.
   */
  readonly scope?: 'double' | 'reader'
}

const reasons: Record<Reason, (actual: string) => string> = {
  reader: (actual) => `Passiv form ”${actual}”: skriv vem som gör det, till exempel ”vi” om er själva.`,
  duty: (actual) => `Passiv form ”${actual}”: skriv vad läsaren ska göra, till exempel ”Skicka in ansökan” i stället för ”Ansökan ska skickas in”.`,
  double: (actual) => `Dubbel passiv ”${actual}”: skriv om meningen och säg vem som gör vad.`
}

const note =
  'Passiv form döljer vem som gör något. Skriv aktivt där läsaren behöver veta det: ”vi skickar beslutet” i ' +
  'stället för ”beslutet skickas”, ”vi kontaktar dig” i stället för ”du blir kontaktad”. Passiv går bra när det ' +
  'är självklart eller oviktigt vem som gör det (Myndigheternas skrivregler 1.3.3).'

/** Whether `sentence` has at least one passive verb; feeds the `passiveShare` statistic (every sentence). */
export function isPassiveSentence(sentence: Sentence): boolean {
  return hasPassive(sentence)
}

/** The passives of a sentence worth a finding, a double passive as one span. */
function worthReporting(sentence: Sentence, matches: readonly PassiveMatch[], setting: Setting & {wide: boolean}) {
  const found: Array<{first: number; last: number; reason: Reason}> = []
  for (const match of matches) {
    const reason = whyItMatters(sentence, match, matches, setting)
    if (!reason || (reason !== 'double' && !setting.wide)) continue
    const previous = found[found.length - 1]
    if (reason === 'double' && previous?.reason === 'double') {
      previous.last = match.last
      continue
    }
    found.push({first: match.first, last: match.last, reason})
  }
  return found
}

/**
 * retext plugin: reports the Swedish passives (`skickas`, `har beviljats`, `blir kontaktad`) that hide who acts
 * where the reader needs to know (see matters.ts). Quotations and developer documentation are left alone, and so
 * are deponents (`hoppas`, `finns`) and reciprocals (`träffas`), which are not passives at all.
 */
export default function retextSvPassiveVoice(options: Options = {}) {
  const ignore = new Set((options.ignore ?? []).map((entry) => entry.toLowerCase()))
  const letter = options.textType === 'letter' || options.textType === 'email'
  // Load the verb forms now, with the rule, rather than in the first document that has a word in -s.
  verbLexicon()

  return function (tree: Root, file: VFile) {
    if (isDeveloperText(file)) return
    const quoted = quotations(tree)
    const sentences = sentencesIn(tree)
    const setting: Setting & {wide: boolean} = {
      letter,
      addressed: sentences.some((sentence) => lowerTextsOf(sentence).some((word) => readerWords.has(word))),
      wide: options.scope === 'reader'
    }
    for (const sentence of sentences) {
      if (quoted.has(sentence)) continue
      const matches = findPassives(sentence, ignore)
      if (matches.length === 0) continue
      for (const {first, last, reason} of worthReporting(sentence, matches, setting)) {
        const children = sentence.children
        const start = children[first]?.position?.start
        const end = children[last]?.position?.end
        const actual = textBetween(children, first, last)
        report(file, {ruleId: meta.id, reason: reasons[reason](actual), place: start && end ? {start, end} : children[first], actual, note})
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvPassiveVoice}
