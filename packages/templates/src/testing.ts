// Test helpers (not published): a linter with the real Swedish and English rules, and templates from text.
import {Linter, RuleRegistry, SettingsResolver, type FileSettings} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {parseTemplateSource} from './parse.js'
import {templateRules} from './rules.js'
import type {Template} from './types.js'

export const registry = new RuleRegistry([swedish, english], {rules: templateRules})
export const linter = new Linter(registry)

export function settings(rules: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}): FileSettings {
  return new SettingsResolver(registry, {rules}).settingsFor('/tmp/mall.hbs', undefined)
}

/** A template from its source; throws when the front matter is unusable. */
export function templateOf(source: string, path = 'mall.hbs'): Template {
  const parsed = parseTemplateSource(source, path)
  if (!parsed.template) throw new Error(parsed.problems.map((problem) => problem.message.en).join('; '))
  return parsed.template
}

/** A template file from front matter lines and a body. */
export function hbs(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`
}
