import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {SKIP, visit} from 'unist-util-visit'
import {toString} from 'nlcst-to-string'
import {stringListOption, isDeveloperText, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {PassiveFinder} from './passives.js'

export {PassiveFinder, notPassive} from './passives.js'
export type {PassiveMatch} from './passives.js'

export const meta: RuleMeta = {
  id: 'passive-voice',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    sv: 'Engelsk passiv form som döljer vem som gör något i en mening till läsaren (”your claim will be reviewed”).',
    en: 'Passive voice that hides who acts in a sentence to the reader (“your claim will be reviewed”).'
  },
  options: {
    ignore: stringListOption,
    scope: {type: 'string', enum: ['double', 'reader']}
  } satisfies OptionsSchema<Options>
}

// As in Swedish: plain-language advice is against passives that hide who acts where the reader needs to know, not
// against every passive. Labelled real text (GOV.UK guidance) showed almost every other passive (`is needed`,
// `should be styled`, `can be found`) to be one an editor leaves alone. A passive is reported where the sentence
// speaks to the reader (`you`, `your`) and names no actor (`by …`); developer documentation is left alone.
const readerWords = new Set(['you', 'your', 'yours', "you're", "you'll", "you've"])

function speaksToReader(sentence: Sentence): boolean {
  return sentence.children.some((child) => child.type === 'WordNode' && readerWords.has(toString(child).toLowerCase()))
}

/** `by` right after the passive (within two words): the actor is named. */
function namesActor(sentence: Sentence, match: {position: Sentence['position']}): boolean {
  const end = match.position?.end.offset
  if (end === undefined) return false
  let words = 0
  for (const child of sentence.children) {
    const start = child.position?.start.offset
    if (start === undefined || start < end || child.type !== 'WordNode') continue
    if (toString(child).toLowerCase() === 'by') return true
    if (++words >= 2) return false
  }
  return false
}

export interface Options extends RuleOptions {
  /** Participles not to warn about (`required`, `sent`). Default: none. */
  readonly ignore?: readonly string[]
  /**
   * `double` (default, shared with the Swedish rule): English has no double passive, so nothing is reported.
   * `reader`: passives in a sentence to the reader (`you`, `your`) that name no actor; an editor agreed with few of
   * them on labelled real text (rules/passive-voice.md).
   */
  readonly scope?: 'double' | 'reader'
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
    if (options.scope !== 'reader' || isDeveloperText(file)) return
    visit(tree, 'SentenceNode', function (sentence) {
      if (!speaksToReader(sentence)) return SKIP
      for (const match of finder.find(sentence)) {
        if (namesActor(sentence, match)) continue
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
