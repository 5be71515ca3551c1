import {createHash} from 'node:crypto'
import type {LintMessage} from './result.js'

/**
 * Give each message a fingerprint that survives unrelated edits above it: a hash of the rule id, the file path,
 * the normalised sentence and the actual text, plus a counter for repeats of that same combination.
 */
export function addFingerprints(path: string, messages: LintMessage[], sentenceAt: (offset: number | undefined) => string): void {
  const seen = new Map<string, number>()
  for (const message of messages) {
    const base = [message.ruleId, path.replace(/\\/g, '/'), sentenceAt(message.offset), message.actual ?? message.message].join('\u0000')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    message.fingerprint = createHash('sha256').update(base + '\u0000' + count).digest('hex').slice(0, 32)
  }
}
