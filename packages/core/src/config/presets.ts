import type {RuleRegistry} from '../registry.js'
import type {MessageSeverity} from '../types.js'
import type {RuleSetting} from './types.js'

export const presetNames = ['klarsprak:recommended', 'klarsprak:strict', 'klarsprak:web'] as const

const webRules = new Set(['missing-lang', 'stale-content', 'page-contact'])

/** Rule settings of a preset (rules.md: Presets). */
export function presetRules(name: string, registry: RuleRegistry): Record<string, RuleSetting> | undefined {
  if (!(presetNames as readonly string[]).includes(name)) return undefined
  const rules: Record<string, RuleSetting> = {}
  for (const id of registry.knownIds()) {
    const severity = registry.defaultSeverity(id) as MessageSeverity
    if (webRules.has(id) && name !== 'klarsprak:web') {
      rules[id] = {severity: 'off'}
    } else if (registry.offByDefault(id) && name !== 'klarsprak:strict') {
      rules[id] = {severity: 'off'}
    } else if (name === 'klarsprak:strict' && severity === 'info') {
      rules[id] = {severity: 'warning'}
    } else {
      rules[id] = {severity}
    }
  }
  return rules
}
