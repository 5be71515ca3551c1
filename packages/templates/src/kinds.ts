import type {Language} from '@klarsprak/core'
import type {TemplateKind, VariableSpec} from './types.js'

export interface KindRequirement {
  /** Variables a template of this kind must declare as required and use in its body. */
  variables: Readonly<Record<string, Pick<VariableSpec, 'type' | 'items'>>>
  /** Phrases of which the static text must contain at least one, per language (lower case). */
  phrases?: Readonly<Record<Language, readonly string[]>>
  /** What the phrase is, for messages. */
  phraseName?: Readonly<Record<Language, string>>
}

const contact = {type: 'contact'} as const

/** What each message kind must contain (templates.md, `template-required-content`). */
export const kinds: Readonly<Record<TemplateKind, KindRequirement>> = {
  'absence-reply': {variables: {returnDate: {type: 'date'}, alternativeContact: contact}},
  hours: {variables: {hours: {type: 'hours'}}},
  receipt: {variables: {caseNumber: {type: 'string'}, nextStep: {type: 'text'}, expectedAnswer: {type: 'date'}, contact}},
  'case-status': {
    variables: {caseNumber: {type: 'string'}, status: {type: 'text'}, nextStep: {type: 'text'}, expectedDecision: {type: 'date'}, contact}
  },
  correction: {
    variables: {whatWasWrong: {type: 'text'}, correction: {type: 'text'}, contact},
    phrases: {sv: ['ber om ursäkt', 'ber vi om ursäkt', 'ber jag om ursäkt'], en: ['apologise', 'apologize']},
    phraseName: {sv: 'en ursäkt (”ber om ursäkt”)', en: 'an apology (“apologise”)'}
  },
  referral: {variables: {contact}},
  'feedback-reply': {
    variables: {contact},
    phrases: {sv: ['tack'], en: ['thank you', 'thanks']},
    phraseName: {sv: 'ett tack (”tack”)', en: 'thanks (“thank you”)'}
  },
  closure: {variables: {from: {type: 'date'}, to: {type: 'date'}, alternativeContact: contact}},
  custom: {variables: {}}
}

export const kindNames = Object.keys(kinds) as TemplateKind[]

export function isKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && Object.hasOwn(kinds, value)
}
