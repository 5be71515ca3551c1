import type {Language, LintMessage, RuleRegistry} from '@klarsprak/core'
import {ruleUrl} from '@klarsprak/core'
import {examplesFor, ruleDoc} from './docs.js'
import {texts} from './texts.js'

const firstLines = (text: string, count = 3) => text.split('\n').slice(0, count).join('\n')
const fenced = (text: string) => `\`\`\`text\n${firstLines(text).replace(/```/g, "'''")}\n\`\`\``

/**
 * Hover text for one finding: the rule's explanation in the document's language (the page's first paragraph for
 * English, the rule's Swedish description for Swedish), the finding's own note, and the page's first example.
 */
export function hoverText(message: LintMessage, language: Language, registry: RuleRegistry): string {
  const rule = registry.get(message.ruleId)
  const doc = ruleDoc(message.ruleId)
  const words = texts[language]
  const parts: string[] = []
  const explanation = language === 'en' && doc?.summary ? doc.summary : rule?.meta.description[language]
  parts.push(`**${message.ruleId}**${explanation ? `: ${explanation}` : ''}`)
  if (message.note) parts.push(message.note)
  const examples = doc ? examplesFor(doc, language, rule?.implementations.sv !== undefined) : undefined
  if (examples?.invalid) parts.push(`${words.example}:\n\n${fenced(examples.invalid)}`)
  if (examples?.valid) parts.push(`${words.better}:\n\n${fenced(examples.valid)}`)
  parts.push(`[${words.documentation}](${message.url ?? ruleUrl(message.ruleId)})`)
  return parts.join('\n\n')
}
