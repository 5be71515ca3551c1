import {omittedCount, omittedText} from '../cap.js'
import picocolors from 'picocolors'
import type {MessageSeverity} from '../types.js'
import type {LintMessage, LintResult} from '../result.js'

type Colors = ReturnType<typeof picocolors.createColors>
type Formatter = (text: string) => string

/** Control characters would move the cursor or inject escape codes on a terminal; line breaks would break the table. */
function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
}

/** Width in terminal columns, close enough for prose: code points, without combining marks. */
function displayWidth(text: string): number {
  let width = 0
  for (const character of text) if (!/\p{M}/u.test(character)) width++
  return width
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function severityColor(colors: Colors, severity: MessageSeverity): Formatter {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.blue
}

/** One file's messages as a table: line right-aligned, column left-aligned (so the colons line up), then text. */
function messageTable(messages: readonly LintMessage[], colors: Colors): string {
  const rows = messages.map((message) => ({
    line: String(message.line),
    column: String(message.column),
    severity: message.severity,
    text: printable(message.message),
    ruleId: printable(message.ruleId)
  }))
  const widest = (cells: string[]) => Math.max(0, ...cells.map(displayWidth))
  const lineWidth = widest(rows.map((row) => row.line))
  const columnWidth = widest(rows.map((row) => row.column))
  const severityWidth = widest(rows.map((row) => row.severity))
  const textWidth = widest(rows.map((row) => row.text))
  return rows
    .map((row) => {
      const place = row.line.padStart(lineWidth) + ':' + row.column.padEnd(columnWidth)
      const severity = severityColor(colors, row.severity)(padEnd(row.severity, severityWidth))
      return `  ${colors.dim(place)}  ${severity}  ${padEnd(row.text, textWidth)}  ${colors.dim(row.ruleId)}`.trimEnd()
    })
    .join('\n')
}

/**
 * Human-readable report in the manner of ESLint's `stylish`: files with findings, their messages, a summary line.
 * Prints nothing at all when there are no findings.
 */
export function formatStylish(result: LintResult, options: {color?: boolean} = {}): string {
  const colors = picocolors.createColors(options.color === true)
  const counts: Record<MessageSeverity, number> = {error: 0, warning: 0, info: 0}
  let output = ''
  for (const file of result.files) {
    if (file.messages.length === 0) continue
    for (const message of file.messages) counts[message.severity]++
    output += `\n${colors.underline(printable(file.path))}\n${messageTable(file.messages, colors)}\n`
    if (file.omitted) {
      counts.error += file.omitted.errors
      counts.warning += file.omitted.warnings
      counts.info += file.omitted.infos
      output += `  ${colors.dim(omittedText(omittedCount(file), file.language))}\n`
    }
  }
  const total = counts.error + counts.warning + counts.info
  // After --fix, say how much was fixed, also when nothing remains.
  const fixed = result.summary.fixed > 0 ? colors.green(`✔ ${plural(result.summary.fixed, 'problem')} fixed`) + '\n' : ''
  const hidden = result.hiddenByBaseline ? colors.dim(`${plural(result.hiddenByBaseline, 'problem')} hidden by the baseline`) + '\n' : ''
  if (total === 0) return fixed + hidden
  const summary =
    `✖ ${plural(total, 'problem')} ` +
    `(${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`
  const summaryColor = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.blue
  return `${output}\n${summaryColor(colors.bold(summary))}\n${fixed}${hidden}`
}
