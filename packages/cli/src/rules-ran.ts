import {ruleUrl, type FileResult, type RuleDescriptor} from '@klarsprak/core'
import {createRegistry} from './session.js'

/** The rules that can have run on `files`: those of the files' languages, and any rule that reported something. */
export function rulesThatRan(files: readonly FileResult[]): RuleDescriptor[] {
  const languages = new Set(files.map((file) => file.language))
  const reported = new Set(files.flatMap((file) => file.messages.map((message) => message.ruleId)))
  return createRegistry()
    .all()
    .filter((rule) => reported.has(rule.meta.id) || [...languages].some((language) => rule.implementations[language]))
    .map((rule) => ({
      id: rule.meta.id,
      description: rule.meta.description.en,
      url: ruleUrl(rule.meta.id),
      defaultSeverity: rule.meta.defaultSeverity
    }))
}
