// Misspelling recall and false flags of the Swedish `spelling` rule, measured on the hand-made sets in
// test/eval/real/misspellings/ (see its README): `sv.jsonl` lists misspellings the rule should flag, in the corpus
// (file + line) or in a made-up sentence; `sv-correct.jsonl` lists correct words Hunspell rejects, which it should not.
//
//   node test/eval/real/misspellings.js [--missed] [--json]
//
// Runs `klarsprak check`'s own session with the rule turned on (`npx tsc -b` first).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Session} from '../../../packages/cli/dist/session.js'
import {corpusPresent, corpusRoot, root} from './corpus.js'

const folder = join(root, 'test/eval/real/misspellings')
const readJsonLines = (name) =>
  readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))

const rules = {spelling: 'warning'}
const corpusSession = new Session({cwd: root, noConfig: false, overrides: {rules}, fix: false})
const madeSession = new Session({cwd: root, noConfig: true, overrides: {rules, language: 'sv'}, fix: false})

const spellingCache = new Map()
/** The spelling findings of a corpus file (checked once). */
async function corpusFindings(file) {
  let findings = spellingCache.get(file)
  if (!findings) {
    const checked = await corpusSession.check(join(corpusRoot, file))
    findings = (checked?.result.messages ?? []).filter((message) => message.ruleId === 'spelling')
    spellingCache.set(file, findings)
  }
  return findings
}

/** Whether a finding flags `word` (or, for a split compound such as `begrepps lista`, one of its words). */
function covers(message, word) {
  const actual = (message.actual ?? '').toLowerCase()
  if (actual === '') return false
  return word
    .toLowerCase()
    .split(/\s+/)
    .some((part) => part === actual || part.includes(actual) || actual.includes(part))
}

async function flagged(entry) {
  if (entry.origin === 'made') {
    const checked = await madeSession.check('made.txt', entry.sentence)
    return checked.result.messages.some((message) => message.ruleId === 'spelling' && covers(message, entry.word))
  }
  const findings = await corpusFindings(entry.file)
  return findings.some((message) => message.line === entry.line && covers(message, entry.word))
}

function tally(rows, key) {
  const groups = new Map()
  for (const row of rows) {
    const group = groups.get(row[key]) ?? {found: 0, total: 0}
    group.total++
    if (row.flagged) group.found++
    groups.set(row[key], group)
  }
  return [...groups].sort((a, b) => b[1].total - a[1].total)
}

const percent = (found, total) => (total === 0 ? '–' : `${((100 * found) / total).toFixed(1)} %`)

async function main() {
  if (!corpusPresent('sv')) throw new Error(`No Swedish corpus under ${corpusRoot}`)
  const showMissed = process.argv.includes('--missed')
  const misspellings = []
  for (const entry of readJsonLines('sv.jsonl')) misspellings.push({...entry, flagged: await flagged(entry)})
  const correct = []
  for (const entry of readJsonLines('sv-correct.jsonl')) {
    correct.push({...entry, flagged: await flagged({...entry, origin: 'corpus'})})
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({misspellings, correct}, null, 1))
    return
  }
  const found = misspellings.filter((row) => row.flagged).length
  console.log(`Misspellings found: ${found}/${misspellings.length} (${percent(found, misspellings.length)})`)
  for (const [origin, group] of tally(misspellings, 'origin')) console.log(`  ${origin}: ${group.found}/${group.total}`)
  for (const [name, group] of tally(misspellings, 'class')) {
    console.log(`  ${name.padEnd(16)} ${String(group.found).padStart(3)}/${group.total} (${percent(group.found, group.total)})`)
  }
  const missed = misspellings.filter((row) => !row.flagged)
  console.log(`Missed: ${missed.map((row) => row.word).join(', ')}`)
  const wrong = correct.filter((row) => row.flagged)
  console.log(`\nCorrect words still flagged: ${wrong.length}/${correct.length} (${percent(wrong.length, correct.length)})`)
  for (const [name, group] of tally(correct, 'class')) console.log(`  ${name.padEnd(16)} ${String(group.found).padStart(3)}/${group.total}`)
  if (showMissed) console.log(`Flagged: ${wrong.map((row) => row.word).join(', ')}`)
}

await main()
