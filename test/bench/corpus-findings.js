#!/usr/bin/env node
// Findings per 1,000 words per rule on the shared corpus of real public-sector texts (`pnpm corpus [sv|en]`):
// how often each rule speaks on text that was published as it is. Prints a Markdown table and, for each rule, a few
// samples to check by hand.
import {readFileSync, readdirSync, statSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {Session} from '../../packages/cli/dist/session.js'

const language = process.argv[2] === 'en' ? 'en' : 'sv'
const root = new URL('../..', import.meta.url).pathname
const corpus = join(root, '../shared/corpus', language)
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}`)
  process.exit(2)
}
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (/\.(md|html?)$/.test(name)) files.push(path)
  }
}
walk(corpus)

const session = new Session({cwd: root, noConfig: true, overrides: {language}, fix: false})
const counts = new Map()
const samples = new Map()
let words = 0
for (const path of files) {
  const checked = await session.check(path)
  if (!checked) continue
  words += checked.result.stats.words
  for (const message of checked.result.messages) {
    counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
    const list = samples.get(message.ruleId) ?? []
    if (list.length < 5 && Math.random() < 0.2) list.push(`${path.slice(corpus.length + 1)}:${message.line}: ${message.actual ?? message.message}`.slice(0, 140))
    samples.set(message.ruleId, list)
  }
}
console.log(`${files.length} files, ${words} words (${language})\n`)
console.log('| rule | findings | per 1,000 words |\n| --- | --- | --- |')
for (const [id, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`| ${id} | ${count} | ${((count / words) * 1000).toFixed(2)} |`)
console.log('\nSamples:')
for (const [id, list] of samples) for (const line of list) console.log(`  ${id}  ${line}`)
