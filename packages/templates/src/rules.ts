import type {RuleMeta} from '@klarsprak/core'

/**
 * The template rules (rules.md, "Template rules"). This module has no dependencies besides core's types, so the
 * CLI can list the rules without loading Handlebars.
 */
export const templateRules: readonly RuleMeta[] = [
  {
    id: 'template-syntax',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'Mallen går inte att kompilera (Handlebars-syntax).',
      en: 'The template does not compile (Handlebars syntax).'
    }
  },
  {
    id: 'template-metadata',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'Mallens inledande metadata (front matter) saknas eller är felaktig.',
      en: 'The template’s front matter is missing or invalid.'
    }
  },
  {
    id: 'template-unknown-variable',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'En variabel används i mallen men är inte deklarerad.',
      en: 'A variable is used in the template but not declared.'
    }
  },
  {
    id: 'template-unused-variable',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      sv: 'En deklarerad variabel används aldrig i mallen.',
      en: 'A declared variable is never used in the template.'
    }
  },
  {
    id: 'template-unknown-helper',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'Mallen använder en hjälpfunktion som inte finns.',
      en: 'The template uses a helper that is not registered.'
    }
  },
  {
    id: 'template-required-content',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'Det som meddelandetypen måste innehålla saknas i mallen.',
      en: 'A part that the message kind requires is missing from the template.'
    }
  },
  {
    id: 'template-unescaped-output',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      sv: 'Oskyddad utdata {{{…}}} i en mall som blir HTML eller Markdown.',
      en: 'Unescaped output {{{…}}} in a template whose output is HTML or Markdown.'
    }
  }
]

export type TemplateRuleId =
  | 'template-syntax'
  | 'template-metadata'
  | 'template-unknown-variable'
  | 'template-unused-variable'
  | 'template-unknown-helper'
  | 'template-required-content'
  | 'template-unescaped-output'

/** File extensions of templates (cli.md: `.hbs`, `.handlebars`). */
export const templateExtensions: readonly string[] = ['.hbs', '.handlebars']

/** Whether a path names a template, so that callers can send it to `lintTemplate` without loading Handlebars first. */
export function isTemplatePath(path: string): boolean {
  const lower = path.toLowerCase()
  return templateExtensions.some((extension) => lower.endsWith(extension))
}
