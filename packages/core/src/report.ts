import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Base address of the rule documentation; `url` of every message. */
export const docsBase = 'https://github.com/klarsprak/klarsprak/blob/main/rules/'

export function ruleUrl(ruleId: string): string {
  return docsBase + ruleId + '.md'
}

export interface Finding {
  readonly ruleId: string
  /** Short reason in the document's language that says what to do instead. */
  readonly reason: string
  /** The node or span to point at: the smallest span a fix would replace. */
  readonly place: Node | Position | Point | undefined
  /** The offending text exactly as in the document. */
  readonly actual?: string
  /** Replacements; an empty string means "remove". Omit when there is no concrete replacement. */
  readonly expected?: readonly string[]
  /** Longer explanation ("why"), with its source. */
  readonly note?: string
}

/** Report a finding on `file` with the fields every Klarspråk message carries. */
export function report(file: VFile, finding: Finding): VFileMessage {
  const place = finding.place && 'type' in finding.place ? (finding.place as Node).position : finding.place
  // A vfile message records a stack trace that nobody reads; with thousands of findings that is measurable.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(finding.reason, {
      place: place as Position | Point | undefined,
      ruleId: finding.ruleId,
      source: 'klarsprak'
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected && finding.expected.length > 0) message.expected = [...finding.expected]
  if (finding.note) message.note = finding.note
  message.url = ruleUrl(finding.ruleId)
  return message
}

/** Keep the capital letter of `original` on `replacement` (`Erhåller` → `Får`). */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement
  const first = original.charAt(0)
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) {
    return replacement.toUpperCase()
  }
  if (first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}
