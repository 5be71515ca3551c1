import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {SKIP, visit} from 'unist-util-visit'
import {report, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {PassiveFinder} from './passives.js'

export {PassiveFinder, notPassive} from './passives.js'
export type {PassiveMatch} from './passives.js'

export const meta: RuleMeta = {
  id: 'passive-voice',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    sv: 'Engelsk passiv form (”is sent”, ”was approved”); skriv vem som gör något.',
    en: 'Passive voice (“is sent”, “was approved”); say who does what.'
  }
}

export interface Options extends RuleOptions {
  /** Participles not to warn about (`required`, `sent`). Default: none. */
  readonly ignore?: readonly string[]
}

const defaultFinder = new PassiveFinder()

/** Whether a sentence has a passive verb phrase; feeds the `passiveShare` statistic. */
export function isPassiveSentence(sentence: Sentence): boolean {
  return defaultFinder.find(sentence).length > 0
}

/**
 * retext plugin: point out passive verbs, using retext-passive for irregular participles (`was sent`) plus regular
 * ones (`is approved`), an adverb in between (`is not sent`) and contractions (`you're asked`). Adjectives after
 * “be” (`is closed`, `are interested`) are left alone.
 */
export default function retextEnPassiveVoice(options: Options = {}) {
  const finder = options.ignore && options.ignore.length > 0 ? new PassiveFinder(options.ignore) : defaultFinder

  return function (tree: Root, file: VFile) {
    visit(tree, 'SentenceNode', function (sentence) {
      for (const match of finder.find(sentence)) {
        report(file, {
          ruleId: meta.id,
          reason: `Use the active voice instead of “${match.actual}”: say who does it.`,
          place: match.position,
          actual: match.actual
        })
      }
      return SKIP
    })
  }
}

export const rule: LanguageRule = {meta, plugin: retextEnPassiveVoice}
