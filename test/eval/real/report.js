#!/usr/bin/env node
// `pnpm eval:real`: how the rules do on real public-sector text (the corpus, see corpus.js), measured with labelled samples
// of findings and annotated paragraphs. Prints the figures per rule, per part and per kind of text.
//
//   pnpm eval:real [--lang sv|en] [--seed NAME] [--json FILE] [--write]
// --write also updates the figures file (rules/real-text.json), the rule pages' real-text sections and the README's
// rule table, and the excerpt check's record (labels/excerpts.json).
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {corpusPresent, corpusRoot, kindNames, kinds, root} from './corpus.js'
import {computeFigures} from './figures.js'
import {lintCorpus} from './lint.js'
import {fixed} from './stats.js'

const here = dirname(fileURLToPath(import.meta.url))
const {values} = parseArgs({
  options: {lang: {type: 'string'}, seed: {type: 'string'}, json: {type: 'string'}, write: {type: 'boolean', default: false}}
})
const rounds = JSON.parse(readFileSync(join(here, 'rounds.json'), 'utf8'))
const languages = values.lang ? [values.lang] : ['sv', 'en']

const percent = (figure) => (figure.value === null ? '–' : `${fixed(figure.value)} (${figure.tp ?? figure.found}/${figure.n})`)
const targets = {precision: 0.9, lower: 0.8, perThousand: 25}

function printFigures(figures) {
  const {language, words} = figures
  console.log(`\n## ${language === 'sv' ? 'Swedish' : 'English'}: seed ${figures.seed}`)
  console.log(`${figures.files} files, ${words.all} words (measured part ${words.measure}, tuning part ${words.tune}); ${figures.paragraphs} annotated paragraphs.`)
  for (const kind of kinds) {
    const entry = figures.kinds[kind]
    if (!entry) continue
    const thin = entry.all < 5000 ? ' (thin: read its figures as a smoke test)' : ''
    console.log(`- ${kindNames[kind]}: ${entry.files} files, ${entry.all} words${thin}`)
  }
  console.log('\nMeasured part (tuning part in brackets). Precision of a labelled random sample, with the lower bound of its 95 % interval.\n')
  console.log('| rule | per 1,000 words | precision | lower bound | recall | precision (tuning) | per 1,000 (tuning) |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  const rows = Object.entries(figures.perRule).sort((a, b) => b[1].count - a[1].count)
  for (const [rule, entry] of rows) {
    console.log(`| ${rule} | ${fixed(entry.perThousand.measure)} | ${percent(entry.precision.measure)} | ${fixed(entry.precision.measure.lower)} | ${percent(entry.recall.measure)} | ${percent(entry.precision.tune)} | ${fixed(entry.perThousand.tune)} |`)
  }
  const total = figures.total
  console.log(`| all rules | ${fixed(total.perThousand.measure)} | ${percent(total.precision.measure)} | ${fixed(total.precision.measure.lower)} | ${percent(total.recall.measure)} | ${percent(total.precision.tune)} | ${fixed(total.perThousand.tune)} |`)
  console.log('\nPer kind of text (both parts):\n')
  console.log('| kind | words | per 1,000 words | precision | recall |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const kind of kinds) {
    const entry = total.byKind[kind]
    if (entry) console.log(`| ${kindNames[kind]} | ${figures.kinds[kind].all} | ${fixed(entry.perThousand)} | ${percent(entry.precision)} | ${percent(entry.recall)} |`)
  }
  console.log('\nPrecision per rule and kind (both parts):\n')
  console.log(`| rule | ${kinds.map((kind) => kindNames[kind]).join(' | ')} |`)
  console.log(`| --- |${kinds.map(() => ' --- |').join('')}`)
  for (const [rule, entry] of rows) {
    console.log(`| ${rule} | ${kinds.map((kind) => (entry.byKind[kind] ? percent(entry.byKind[kind].precision) : '–')).join(' | ')} |`)
  }
  const agree = figures.agreement
  console.log(`\nAgreement of two labellers: ${agree.agreed}/${agree.n} labels (${fixed(agree.share)}), Cohen's kappa ${fixed(agree.kappa)}.`)
  if (figures.unlabelled.length > 0) {
    console.log(`\n${figures.unlabelled.length} findings of this sample have no label yet: draw them with test/eval/real/sample.js --seed ${figures.seed} and have them labelled.`)
  }
  console.log('\nTargets on the measured part:')
  const misses = []
  const few = []
  for (const [rule, entry] of rows) {
    const p = entry.precision.measure
    if (p.n === 0) continue
    // Below 15 findings even 15 of 15 right has a lower bound under 0.8: the sample cannot show the target.
    if (p.n < 15 && p.value >= targets.precision) few.push(`${rule} ${p.tp}/${p.n}`)
    else if (p.value < targets.precision || p.lower < targets.lower) misses.push(`${rule} precision ${fixed(p.value)} (lower bound ${fixed(p.lower)})`)
  }
  console.log(`- precision ≥ ${targets.precision} (lower bound ≥ ${targets.lower}) for every rule: ${misses.length === 0 ? 'met' : `not met: ${misses.join('; ')}`}`)
  if (few.length > 0) console.log(`  too few findings on the measured half to show the lower bound: ${few.join(', ')}`)
  console.log(`- all findings ≤ ${targets.perThousand} per 1,000 words: ${fixed(total.perThousand.measure)} (${total.perThousand.measure <= targets.perThousand ? 'met' : 'not met'})`)
  for (const [rule, goal] of [['sentence-length', 0.9], ['passive-voice', 0.8]]) {
    const recall = figures.perRule[rule]?.recall.measure
    if (recall) console.log(`- recall of ${rule} ≥ ${goal}: ${percent(recall)} (${recall.value !== null && recall.value >= goal ? 'met' : 'not met'})`)
  }
}

/**
 * The made-up letters and pages in examples/: a smoke test that the default config still says something useful
 * about the kind of text the corpus is thin on (letters), not evidence of accuracy.
 */
async function smokeTest() {
  const {Session} = await import('../../../packages/cli/dist/session.js')
  const {readdirSync} = await import('node:fs')
  const session = new Session({cwd: root, noConfig: true, overrides: {}, fix: false})
  console.log('\n## Smoke test: examples/ (made-up texts, not evidence)\n')
  const names = ['sv', 'en'].flatMap((folder) => readdirSync(join(root, 'examples', folder)).sort().map((name) => `${folder}/${name}`))
  for (const name of names) {
    if (!/\.(md|txt|html|docx)$/.test(name)) continue
    const checked = await session.check(join(root, 'examples', name))
    if (!checked) continue
    const counts = new Map()
    for (const message of checked.result.messages) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
    const list = [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'no findings'
    console.log(`- ${name} (${checked.result.language}, ${checked.result.textType}, ${checked.result.stats.words} words): ${list}`)
  }
}

const all = {}
for (const language of languages) {
  if (!corpusPresent(language)) {
    console.error(`No corpus at ${join(corpusRoot, language)}: set KLARSPRAK_CORPUS to the corpus folder (docs/real-text-evaluation.md).`)
    process.exitCode = 2
    continue
  }
  const seed = values.seed ?? rounds[language].current
  const figures = computeFigures(language, seed, await lintCorpus(language))
  printFigures(figures)
  all[language] = figures
}
await smokeTest()
if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 2) + '\n')
if (values.write) {
  const {publish} = await import('./publish.js')
  await publish(all, root)
}
