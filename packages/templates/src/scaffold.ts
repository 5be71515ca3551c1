import type {Language} from '@klarsprak/core'
import {kinds} from './kinds.js'
import type {TemplateKind, VariableSpec} from './types.js'

type Spec = Pick<VariableSpec, 'type' | 'items'>

/** A sample value of each type, for the starting template's sample. */
function sampleValue(spec: Spec, language: Language): string {
  switch (spec.type) {
    case 'contact':
      return language === 'sv'
        ? '{ name: Kim Andersson, role: handläggare, phone: "08-123 45 67", email: kim.andersson@exempel.se }'
        : '{ name: Kim Andersson, role: case officer, phone: "08-123 45 67", email: kim.andersson@exempel.se }'
    case 'date':
      return '2026-12-15'
    case 'hours':
      return language === 'sv' ? '[{ days: måndag–fredag, opens: "08:00", closes: "16:30" }]' : '[{ days: Monday to Friday, opens: "08:00", closes: "16:30" }]'
    case 'string':
      return 'BN 2026/123'
    default:
      return language === 'sv' ? 'Skriv en text här.' : 'Write a text here.'
  }
}

/** The body that uses each required variable once, with a helper where one formats it. */
function usage(name: string, spec: Spec, language: Language): string {
  switch (spec.type) {
    case 'contact':
      return `{{contact ${name}}}`
    case 'date':
      return language === 'sv' ? `Datum: {{date ${name}}}.` : `Date: {{date ${name}}}.`
    case 'hours':
      return `{{hoursTable ${name}}}`
    default:
      return `{{${name}}}`
  }
}

/** A starting template of `kind` with the kind's required variables, a sample and a body that uses them. */
export function newTemplateSource(id: string, kind: TemplateKind, language: Language): string {
  const requirement = kinds[kind]
  const entries = Object.entries(requirement.variables)
  const variables = entries.length === 0 ? ' {}' : '\n' + entries.map(([name, spec]) => `  ${name}: { type: ${spec.type}, required: true }`).join('\n')
  const sample = entries.length === 0 ? '  - {}' : entries.map(([name, spec], index) => `  ${index === 0 ? '-' : ' '} ${name}: ${sampleValue(spec, language)}`).join('\n')
  const sv = language === 'sv'
  const lines = [
    '---',
    `id: ${id}`,
    `kind: ${kind}`,
    `language: ${language}`,
    `title: ${sv ? 'Skriv en rubrik för mallen' : 'Write a title for the template'}`,
    'channels: [email]',
    'format: text',
    `variables:${variables}`,
    'samples:',
    sample,
    '---',
    sv ? 'Hej!' : 'Hello,',
    ''
  ]
  if (kind === 'correction') lines.push(sv ? 'Vi ber om ursäkt för felet.' : 'We apologise for the mistake.', '')
  if (kind === 'feedback-reply') lines.push(sv ? 'Tack för att du hörde av dig.' : 'Thank you for contacting us.', '')
  for (const [name, spec] of entries) lines.push(usage(name, spec, language), '')
  return lines.join('\n')
}
