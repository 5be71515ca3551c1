import type {LintMessage} from './result.js'

/**
 * One finding per problem: drop a finding whose rule yields to another rule (`RuleMeta.yieldsTo`) when a finding of
 * that rule covers some of the same characters. `ombeds` is plain-words' finding (with a better word), not also
 * passive-voice's. Findings without offsets are kept.
 */
export function dropYieldedFindings(
  messages: readonly LintMessage[],
  yieldsTo: (ruleId: string) => readonly string[] | undefined
): LintMessage[] {
  const byRule = new Map<string, LintMessage[]>()
  for (const message of messages) {
    const list = byRule.get(message.ruleId)
    if (list) list.push(message)
    else byRule.set(message.ruleId, [message])
  }
  return messages.filter((message) => {
    const stronger = yieldsTo(message.ruleId)
    if (!stronger || message.offset === undefined) return true
    const start = message.offset
    const end = Math.max(message.endOffset ?? start, start + 1)
    for (const ruleId of stronger) {
      for (const other of byRule.get(ruleId) ?? []) {
        if (other.offset === undefined) continue
        const otherEnd = Math.max(other.endOffset ?? other.offset, other.offset + 1)
        if (other.offset < end && start < otherEnd) return false
      }
    }
    return true
  })
}
