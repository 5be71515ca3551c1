import type {Language} from '@klarsprak/core'

/** Variable types of templates.md. */
export type ScalarType = 'string' | 'text' | 'number' | 'money' | 'boolean' | 'date' | 'time' | 'datetime' | 'phone' | 'email' | 'url'
export type VariableType = ScalarType | 'contact' | 'hours' | 'list'

export const variableTypes: readonly VariableType[] = [
  'string',
  'text',
  'number',
  'money',
  'boolean',
  'date',
  'time',
  'datetime',
  'phone',
  'email',
  'url',
  'contact',
  'hours',
  'list'
]

export interface VariableSpec {
  type: VariableType
  /** For `list`: the type of each item (anything but `list`). */
  items?: Exclude<VariableType, 'list'>
  required: boolean
  description?: string
}

/** Message kinds of templates.md. */
export type TemplateKind =
  | 'absence-reply'
  | 'hours'
  | 'receipt'
  | 'case-status'
  | 'correction'
  | 'referral'
  | 'feedback-reply'
  | 'closure'
  | 'custom'

/** How the body is written: plain text (default) or Markdown. */
export type BodyFormat = 'text' | 'markdown'
/** What `renderTemplate` produces. */
export type OutputFormat = 'text' | 'markdown' | 'html'

export interface TemplateMeta {
  id: string
  kind: TemplateKind
  language: Language
  title: string
  description?: string
  channels: string[]
  format: BodyFormat
  variables: Record<string, VariableSpec>
  samples: Array<Record<string, unknown>>
}

/** A template file, read and split into front matter and body. */
export interface Template {
  /** Absolute path of the `.hbs` file (or the name given for text that is not on disk). */
  path: string
  /** The whole file. */
  source: string
  meta: TemplateMeta
  /** The Handlebars body after the front matter. */
  body: string
  /** Offset of the body in `source`. */
  bodyOffset: number
  /** 0-based line of `source` on which the body starts. */
  bodyLine: number
}

/** A problem found in data before rendering: which field, what was expected, what was given. */
export interface DataProblem {
  /** Path of the field: `contact.phone`, `hours[1].opens`, or `` for the data as a whole. */
  field: string
  /** `missing`, `type`, `unknown`, `contact` (no way to reach anyone). */
  problem: 'missing' | 'type' | 'unknown' | 'contact'
  expected: string
  /** What was given, shortened; absent when the field is missing. */
  given?: string
  /** The closest declared name, for an unknown field that is probably a typo. */
  suggestion?: string
  message: {sv: string; en: string}
}
