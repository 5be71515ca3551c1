// Labels of findings on real text, kept as data (labels/<lang>.jsonl, one JSON object a line): the finding (file,
// line, column, rule, flagged words, sentence), the judgement (tp or fp) with a one-line reason, who labelled it
// and the sample that drew it. labels/<lang>.second.jsonl holds the second, independent labels of a tenth of them.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const folder = join(dirname(fileURLToPath(import.meta.url)), 'labels')

export function labelPath(language, which = 'first') {
  return join(folder, which === 'second' ? `${language}.second.jsonl` : `${language}.jsonl`)
}

export function readJsonLines(path) {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line)
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON (${error.message})`)
      }
    })
}

export function writeJsonLines(path, rows) {
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : ''))
}

/** The labels of `language` by finding id. */
export function readLabels(language, which = 'first') {
  const byId = new Map()
  for (const label of readJsonLines(labelPath(language, which))) byId.set(label.id, label)
  return byId
}

const suggestions = (list) => JSON.stringify((list ?? []).map((item) => item.toLowerCase()))

/**
 * Whether a label still judges this finding: a label records the suggestions it was given (`expected`), and a
 * finding whose suggestions have changed since is a new finding to judge. Labels without `expected` predate the
 * record and are taken as they are.
 */
export function labelFits(label, finding) {
  return label !== undefined && (label.expected === undefined || suggestions(label.expected) === suggestions(finding.expected))
}
