import type {FileResult, FileSettings, FileStats, Language} from '@klarsprak/core'
import {lintHandlebars} from './handlebars.js'
import {IncrementalDocument} from './incremental.js'
import type {Workspace} from './workspace.js'

/** How a document is checked, by its languageId. */
export type DocumentKind = 'markdown' | 'html' | 'text' | 'handlebars'

const kinds: Record<string, DocumentKind> = {
  markdown: 'markdown',
  html: 'html',
  plaintext: 'text',
  handlebars: 'handlebars'
}

/** The kind of a languageId the server checks; `undefined` for any other language. */
export function kindOf(languageId: string): DocumentKind | undefined {
  return kinds[languageId]
}

/** Per-document state of the checker (cached blocks for Markdown and plain text). */
export interface Checker {
  lint(path: string, value: string, settings: FileSettings, isCurrent: () => boolean): Promise<FileResult>
  /** Figures of the last result (the block checker computes them only when asked). */
  stats(result: FileResult): FileStats
}

/**
 * The one place that decides how each kind is checked: Markdown and plain text block by block (fast on long
 * documents), HTML whole (its main-content selection needs the whole page), Handlebars through the template hook.
 */
export function checkerFor(kind: DocumentKind, workspace: Workspace): Checker {
  const withLanguage = (settings: FileSettings) => (language: Language) => workspace.withLanguage(settings, language)
  switch (kind) {
    case 'markdown':
    case 'text': {
      const incremental = new IncrementalDocument(workspace.linter, kind)
      return {
        lint: (path, value, settings, isCurrent) => incremental.lint(path, value, settings, withLanguage(settings), isCurrent),
        stats: (result) => incremental.stats() ?? result.stats
      }
    }
    case 'html':
      return {lint: (path, value, settings) => workspace.linter.lint({path, value, format: 'html'}, settings), stats: (result) => result.stats}
    case 'handlebars':
      return {lint: (path, value, settings) => lintHandlebars({path, value}, workspace.linter, settings), stats: (result) => result.stats}
  }
}
