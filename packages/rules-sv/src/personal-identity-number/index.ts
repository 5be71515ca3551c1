import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  reportIdentityNumbers,
  type LanguageRule,
  type RuleMeta,
  type RuleOptions
} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'personal-identity-number',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    sv: 'Personnummer eller samordningsnummer i texten',
    en: 'Swedish personal identity or coordination number in the text'
  }
}

export type Options = RuleOptions

const reasons = {
  personnummer: 'Ta bort personnumret: personuppgifter ska inte stå i texten.',
  samordningsnummer: 'Ta bort samordningsnumret: personuppgifter ska inte stå i texten.'
} as const

/**
 * retext plugin: reports checksum-valid Swedish personnummer and samordningsnummer (`811218-9876`,
 * `19811218-9876`, `198112189876`, `811218+9876`). Organisation, phone, giro and case numbers are not reported.
 */
export default function retextSvPersonalIdentityNumber(_options: Options = {}) {
  return function (tree: Root, file: VFile) {
    reportIdentityNumbers(tree, file, {reasons, note: 'Personnummer är personuppgifter (dataskyddsförordningen, GDPR). Skriv dem aldrig i allmänna texter.'})
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvPersonalIdentityNumber}
