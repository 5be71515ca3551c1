import {parseDocument, type FileResult, type FileSettings, type Linter, type ParsedDocument} from '@klarsprak/core'
import {VFile} from 'vfile'

// HOOK (templates): `@klarsprak/templates` will provide `lintTemplate(input: {path, value}, context: {linter,
// settings}): Promise<FileResult>`, which understands Handlebars properly (helpers, partials, variables). Until it is
// merged, this module checks a template as plain text with every mustache (and HTML tag) blanked out by spaces of the
// same length, so that every offset, line and column stays that of the template. Replace the body of
// `lintHandlebars` with `return lintTemplate(input, {linter, settings})` when switching.

const mustache = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g
const tag = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g
type SourceComment = ParsedDocument['comments'][number]

const comment = /^\{\{!(?:--)?([\s\S]*?)(?:--)?\}\}$/

/** Replace `pattern`'s matches with spaces, keeping line breaks. */
export function blankOut(value: string, pattern: RegExp): string {
  return value.replace(pattern, (match) => match.replace(/[^\r\n]/g, ' '))
}

/** `{{!-- … --}}` and `{{! … }}` comments of a template, for inline directives (`{{!-- klarsprak-disable … --}}`). */
export function templateComments(value: string): SourceComment[] {
  const found: SourceComment[] = []
  let line = 1
  let counted = 0
  for (const match of value.matchAll(mustache)) {
    const inner = comment.exec(match[0])
    if (!inner) continue
    for (let index = counted; index < match.index; index++) if (value.charCodeAt(index) === 10) line++
    counted = match.index
    let endLine = line
    for (const character of match[0]) if (character === '\n') endLine++
    found.push({value: inner[1]!.trim(), line, endLine, offset: match.index})
  }
  return found
}

/** Check a Handlebars template (see the hook note above). Never throws for odd input; the linter reports failures. */
export async function lintHandlebars(input: {path: string; value: string}, linter: Linter, settings: FileSettings): Promise<FileResult> {
  const masked = blankOut(blankOut(input.value, mustache), tag)
  const parsed = await parseDocument(new VFile({path: input.path, value: masked}), 'text')
  const document: ParsedDocument = {...parsed, comments: templateComments(input.value)}
  return linter.lint({path: input.path, value: masked, format: 'text', document}, settings)
}
