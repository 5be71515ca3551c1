import type {FileResult, LintMessage} from './result.js'
import type {Language, MessageSeverity} from './types.js'

/** Findings kept per file: past this a text is not worth reading finding by finding, and memory stays bounded. */
export const maxMessagesPerFile = 1000

/** Findings left out of a file's `messages` by the cap, by severity. */
export interface OmittedCounts {
  errors: number
  warnings: number
  infos: number
}

const rank: Record<MessageSeverity, number> = {error: 0, warning: 1, info: 2}

/**
 * Keep at most `max` findings: errors first, then warnings, then infos, each in document order, so an error is never
 * the one left out while a warning is shown. The rest are counted by severity in `omitted`, and the summary counts
 * them (exit codes and `--max-warnings` see the whole file).
 */
export function capMessages(result: FileResult, max = maxMessagesPerFile): FileResult {
  if (result.messages.length <= max) return result
  const order = result.messages.map((message, index) => ({message, index}))
  order.sort((a, b) => rank[a.message.severity] - rank[b.message.severity] || a.index - b.index)
  const kept = order.slice(0, max).sort((a, b) => a.index - b.index)
  const omitted: OmittedCounts = {errors: 0, warnings: 0, infos: 0}
  for (const {message} of order.slice(max)) omitted[countKey(message)]++
  return {...result, messages: kept.map((entry) => entry.message), omitted}
}

const countKey = (message: LintMessage): keyof OmittedCounts => (message.severity === 'error' ? 'errors' : message.severity === 'warning' ? 'warnings' : 'infos')

/** How many findings of a file were left out by the cap. */
export function omittedCount(result: Pick<FileResult, 'omitted'>): number {
  const omitted = result.omitted
  return omitted ? omitted.errors + omitted.warnings + omitted.infos : 0
}

/** The line said after a capped file's findings: `… och 2 345 fynd till visas inte`. */
export function omittedText(count: number, language: Language): string {
  return language === 'sv'
    ? `… och ${count.toLocaleString('sv-SE')} fynd till visas inte (högst ${maxMessagesPerFile.toLocaleString('sv-SE')} per fil)`
    : `… and ${count.toLocaleString('en-GB')} more findings are not shown (at most ${maxMessagesPerFile.toLocaleString('en-GB')} per file)`
}
