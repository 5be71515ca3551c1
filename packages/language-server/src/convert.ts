import type {FileResult, LintMessage, MessageSeverity} from '@klarsprak/core'
import {ruleUrl} from '@klarsprak/core'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

const severities: Record<MessageSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** What a diagnostic carries for code actions and hover. */
export interface DiagnosticData {
  ruleId: string
  actual?: string
  expected?: string[]
  note?: string
}

/**
 * The range a message reports. Offsets are UTF-16 code units (JavaScript string indices), which is what LSP counts
 * by default; without offsets the 1-based unist line and column are made 0-based.
 */
export function rangeOf(message: LintMessage, document: TextDocument): Range {
  const start = message.offset !== undefined ? document.positionAt(message.offset) : {line: message.line - 1, character: message.column - 1}
  const end =
    message.endOffset !== undefined
      ? document.positionAt(message.endOffset)
      : {line: message.endLine - 1, character: message.endColumn - 1}
  return {start, end}
}

export function toDiagnostic(message: LintMessage, document: TextDocument): Diagnostic {
  const data: DiagnosticData = {ruleId: message.ruleId}
  if (message.actual !== undefined) data.actual = message.actual
  if (message.expected) data.expected = message.expected
  if (message.note) data.note = message.note
  return {
    range: rangeOf(message, document),
    severity: severities[message.severity],
    code: message.ruleId,
    codeDescription: {href: message.url ?? ruleUrl(message.ruleId)},
    source: 'klarsprak',
    message: message.message,
    data
  }
}

export function toDiagnostics(result: FileResult, document: TextDocument): Diagnostic[] {
  return result.messages.map((message) => toDiagnostic(message, document))
}
