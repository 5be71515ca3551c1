#!/usr/bin/env node
// Marks of the annotated paragraphs that no finding covers, per rule: where a rule should grow.
//   node test/eval/real/misses.js [--lang sv|en] [--rule RULE] [--part measure|tune]
import {parseArgs} from 'node:util'
import {lintCorpus} from './lint.js'
import {matchMarks, readAnnotations} from './recall.js'

const {values} = parseArgs({options: {lang: {type: 'string', default: 'sv'}, rule: {type: 'string'}, part: {type: 'string'}}})
const {findings} = await lintCorpus(values.lang)
const marks = matchMarks(readAnnotations(values.lang), findings)
for (const mark of marks) {
  if (mark.found || (values.rule && mark.rule !== values.rule) || (values.part && mark.part !== values.part)) continue
  const near = findings.filter((finding) => finding.file === mark.file && finding.line === mark.line).map((finding) => finding.rule)
  console.log(`${mark.part}\t${mark.rule}\t${mark.file}:${mark.line}\t${JSON.stringify(mark.text)}${mark.missing ? '\t(text gone)' : ''}\t${near.join(',')}`)
}
