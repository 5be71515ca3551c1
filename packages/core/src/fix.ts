import type {LintMessage} from './result.js'

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
