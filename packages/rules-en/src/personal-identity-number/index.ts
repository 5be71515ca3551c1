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
  personnummer: 'Remove the personal identity number: personal data does not belong in the text.',
  samordningsnummer: 'Remove the coordination number: personal data does not belong in the text.'
} as const

/**
 * retext plugin: reports checksum-valid Swedish personnummer and samordningsnummer (`811218-9876`,
 * `19811218-9876`, `198112189876`, `811218+9876`). Organisation, phone, giro and case numbers are not reported.
 */
export default function retextEnPersonalIdentityNumber(_options: Options = {}) {
  return function (tree: Root, file: VFile) {
    reportIdentityNumbers(tree, file, {reasons, note: 'A personal identity number is personal data (GDPR). Never put one in a public text.'})
  }
}

export const rule: LanguageRule = {meta, plugin: retextEnPersonalIdentityNumber}
