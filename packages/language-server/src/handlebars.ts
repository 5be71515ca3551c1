import type {FileResult, FileSettings, Linter} from '@klarsprak/core'
import {lintTemplate} from '@klarsprak/templates'

/**
 * Check a Handlebars template as `klarsprak check` does: the template rules, the language rules on the static text
 * and on each sample's rendering, every finding at its place in the template. With `fix`, `output` is the template
 * with the safe fixes of its static text applied (never of sample data).
 */
export async function lintHandlebars(
  input: {path: string; value: string},
  linter: Linter,
  settings: FileSettings,
  options: {fix?: boolean} = {}
): Promise<FileResult> {
  // As `check`: a file without front matter is someone else's Handlebars template, not a Klarspråk one.
  return lintTemplate(input, {linter, settings}, {...options, metadata: 'when-present'})
}
