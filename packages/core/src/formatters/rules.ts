import type {MessageSeverity} from '../types.js'
import type {LintResult} from '../result.js'

/** A rule as the report formats describe it; description and severity are unknown for rules only seen in messages. */
export interface ReportedRule {
  id: string
  description?: string
  url?: string
  defaultSeverity?: MessageSeverity
}

/**
 * The rules that ran (`result.rules`), followed by any rule id that only appears in messages:
 * `parse-error`, or every rule of a result read back from JSON (which does not carry `rules`).
 */
export function reportedRules(result: LintResult): ReportedRule[] {
  const rules: ReportedRule[] = []
  const seen = new Set<string>()
  for (const rule of result.rules ?? []) {
    if (seen.has(rule.id)) continue
    seen.add(rule.id)
    rules.push({id: rule.id, description: rule.description, url: rule.url, defaultSeverity: rule.defaultSeverity})
  }
  for (const file of result.files) {
    for (const message of file.messages) {
      if (seen.has(message.ruleId)) continue
      seen.add(message.ruleId)
      rules.push(message.url ? {id: message.ruleId, url: message.url} : {id: message.ruleId})
    }
  }
  return rules
}
