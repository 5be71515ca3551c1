import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {textBetween} from '../word-text.js'
import {findPassives, hasPassive} from './detect.js'
import {verbLexicon} from './lexicon.js'

export const meta: RuleMeta = {
  id: 'passive-voice',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    sv: 'Passiv form (”skickas”, ”blir kontaktad”) där texten kan säga vem som gör något',
    en: 'Passive voice (“skickas”, “blir kontaktad”) where the text could say who does something'
  }
}

export interface Options extends RuleOptions {
  /** Word forms never to report: s-forms (`anses`) or the participle of a bli-passive (`kallad`). Default: none. */
  readonly ignore?: readonly string[]
}

// The reason names the verb found; the note shows the kind of rewrite meant.
const reason = (actual: string) => `Passiv form ”${actual}”: skriv gärna ut vem som gör det.`

const note =
  'Passiv form döljer vem som gör något: skriv ”vi skickar beslutet” i stället för ”beslutet skickas”, ' +
  '”vi kontaktar dig” i stället för ”du blir kontaktad”. Skriv aktivt när det spelar roll för läsaren, ' +
  'men passiv går bra när ' +
  'det är självklart eller oviktigt vem som gör det (Myndigheternas skrivregler § 1.3.3).'

/** Whether `sentence` has at least one passive verb; feeds the `passiveShare` statistic (every sentence). */
export function isPassiveSentence(sentence: Sentence): boolean {
  return hasPassive(sentence)
}

/**
 * retext plugin: reports Swedish s-passives (`skickas`, `skickades`, `har skickats`, `görs`) and bli-passives
 * (`blir kontaktad`, `har blivit godkänd`). Deponents (`hoppas`, `finns`), reciprocals (`träffas`), genitives and
 * other words in -s are left alone.
 */
export default function retextSvPassiveVoice(options: Options = {}) {
  const ignore = new Set((options.ignore ?? []).map((entry) => entry.toLowerCase()))
  // Load the verb forms now, with the rule, rather than in the first document that has a word in -s.
  verbLexicon()

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      for (const match of findPassives(sentence, ignore)) {
        const children = sentence.children
        const start = children[match.first]?.position?.start
        const end = children[match.last]?.position?.end
        const actual = textBetween(children, match.first, match.last)
        report(file, {
          ruleId: meta.id,
          reason: reason(actual),
          place: start && end ? {start, end} : children[match.first],
          actual,
          note
        })
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvPassiveVoice}
