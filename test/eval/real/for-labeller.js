// What a labeller sees of a finding: the finding, its sentence and the lines around it, nothing about which version
// of the rule produced it. Used by sample.js and off-by-default.js.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {corpusRoot} from './corpus.js'

const lineCache = new Map()
function linesOf(file) {
  if (!lineCache.has(file)) lineCache.set(file, readFileSync(join(corpusRoot, file), 'utf8').split(/\r?\n/))
  return lineCache.get(file)
}

export function forLabeller(finding) {
  const lines = linesOf(finding.file)
  const from = Math.max(0, finding.line - 4)
  const to = Math.min(lines.length, (finding.endLine ?? finding.line) + 3)
  return {
    id: finding.id,
    file: finding.file,
    kind: finding.kind,
    line: finding.line,
    column: finding.column,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    flagged: finding.actual ?? null,
    suggestion: finding.expected ?? null,
    sentence: finding.excerpt,
    context: lines.slice(from, to).map((text, index) => `${from + index + 1}: ${text.slice(0, 300)}`).join('\n')
  }
}

/** A drawn finding as kept in drawn.jsonl, which import-labels.js reads back. */
export function drawnRow({id, file, line, column, endLine, endColumn, rule, actual, expected, excerpt, kind, part}) {
  return {id, file, line, column, endLine, endColumn, rule, actual, expected, excerpt, kind, part}
}
