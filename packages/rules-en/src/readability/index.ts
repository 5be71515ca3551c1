import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import retextReadability from 'retext-readability'
import {isDeveloperText, report, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions, type TextType} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'readability',
  defaultSeverity: 'warning',
  // Off until it is right often enough on real text: labelled samples found fewer than one finding in four worth
  // acting on (clear instructions rated hard for their terms, headings, template code). On in klarsprak:strict.
  offByDefault: true,
  fixable: false,
  description: {
    sv: 'Engelska meningar som flera läsbarhetsformler bedömer som svåra för målgruppen.',
    en: 'English sentences that several readability formulas rate too hard for the target age.'
  },
  options: {
    age: {type: 'number', minimum: 0},
    minWords: {type: 'integer', minimum: 1},
    threshold: {type: 'number', minimum: 0, maximum: 1}
  } satisfies OptionsSchema<Options>
}

/**
 * Target reading age for each kind of text. Letters may be a little harder than web pages (as LIX allows 45
 * instead of 40); easy-read text is for readers who need the simplest language.
 */
export const ageByTextType: Readonly<Record<TextType, number>> = {
  web: 16,
  email: 16,
  letter: 17,
  'easy-read': 12
}

/** Default share of the 7 formulas that must agree: 5 of 7 (upstream uses 4 of 7, too noisy on plain text). */
export const defaultThreshold = 5 / 7

export interface Options extends RuleOptions {
  /** Target reading age. Default: by `textType` (web and email 16, letter 17, easy-read 12). */
  readonly age?: number
  /** Check only sentences with at least this many words. Default: `5`. */
  readonly minWords?: number
  /** Share of the 7 formulas (0–1) that must rate a sentence above `age`. Default: `5 / 7`. */
  readonly threshold?: number
}

const formulaCount = /according to (?:(\d+) out of (\d+)|all (\d+)) algorithms/

/**
 * retext plugin: warn about hard sentences, using retext-readability (Automated Readability, Coleman–Liau,
 * Dale–Chall, Flesch, Gunning fog, SMOG and Spache, each applied to one sentence).
 */
export default function retextEnReadability(options: Options = {}) {
  const age = options.age ?? ageByTextType[options.textType ?? 'web']
  const upstream = retextReadability({
    age,
    minWords: options.minWords ?? 5,
    threshold: options.threshold ?? defaultThreshold
  })

  return function (tree: Root, file: VFile) {
    // Developer documentation is read by people who share its terms; the formulas count those as hard words.
    if (isDeveloperText(file)) return
    // Run the upstream check on a scratch file, then re-issue its findings with Klarspråk's id, source, url and an
    // English message that says what to do; the position (the whole sentence) stays as upstream reported it.
    const scratch = new VFile()
    upstream(tree, scratch)
    for (const message of scratch.messages) {
      report(file, {
        ruleId: meta.id,
        reason: `Make this sentence easier to read: use shorter sentences and everyday words (${agreement(message.reason)} rate it above reading age ${age}).`,
        place: message.place,
        actual: message.actual ?? ''
      })
    }
  }
}

/** `5 of 7 formulas` or `all 7 formulas`, taken from the upstream reason. */
function agreement(reason: string): string {
  const match = formulaCount.exec(reason)
  if (!match) return 'readability formulas'
  return match[3] ? `all ${match[3]} formulas` : `${match[1]} of ${match[2]} formulas`
}

export const rule: LanguageRule = {meta, plugin: retextEnReadability}
