// Runs `klarsprak check`'s own session (default config: no config file, recommended preset, automatic language
// and text type) over the real-text corpus and returns every finding with a stable id and the sentence around it.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Session} from '../../../packages/cli/dist/session.js'
import {corpusFiles, corpusRoot, root} from './corpus.js'

/** A finding's identity: where it is, which rule, and the words it flags (not its wording, which may change). */
export function findingId(file, message) {
  const key = [file, message.line, message.column, message.ruleId, message.actual ?? ''].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 12)
}

const maxExcerpt = 400

/**
 * The sentence (or sentences) holding the span from (line, column) to (endLine, endColumn), from the source text:
 * extended back to the previous sentence end or line start, forward to the next sentence end or line end.
 */
export function excerptOf(lines, message) {
  const first = message.line - 1
  const last = Math.max(first, (message.endLine ?? message.line) - 1)
  const block = lines.slice(first, last + 1).join('\n')
  const start = message.column - 1
  const lastLineStart = block.length - (lines[last] ?? '').length
  const end = Math.max(start + 1, lastLineStart + (message.endColumn ?? message.column) - 1)
  let from = 0
  for (const match of block.slice(0, start).matchAll(/[.!?:](?=\s+\S)\s+/g)) from = match.index + match[0].length
  const after = /[.!?](?=\s|$)/.exec(block.slice(end))
  let to = after ? end + after.index + 1 : block.length
  if (to - from > maxExcerpt) {
    from = Math.max(from, start - 120)
    to = Math.min(to, Math.max(end, from + 200) + 60, from + maxExcerpt)
  }
  return block.slice(from, to)
}

/**
 * Every finding of the default config on the corpus in `language`:
 * {files: [{file, kind, part, words}], findings: [{id, file, kind, part, line, column, endLine, endColumn, rule,
 * severity, message, actual, expected, excerpt}]}.
 */
export async function lintCorpus(language, {only, rules} = {}) {
  // `rules`: severities on top of the default config (`{spelling: 'warning'}` measures a rule that is off by default).
  const session = new Session({cwd: root, noConfig: false, overrides: rules ? {rules} : {}, fix: false})
  const files = []
  const findings = []
  for (const entry of corpusFiles(language)) {
    if (only && !only(entry)) continue
    const path = join(corpusRoot, entry.file)
    const checked = await session.check(path)
    if (!checked) continue
    const result = checked.result
    files.push({...entry, words: result.stats.words, language: result.language, textType: result.textType})
    if (result.messages.length === 0) continue
    const lines = readFileSync(path, 'utf8').split(/\r?\n/)
    for (const message of result.messages) {
      findings.push({
        id: findingId(entry.file, message),
        file: entry.file,
        kind: entry.kind,
        part: entry.part,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        rule: message.ruleId,
        severity: message.severity,
        message: message.message,
        actual: message.actual,
        expected: message.expected,
        excerpt: excerptOf(lines, message)
      })
    }
  }
  return {files, findings}
}
