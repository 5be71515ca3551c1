#!/usr/bin/env node
// Peak memory and time for the worst inputs the limits admit (issue 13): a file at the 10 MB size limit, nested to
// the depth limits, checked with the recommended rules. Each case runs in a fresh process, so its peak resident
// memory (maxRSS) is its own. Usage: pnpm bench:limits [--mb 10] [--case NAME]... [--json]
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const sentence = 'Du erhåller beslutet om bygglov med anledning av er ansökan, som inkom den 3 maj.'

/** Generated worst cases: `block` is repeated up to the size; blank lines between blocks as in real text. */
const cases = {
  // Plain paragraphs: the reference, and many findings (the cap per file is reached at once).
  'markdown-plain': () => `${sentence}\n\n`,
  // One block quote 100 levels deep per paragraph: the Markdown nesting limit on every line.
  'markdown-quotes-at-limit': (limits) => '> '.repeat(limits.maxMarkdownNesting) + sentence + '\n\n',
  // A list nested by indentation down to the limit, over and over: the costliest shape for micromark.
  'markdown-indented-lists-at-limit': (limits) =>
    Array.from({length: limits.maxMarkdownNesting}, (_, level) => '  '.repeat(level) + '- ' + sentence).join('\n') + '\n\n',
  // An HTML page of paragraphs, each inside elements nested to the HTML limit.
  'html-nested-at-limit': (limits) => '<div>'.repeat(limits.maxHtmlNesting - 3) + `<p>${sentence}</p>` + '</div>'.repeat(limits.maxHtmlNesting - 3) + '\n'
}

const {values} = parseArgs({options: {mb: {type: 'string', default: '10'}, case: {type: 'string', multiple: true}, json: {type: 'boolean', default: false}, child: {type: 'string'}}})

if (values.child) {
  await runOne(values.child, Number(values.mb))
} else {
  const names = values.case ?? Object.keys(cases)
  const rows = []
  for (const name of names) {
    if (!cases[name]) throw new Error(`Unknown case ${name}; choose from ${Object.keys(cases).join(', ')}`)
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, '--mb', values.mb], {encoding: 'utf8', maxBuffer: 1 << 20})
    rows.push(JSON.parse(output))
    if (!values.json) console.log(describe(rows.at(-1)))
  }
  if (values.json) console.log(JSON.stringify(rows, null, 2))
}

function describe(row) {
  const outcome = row.parseError ? `parse-error: ${row.parseError}` : `${row.shown} findings shown, ${row.omitted} counted past the cap`
  return `${row.case.padEnd(34)} ${(row.bytes / 1048576).toFixed(1)} MB  ${row.seconds.toFixed(1).padStart(6)} s  peak ${String(row.peakMB).padStart(5)} MB  ${outcome}`
}

/** Check one generated document in this process and print what it cost as JSON. */
async function runOne(name, mb) {
  const core = await import('../../packages/core/dist/index.js')
  const {Session} = await import('../../packages/cli/dist/session.js')
  const {maxFileSize} = await import('../../packages/cli/dist/read.js')
  const block = cases[name](core)
  const bytes = Math.min(Math.round(mb * 1048576), maxFileSize)
  const count = Math.floor(bytes / Buffer.byteLength(block))
  const value = block.repeat(count)
  const session = new Session({cwd: process.cwd(), noConfig: true, overrides: {language: 'sv'}, fix: false})
  // Dictionaries and rules load once per run: not part of one document's cost.
  await session.check('warmup.md', 'Hej.')
  const started = performance.now()
  const checked = await session.check(name.startsWith('html') ? 'sida.html' : 'brev.md', value)
  const seconds = (performance.now() - started) / 1000
  const result = checked.result
  const parseError = result.messages.find((message) => message.ruleId === 'parse-error')?.message
  const omitted = core.omittedCount(result)
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024)
  console.log(JSON.stringify({case: name, bytes: Buffer.byteLength(value), seconds, peakMB, shown: result.messages.length, omitted, parseError}))
}
