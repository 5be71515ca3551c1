import type {LintMessage} from './result.js'
import type {Language} from './types.js'

/** A text edit: replace `[offset, endOffset)` with `text`. */
export interface TextEdit {
  offset: number
  endOffset: number
  text: string
}

/** The safe edit a message offers: exactly one suggestion, known offsets and the expected original text. */
export function safeEdit(message: LintMessage, source: string): TextEdit | undefined {
  if (!message.expected || message.expected.length !== 1) return undefined
  const {offset, endOffset} = message
  if (offset === undefined || endOffset === undefined || endOffset < offset) return undefined
  // The span must hold exactly the reported text; otherwise it crosses markup (`i *enlighet* med`) or entities.
  if (message.actual !== undefined && source.slice(offset, endOffset) !== message.actual) return undefined
  return {offset, endOffset, text: message.expected[0]!}
}

/** Apply non-overlapping edits (first come, first served, as ESLint does); returns the new text and the count. */
export function applyEdits(source: string, edits: readonly TextEdit[]): {output: string; applied: number} {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
  let output = ''
  let last = 0
  let applied = 0
  for (const edit of sorted) {
    if (edit.offset < last) continue
    output += source.slice(last, edit.offset) + edit.text
    last = edit.endOffset
    applied++
  }
  return {output: output + source.slice(last), applied}
}

const maxFixPasses = 10

/**
 * `--fix`: apply the safe edits of `first`'s messages, check the new text again with `relint`, and repeat until
 * nothing changes (at most 10 passes, as fixes can uncover others). The result carries the fixed text as `output`
 * and the count as `fixed` when anything changed.
 */
export async function fixInPasses<Result extends {language: Language; messages: LintMessage[]; output?: string; fixed?: number}>(
  value: string,
  first: Result,
  isSafe: (ruleId: string, language: Language) => boolean,
  relint: (value: string) => Promise<Result>
): Promise<Result> {
  let result = first
  let fixed = 0
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const edits = result.messages
      .filter((message) => isSafe(message.ruleId, result.language))
      .map((message) => safeEdit(message, value))
      .filter((edit) => edit !== undefined)
    if (edits.length === 0) break
    const {output, applied} = applyEdits(value, edits)
    if (applied === 0 || output === value) break
    value = output
    fixed += applied
    result = await relint(value)
  }
  if (fixed > 0) {
    result.output = value
    result.fixed = fixed
  }
  return result
}
