// Recall on annotated paragraphs (recall/<lang>.jsonl): each paragraph of the corpus with everything an editor
// marked under the pack's rules ({rule, line, text}); a mark is found when a finding of that rule covers its words.
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusRoot} from './corpus.js'
import {readJsonLines} from './labels.js'

const folder = join(dirname(fileURLToPath(import.meta.url)), 'recall')

const rounds = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'rounds.json'), 'utf8'))

/**
 * The annotated paragraphs of `language`. Paragraphs of a spent annotation round (rounds.json `spentRecall`) count as
 * tuning whatever half their file is in: their marks were used to grow the rules, so they no longer measure them.
 */
export function readAnnotations(language) {
  const spent = new Set(rounds[language]?.spentRecall ?? [])
  return readJsonLines(join(folder, `${language}.jsonl`)).map((paragraph) =>
    spent.has(paragraph.seed) ? {...paragraph, part: 'tune', spent: true} : paragraph
  )
}

/** Where a mark's words are: {line, start, end} (columns, 1-based, end exclusive), or undefined when not found. */
export function markSpan(lines, mark) {
  const text = lines[mark.line - 1] ?? ''
  const at = text.indexOf(mark.text)
  if (at === -1) return undefined
  return {line: mark.line, start: at + 1, end: at + 1 + mark.text.length}
}

const before = (line, column, otherLine, otherColumn) => line < otherLine || (line === otherLine && column <= otherColumn)

function covers(finding, span) {
  const endLine = finding.endLine ?? finding.line
  const endColumn = finding.endColumn ?? finding.column + 1
  // Overlap of [finding start, finding end) and [span start, span end).
  return before(finding.line, finding.column, span.line, span.end - 1) && before(span.line, span.start, endLine, Math.max(endColumn - 1, finding.column))
}

/**
 * Every mark of the annotated paragraphs with whether a finding of its rule covers it:
 * [{paragraph, file, kind, part, rule, text, found, missing}] (`missing`: the mark's words are no longer in the file).
 */
export function matchMarks(annotations, findings) {
  const byFile = new Map()
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? []
    list.push(finding)
    byFile.set(finding.file, list)
  }
  const results = []
  for (const paragraph of annotations) {
    const lines = readFileSync(join(corpusRoot, paragraph.file), 'utf8').split(/\r?\n/)
    for (const mark of paragraph.marks) {
      const span = markSpan(lines, mark)
      const candidates = (byFile.get(paragraph.file) ?? []).filter((finding) => finding.rule === mark.rule)
      results.push({
        paragraph: paragraph.id,
        file: paragraph.file,
        kind: paragraph.kind,
        part: paragraph.part,
        rule: mark.rule,
        line: mark.line,
        text: mark.text,
        missing: span === undefined,
        found: span !== undefined && candidates.some((finding) => covers(finding, span))
      })
    }
  }
  return results
}
