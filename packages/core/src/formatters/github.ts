import type {MessageSeverity} from '../types.js'
import type {LintMessage, LintResult} from '../result.js'
import {repositoryPath} from './paths.js'

const commands: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Escaping of a workflow command's message, as in @actions/core. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping of a workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(path: string, message: LintMessage): string {
  const properties: Array<[string, string | number]> = [
    ['file', path],
    ['line', message.line]
  ]
  // GitHub only accepts columns on an annotation that starts and ends on the same line.
  if (message.endLine === message.line) properties.push(['col', message.column])
  properties.push(['endLine', message.endLine])
  if (message.endLine === message.line) properties.push(['endColumn', message.endColumn])
  properties.push(['title', message.ruleId])
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${commands[message.severity]} ${list}::${escapeData(message.message)}`
}

/** GitHub Actions workflow commands: one annotation per finding, paths relative to the repository root (`cwd`). */
export function formatGithub(result: LintResult, options: {cwd?: string} = {}): string {
  const cwd = options.cwd ?? process.cwd()
  const lines: string[] = []
  for (const file of result.files) {
    const path = repositoryPath(file.path, cwd)
    for (const message of file.messages) lines.push(annotation(path, message))
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}
