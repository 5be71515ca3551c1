#!/usr/bin/env node
// A rule that is off by default (spelling), measured as if a user turned it on: findings per 1,000 words, the
// precision of a labelled random sample (labels/<lang>.jsonl, like every other rule) and, for spelling, how many of
// the misspelling set it finds (misspellings/). The rule page quotes these figures when the rule is to be turned on.
//
//   node test/eval/real/off-by-default.js --rule spelling [--lang sv] [--seed sv-spelling-1] [--out FOLDER]
// --out writes the findings of the sample that have no label yet for labellers (as sample.js does).
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {drawnRow, forLabeller} from './for-labeller.js'
import {labelFits, readLabels, writeJsonLines} from './labels.js'
import {lintCorpus} from './lint.js'
import {drawSample, perThousand} from './plan.js'
import {wilsonLower} from './stats.js'

const {values} = parseArgs({options: {rule: {type: 'string', default: 'spelling'}, lang: {type: 'string', default: 'sv'}, seed: {type: 'string'}, out: {type: 'string'}}})
const {rule, lang} = values
const seed = values.seed ?? `${lang}-${rule}-1`
const {files, findings} = await lintCorpus(lang, {rules: {[rule]: 'warning'}})
const own = findings.filter((finding) => finding.rule === rule)
const drawn = drawSample(files, own, seed)
const labels = readLabels(lang)
const fitting = drawn.filter((finding) => labelFits(labels.get(finding.id), finding))
const open = drawn.filter((finding) => !labelFits(labels.get(finding.id), finding))
const fixed = (value) => value.toFixed(2)

console.log(`${rule} (${lang}) turned on, seed ${seed}`)
for (const part of ['measure', 'tune']) {
  const partFiles = files.filter((file) => file.part === part)
  const partFindings = own.filter((finding) => finding.part === part)
  const labelled = fitting.filter((finding) => finding.part === part)
  const tp = labelled.filter((finding) => labels.get(finding.id).label === 'tp').length
  const n = labelled.length
  const words = partFiles.reduce((sum, file) => sum + file.words, 0)
  const falsePerThousand = n === 0 ? NaN : (perThousand(partFindings.length, words) * (n - tp)) / n
  console.log(`- ${part}: ${partFindings.length} findings, ${fixed(perThousand(partFindings.length, words))} per 1,000 words; precision ${n ? fixed(tp / n) : '–'} (${tp}/${n}, lower bound ${n ? fixed(wilsonLower(tp, n)) : '–'}); about ${Number.isNaN(falsePerThousand) ? '–' : fixed(falsePerThousand)} false flags per 1,000 words`)
}
if (open.length > 0) console.log(`${open.length} findings of the sample have no label yet${values.out ? `: written to ${values.out}` : ' (--out FOLDER writes them for labellers)'}.`)
if (values.out && open.length > 0) {
  mkdirSync(values.out, {recursive: true})
  writeJsonLines(join(values.out, 'drawn.jsonl'), drawn.map(drawnRow))
  writeJsonLines(join(values.out, 'batch-1.jsonl'), open.map(forLabeller))
}

