#!/usr/bin/env node
// Adds a labeller's judgements to the labels kept in the repository. The labeller's file has one
// {"id", "label": "tp"|"fp", "reason"} a line; the finding itself comes from the sample's drawn.jsonl.
//
//   node test/eval/real/import-labels.js --lang sv --drawn /tmp/batches/drawn.jsonl --seed sv-baseline \
//     --labeller helper-1 [--second] labels.jsonl ...
import {parseArgs} from 'node:util'
import {labelFits, labelPath, readJsonLines, writeJsonLines} from './labels.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    lang: {type: 'string', default: 'sv'},
    drawn: {type: 'string'},
    seed: {type: 'string'},
    labeller: {type: 'string'},
    second: {type: 'boolean', default: false}
  }
})
if (!values.drawn || !values.seed || !values.labeller || positionals.length === 0) {
  console.error('usage: import-labels.js --lang sv --drawn drawn.jsonl --seed NAME --labeller NAME [--second] FILE ...')
  process.exit(2)
}
const drawn = new Map(readJsonLines(values.drawn).map((finding) => [finding.id, finding]))
const path = labelPath(values.lang, values.second ? 'second' : 'first')
const labels = new Map(readJsonLines(path).map((label) => [label.id, label]))
let added = 0
for (const file of positionals) {
  for (const [index, row] of readJsonLines(file).entries()) {
    const finding = drawn.get(row.id)
    if (!finding) throw new Error(`${file}:${index + 1}: ${row.id} is not in ${values.drawn}`)
    if (row.label !== 'tp' && row.label !== 'fp') throw new Error(`${file}:${index + 1}: label must be tp or fp`)
    // A label is never replaced silently: correcting one is a separate, explained edit of the data file. A label
    // whose finding now offers other suggestions judged a different finding, and gives way to the new one.
    if (labelFits(labels.get(row.id), finding)) continue
    const {id, file: source, line, column, rule, actual, expected, excerpt} = finding
    labels.set(id, {id, file: source, line, column, rule, actual, expected: expected ?? [], excerpt, label: row.label, reason: String(row.reason ?? '').slice(0, 140), labeller: values.labeller, seed: values.seed})
    added++
  }
}
const rows = [...labels.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : 1)))
writeJsonLines(path, rows)
console.log(`${added} labels added to ${path} (${rows.length} in all)`)
