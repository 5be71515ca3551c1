import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Language} from '@klarsprak/core'
import type {DiagnosticData} from './convert.js'
import type {DocumentKind} from './route.js'
import {texts} from './texts.js'

/** Kind of the "fix all safe problems" action, for `editor.codeActionsOnSave`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.klarsprak`
export const addWordCommand = 'klarsprak.addToWordList'

/** One quick fix per `expected` value; the only one is preferred. Skipped when the text no longer matches. */
export function replacementActions(diagnostic: Diagnostic, document: TextDocument, language: Language): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined
  if (!data?.expected || data.expected.length === 0) return []
  const current = document.getText(diagnostic.range)
  if (data.actual !== undefined && current !== data.actual) return []
  return data.expected.map((expected) => ({
    title: expected === '' ? texts[language].remove(current) : texts[language].replace(current, expected),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: data.expected!.length === 1,
    edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: expected}]}}
  }))
}

const notAppendable = /^\s*(?:```|~~~|\||<|#|>|[-*+] |\d+[.)] |$)/

/**
 * "Disable this rule on this line": a `klarsprak-disable-next-line` comment on the line above, indented like the
 * line. In Markdown a line inside a paragraph gets the comment at the end of the line before, so the paragraph is
 * not split in two. Plain text has no comments, so it gets no such action.
 */
export function disableAction(diagnostic: Diagnostic, document: TextDocument, kind: DocumentKind, language: Language): CodeAction | undefined {
  if (kind === 'text') return undefined
  const rule = String(diagnostic.code ?? '')
  if (!rule || rule === 'parse-error') return undefined
  const comment = kind === 'handlebars' ? `{{!-- klarsprak-disable-next-line ${rule} --}}` : `<!-- klarsprak-disable-next-line ${rule} -->`
  const line = diagnostic.range.start.line
  const lineText = lineAt(document, line)
  const previous = line > 0 ? lineAt(document, line - 1) : ''
  let edit: TextEdit
  if (kind === 'markdown' && line > 0 && !notAppendable.test(previous) && !notAppendable.test(lineText)) {
    edit = {range: {start: {line: line - 1, character: previous.length}, end: {line: line - 1, character: previous.length}}, newText: ` ${comment}`}
  } else {
    const indent = /^[ \t]*/.exec(lineText)![0]
    edit = {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${indent}${comment}${eol(document)}`}
  }
  return {
    title: texts[language].disableLine(rule),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[document.uri]: [edit]}}
  }
}

/** "Add to word list" for a spelling finding; the server's command writes the file (see README). */
export function addWordAction(diagnostic: Diagnostic, document: TextDocument, language: Language): CodeAction | undefined {
  if (diagnostic.code !== 'spelling') return undefined
  const word = (diagnostic.data as DiagnosticData | undefined)?.actual ?? document.getText(diagnostic.range)
  if (!word.trim() || /\s/.test(word.trim())) return undefined
  const title = texts[language].addWord(word)
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title, command: addWordCommand, arguments: [document.uri, word]}}
}

function lineAt(document: TextDocument, line: number): string {
  return document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$/, '')
}

function eol(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n'
}
