#!/usr/bin/env node
// Benchmark: words per second, peak memory and time per rule for the recommended Swedish rule set (one worker),
// linearity (one 200,000-word file against many small files) and cold start of the CLI on one small file.
// Usage: pnpm bench [--runs N] [--json]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {Session} from '../../packages/cli/dist/session.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}, json: {type: 'boolean', default: false}}})
const runs = Number(values.runs)
const corpusDir = join(root, '../shared/corpus/sv')

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function corpusFiles() {
  if (!existsSync(corpusDir)) return undefined
  const found = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(md|html?)$/.test(name)) found.push({path, value: readFileSync(path, 'utf8')})
    }
  }
  walk(corpusDir)
  return found
}

/** Generated Swedish text, when the shared corpus is not there. */
function generated(count) {
  const sentences = [
    'Vi har tagit emot din ansökan om bygglov och handlägger den så snart vi kan.',
    'Du kan ringa kundtjänst kl. 8.00–16.30 på vardagar om du har frågor.',
    'Beslutet skickas till dig och till grannarna, t.ex. de som bor närmast.',
    'Avgiften är 350 kronor och betalas mot faktura inom 30 dagar.',
    'Ansökan har granskats av nämnden vid sammanträdet den 23 nov. 2026.'
  ]
  return Array.from({length: count}, (_, index) => ({
    path: `generated-${index}.md`,
    value: `# Sida ${index}\n\n` + Array.from({length: 40}, (_, i) => sentences[(index + i) % sentences.length]).join(' ') + '\n'
  }))
}

const files = corpusFiles() ?? generated(400)
const source = existsSync(corpusDir) ? '../shared/corpus/sv (.md, .html)' : 'generated text'

const session = new Session({cwd: root, noConfig: true, overrides: {language: 'sv'}, fix: false})

async function lintAll(documents, timings, withoutRules = false) {
  // Load dictionaries and rules before timing: a long run pays this once.
  await session.check('warmup.md', 'Hej och välkommen.')
  let peak = process.memoryUsage().rss
  let words = 0
  const start = performance.now()
  for (const document of documents) {
    let {settings} = await session.settingsFor(join(root, 'bench.md'))
    if (withoutRules) settings = noRules(settings)
    const result = await session.linter.lint({path: document.path, value: document.value, format: document.path.endsWith('.md') ? 'markdown' : 'html'}, settings, {timings})
    words += result.stats.words
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  const seconds = (performance.now() - start) / 1000
  return {words, seconds, peak}
}

/** The same settings with every rule off: what is left is parsing, the prose tree, statistics and fingerprints. */
const withoutRulesCache = new WeakMap()
function noRules(settings) {
  let result = withoutRulesCache.get(settings)
  if (!result) {
    result = {...settings, rules: new Map([...settings.rules].map(([id, setting]) => [id, {...setting, severity: 'off'}]))}
    withoutRulesCache.set(settings, result)
  }
  return result
}

const manyRuns = []
// Time per rule and per engine step (names in parentheses) on the first run (cold caches: spelling suggestions)
// and on the last run (warm).
const timings = new Map()
const warmTimings = new Map()
for (let run = 0; run < runs; run++) {
  manyRuns.push(await lintAll(files, run === 0 ? timings : run === runs - 1 ? warmTimings : undefined))
}

// Linearity: the Markdown files one by one, against one file of at least 200,000 words made of the same texts
// (repeated), in the same warm process, so that only the size differs.
const markdown = files.filter((file) => file.path.endsWith('.md')).map((file) => ({...file, value: file.value.replace(/^---[\s\S]*?---\n/, '')}))
const copies = []
let bigWords = 0
while (bigWords < 200_000) {
  copies.push(...markdown)
  bigWords += markdown.reduce((sum, file) => sum + file.value.split(/\s+/).length, 0)
}
const big = copies.map((file) => file.value).join('\n\n')
const smallRuns = []
const bigRuns = []
for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
  smallRuns.push(await lintAll(markdown))
  bigRuns.push(await lintAll([{path: 'big.md', value: big}]))
}

// Cold start: the real binary on one small file, as a writer would run it.
const folder = mkdtempSync(join(tmpdir(), 'klarsprak-bench-'))
const small = join(folder, 'brev.md')
writeFileSync(small, '---\nlang: sv\n---\n\n# Beslut\n\nDu erhåller beslutet inom två veckor. Ring oss kl. 9.00 om du har frågor.\n')
const cold = []
for (let run = 0; run < Math.max(7, runs); run++) {
  const start = performance.now()
  try {
    execFileSync(process.execPath, [join(root, 'packages/cli/bin/klarsprak.js'), 'check', small], {stdio: 'ignore'})
  } catch {
    // Exit code 1 (findings) is expected.
  }
  cold.push(performance.now() - start)
}

// The floor under every rule: the engine with all rules off on the same files.
const floorRuns = []
const floorTimings = new Map()
for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) floorRuns.push(await lintAll(files, run === 0 ? floorTimings : undefined, true))

const rate = (list) => median(list.map((run) => run.words / run.seconds))
const report = {
  source,
  files: files.length,
  words: manyRuns[0].words,
  runs,
  manyFiles: {wordsPerSecond: Math.round(rate(manyRuns)), seconds: +median(manyRuns.map((r) => r.seconds)).toFixed(2)},
  markdownFiles: {words: smallRuns[0].words, wordsPerSecond: Math.round(rate(smallRuns))},
  oneLargeFile: {words: bigRuns[0].words, wordsPerSecond: Math.round(rate(bigRuns)), seconds: +median(bigRuns.map((r) => r.seconds)).toFixed(2)},
  withoutRules: {wordsPerSecond: Math.round(rate(floorRuns)), seconds: +median(floorRuns.map((r) => r.seconds)).toFixed(2), perStepMs: byTime(floorTimings, () => true)},
  peakRssMB: Math.round(Math.max(...manyRuns.map((r) => r.peak), ...bigRuns.map((r) => r.peak)) / 1024 / 1024),
  coldStartMs: Math.round(median(cold)),
  perRuleMs: byTime(timings, (id) => !id.startsWith('(')),
  warmPerRuleMs: byTime(runs > 1 ? warmTimings : timings, (id) => !id.startsWith('(')),
  warmPerStepMs: byTime(runs > 1 ? warmTimings : timings, (id) => id.startsWith('('))
}

function byTime(map, keep) {
  return Object.fromEntries([...map].filter(([id]) => keep(id)).sort((a, b) => b[1] - a[1]).map(([id, ms]) => [id, Math.round(ms)]))
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2))
} else {
  console.log(`Klarspråk benchmark (node ${process.version}, one worker, medians of ${runs} runs)`)
  console.log(`Input: ${report.files} files, ${report.words} words from ${source}`)
  console.log(`Many files:      ${report.manyFiles.wordsPerSecond.toLocaleString('en')} words/s (${report.manyFiles.seconds} s)`)
  console.log(`Linearity:       ${report.markdownFiles.wordsPerSecond.toLocaleString('en')} words/s for the Markdown files one by one, ${report.oneLargeFile.wordsPerSecond.toLocaleString('en')} words/s for them as one ${report.oneLargeFile.words}-word file`)
  console.log(`Without rules:   ${report.withoutRules.wordsPerSecond.toLocaleString('en')} words/s (${report.withoutRules.seconds} s: parsing, prose tree, statistics, fingerprints)`)
  console.log(`Peak memory:     ${report.peakRssMB} MB RSS`)
  console.log(`Cold start:      ${report.coldStartMs} ms (klarsprak check on one small file, median of ${cold.length})`)
  console.log('Time per step (last run, ms):')
  for (const [id, ms] of Object.entries(report.warmPerStepMs)) console.log(`  ${id.padEnd(26)} ${ms}`)
  console.log('Time per rule (first run / last run, ms):')
  for (const [id, ms] of Object.entries(report.perRuleMs)) console.log(`  ${id.padEnd(26)} ${String(ms).padStart(6)} ${String(report.warmPerRuleMs[id] ?? '').padStart(6)}`)
}
