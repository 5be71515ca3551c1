#!/usr/bin/env node
// Draws a labelling sample of findings on the real-text corpus: per rule, at random with a named seed, the findings
// that have no label yet. Writes batches for labellers (the finding, its sentence and the lines around it; nothing
// about which version of a rule produced it) to a folder outside the repository.
//
//   node test/eval/real/sample.js --lang sv --seed sv-baseline --out /tmp/batches --batches 6 [--second 0.1]
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {drawnRow, forLabeller} from './for-labeller.js'
import {labelFits, readLabels, writeJsonLines} from './labels.js'
import {lintCorpus} from './lint.js'
import {drawSample, methodOf} from './plan.js'
import {sample, seedOf, seeded} from './random.js'

const {values} = parseArgs({
  options: {
    lang: {type: 'string', default: 'sv'},
    seed: {type: 'string'},
    out: {type: 'string'},
    batches: {type: 'string', default: '4'},
    second: {type: 'string', default: '0'}
  }
})
if (!values.seed || !values.out) {
  console.error('usage: sample.js --lang sv --seed NAME --out FOLDER [--batches N] [--second 0.1]')
  process.exit(2)
}
const language = values.lang
const {files, findings} = await lintCorpus(language)
const labels = readLabels(language)
const drawn = drawSample(files, findings, values.seed, methodOf(values.seed))
const unlabelled = drawn.filter((finding) => !labelFits(labels.get(finding.id), finding))

const random = seeded(seedOf(`${values.seed}/batches`))
const shuffled = sample(unlabelled, unlabelled.length, random)
const count = Number(values.batches)
mkdirSync(values.out, {recursive: true})
for (let batch = 0; batch < count; batch++) {
  const rows = shuffled.filter((_, index) => index % count === batch).map(forLabeller)
  writeJsonLines(join(values.out, `batch-${batch + 1}.jsonl`), rows)
}
// A tenth of all drawn findings (labelled or not) goes to a second labeller for the agreement figure.
const share = Number(values.second)
if (share > 0) {
  const second = sample(drawn, Math.ceil(drawn.length * share), seeded(seedOf(`${values.seed}/second`)))
  writeJsonLines(join(values.out, 'second.jsonl'), second.map(forLabeller))
}
writeJsonLines(join(values.out, 'drawn.jsonl'), drawn.map(drawnRow))
const byRule = new Map()
for (const finding of drawn) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1)
console.log(`drew ${drawn.length} findings (${unlabelled.length} without a label) with seed ${values.seed}`)
for (const [rule, n] of [...byRule].sort()) console.log(`  ${rule}: ${n}`)
