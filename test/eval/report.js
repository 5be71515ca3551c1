#!/usr/bin/env node
// `pnpm eval`: precision and recall of every rule on its evaluation set, as a Markdown table.
import {evaluationSets, score} from './evaluate.js'

const rows = []
let failed = false
for (const set of evaluationSets()) {
  let result
  try {
    result = await score(set)
  } catch (error) {
    console.error(error.message)
    failed = true
    continue
  }
  rows.push(result)
  for (const mistake of result.mistakes) {
    const parts = []
    if (mistake.missed.length > 0) parts.push(`missed ${JSON.stringify(mistake.missed)}`)
    if (mistake.unexpected.length > 0) parts.push(`unexpected ${JSON.stringify(mistake.unexpected)}`)
    console.error(`${set.language} ${set.id}: ${parts.join(', ')} in ${JSON.stringify(mistake.text.slice(0, 100))}`)
  }
}
console.log('| rule | language | cases | precision | recall |')
console.log('| --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(`| ${row.rule} | ${row.language} | ${row.cases} | ${row.precision.toFixed(2)} | ${row.recall.toFixed(2)} |`)
}
if (failed) process.exitCode = 1
