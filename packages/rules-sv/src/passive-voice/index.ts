import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import {report, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {findPassives} from './detect.js'

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

/** Whether `sentence` has at least one passive verb; feeds the `passiveShare` statistic. */
export function isPassiveSentence(sentence: Sentence): boolean {
  return findPassives(sentence).length > 0
}

/**
 * retext plugin: reports Swedish s-passives (`skickas`, `skickades`, `har skickats`, `görs`) and bli-passives
 * (`blir kontaktad`, `har blivit godkänd`). Deponents (`hoppas`, `finns`), reciprocals (`träffas`), genitives and
 * other words in -s are left alone.
 */
export default function retextSvPassiveVoice(options: Options = {}) {
  const ignore = new Set((options.ignore ?? []).map((entry) => entry.toLowerCase()))

  return function (tree: Root, file: VFile) {
    visit(tree, 'SentenceNode', (sentence) => {
      for (const match of findPassives(sentence, ignore)) {
        const nodes = sentence.children.slice(match.first, match.last + 1)
        const start = nodes[0]?.position?.start
        const end = nodes[nodes.length - 1]?.position?.end
        const actual = toString(nodes)
        report(file, {
          ruleId: meta.id,
          reason: reason(actual),
          place: start && end ? {start, end} : nodes[0],
          actual,
          note
        })
      }
    })
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvPassiveVoice}
