#!/usr/bin/env node
// Latency of the language server as an editor sees it: starts `klarsprak-language-server --stdio`, opens a 5,000-word
// Swedish Markdown document (from ../shared/corpus/sv, or generated text when that is absent), makes edits in random
// paragraphs, and prints the median and p90 time from a change to the diagnostics of that version, and the open time.
// Usage: pnpm bench:ls [--edits 100] [--pause 200] [--words 5000] [--soak 10000] [--json]
//   --pause: milliseconds between diagnostics and the next edit (a writer's pause; longer than the 150 ms debounce,
//            so each edit is checked at once and the figure is the checking time itself).
//   --soak N: then make N more edits (debounce 0, each waiting for its diagnostics) and print the server's heap
//            every N/10 edits, to see that memory stays flat.
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../../..')
const {values} = parseArgs({
  options: {
    edits: {type: 'string', default: '100'},
    pause: {type: 'string', default: '200'},
    words: {type: 'string', default: '5000'},
    soak: {type: 'string', default: '0'},
    json: {type: 'boolean', default: false}
  }
})
const editCount = Number(values.edits)
const pause = Number(values.pause)
const targetWords = Number(values.words)
const soak = Number(values.soak)

// A seeded generator, so that every run makes the same edits.
let seed = 20261201
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}

function swedishDocument() {
  const corpus = join(root, '../shared/corpus/sv/civictechsweden__g0vse')
  const count = (text) => text.split(/\s+/).filter(Boolean).length
  if (existsSync(corpus)) {
    let text = ''
    for (const name of readdirSync(corpus).sort()) {
      if (!name.endsWith('.md')) continue
      text += readFileSync(join(corpus, name), 'utf8').replace(/^---[\s\S]*?---\n/, '') + '\n'
      if (count(text) >= targetWords) return {text, source: '../shared/corpus/sv (regeringen.se press releases)'}
    }
  }
  const sentences = [
    'Vi har tagit emot din ansökan om bygglov och handlägger den så snart vi kan.',
    'Du kan ringa kundtjänst kl. 8.00–16.30 på vardagar om du har frågor.',
    'Beslutet skickas till dig och till grannarna, t.ex. de som bor närmast.',
    'Avgiften är 350 kronor och betalas mot faktura inom 30 dagar.',
    'Ansökan har granskats av nämnden vid sammanträdet den 23 nov. 2026.'
  ]
  let text = '# Information om bygglov\n\n'
  for (let paragraph = 0; count(text) < targetWords; paragraph++) {
    if (paragraph % 6 === 0) text += `## Avsnitt ${paragraph / 6 + 1}\n\n`
    text += Array.from({length: 5}, (_, index) => sentences[(paragraph + index) % sentences.length]).join(' ') + '\n\n'
  }
  return {text, source: 'generated text'}
}

const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const median = (list) => percentile(list, 50)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const {text, source} = swedishDocument()
const words = text.split(/\s+/).filter(Boolean).length
const folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-bench-'))
const uri = pathToFileURL(join(folder, 'dokument.md')).href

const started = performance.now()
const child = spawn(process.execPath, [...(process.env.LS_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.LS_PROFILE] : []), join(here, '../bin/klarsprak-language-server.js'), '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const settings = {debounceMs: 150}
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri}@${params.version}`
  waiting.get(key)?.(params)
  waiting.delete(key)
})
connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings))
connection.onRequest('client/registerCapability', () => null)
connection.onNotification('window/logMessage', (params) => process.stderr.write(`server: ${params.message}\n`))
connection.listen()

const diagnosticsFor = (target, version) => new Promise((resolve) => waiting.set(`${target}@${version}`, resolve))

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(folder).href,
  workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'bench'}],
  capabilities: {workspace: {configuration: true}}
})
await connection.sendNotification('initialized', {})
const initialized = performance.now() - started

// Open right after start, as an editor does with the file that started the server.
let version = 1
let opened = performance.now()
let first = diagnosticsFor(uri, version)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
const firstDiagnostics = await first
const openCold = performance.now() - opened

// A second document with the same text once the server is warm (dictionaries and rule data loaded).
const secondUri = pathToFileURL(join(folder, 'kopia.md')).href
opened = performance.now()
first = diagnosticsFor(secondUri, 1)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: secondUri, languageId: 'markdown', version: 1, text}})
await first
const openWarm = performance.now() - opened
await connection.sendNotification('textDocument/didClose', {textDocument: {uri: secondUri}})

let current = text
const lineStarts = () => {
  const lines = current.split('\n')
  return lines
}

/** An edit in a random prose line: insert a word, or delete the word inserted before (the text stays near 5,000 words). */
let inserted
function nextEdit() {
  if (inserted) {
    const edit = {range: {start: inserted.start, end: inserted.end}, text: ''}
    const lines = current.split('\n')
    const line = lines[inserted.start.line]
    lines[inserted.start.line] = line.slice(0, inserted.start.character) + line.slice(inserted.end.character)
    current = lines.join('\n')
    inserted = undefined
    return edit
  }
  const lines = lineStarts()
  let line
  do line = Math.floor(random() * lines.length)
  while (!/^[A-ZÅÄÖ]/.test(lines[line]) || lines[line].length < 40)
  const spaces = [...lines[line].matchAll(/ /g)].map((match) => match.index)
  const character = spaces[Math.floor(random() * spaces.length)]
  const word = [' erhåller', ' viktigt', ' t.ex.', ' och', ' beslutet'][Math.floor(random() * 5)]
  lines[line] = lines[line].slice(0, character) + word + lines[line].slice(character)
  current = lines.join('\n')
  inserted = {start: {line, character}, end: {line, character: character + word.length}}
  return {range: {start: {line, character}, end: {line, character}}, text: word}
}

async function edit() {
  version++
  const change = nextEdit()
  const arrived = diagnosticsFor(uri, version)
  const start = performance.now()
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
  const params = await arrived
  return {ms: performance.now() - start, count: params.diagnostics.length}
}

const latencies = []
for (let index = 0; index < editCount; index++) {
  latencies.push((await edit()).ms)
  await sleep(pause)
}

const heap = []
if (soak > 0) {
  settings.debounceMs = 0
  await connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
  await sleep(500)
  // The reload re-checks the document: wait for that version before editing again.
  for (let index = 1; index <= soak; index++) {
    await edit()
    if (index % Math.max(1, Math.floor(soak / 10)) === 0) {
      const memory = await connection.sendRequest('klarsprak/memory', {gc: true})
      heap.push({edits: index, heapMB: Math.round(memory.heapUsed / 1e5) / 10, rssMB: Math.round(memory.rss / 1e5) / 10})
    }
  }
}

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()

const report = {
  document: {source, words, characters: text.length, diagnostics: firstDiagnostics.diagnostics.length},
  startToInitializedMs: Math.round(initialized),
  openColdMs: Math.round(openCold),
  openWarmMs: Math.round(openWarm),
  edits: editCount,
  pauseMs: pause,
  changeToDiagnosticsMs: {median: Math.round(median(latencies) * 10) / 10, p90: Math.round(percentile(latencies, 90) * 10) / 10, max: Math.round(Math.max(...latencies))},
  heap
}
if (values.json) console.log(JSON.stringify(report, null, 2))
else {
  console.log(`document: ${words} words, ${text.length} characters (${source}), ${report.document.diagnostics} diagnostics`)
  console.log(`server start → initialized: ${report.startToInitializedMs} ms`)
  console.log(`open → diagnostics: ${report.openColdMs} ms right after start, ${report.openWarmMs} ms warm`)
  console.log(`${editCount} edits (${pause} ms pause): change → diagnostics median ${report.changeToDiagnosticsMs.median} ms, p90 ${report.changeToDiagnosticsMs.p90} ms, max ${report.changeToDiagnosticsMs.max} ms`)
  for (const sample of heap) console.log(`after ${sample.edits} edits: heap ${sample.heapMB} MB, rss ${sample.rssMB} MB`)
}
