#!/usr/bin/env node
// Benchmark of `klarsprak site`: a 1,000-page local site (Swedish pages of 300–600 words, built from
// ../shared/corpus/sv when it is there, else generated) served by a child process on 127.0.0.1, crawled from its
// start page at concurrency 8 with no delay, every page linted with the klarsprak:web rules. Prints pages per
// second (median of --runs, default 3) and, for comparison, how fast the same pages lint without any HTTP.
// Usage: pnpm bench:site [--runs N] [--pages N]
import {fork} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}, pages: {type: 'string', default: '1000'}, jobs: {type: 'string'}, serve: {type: 'boolean', default: false}}})
const pageCount = Number(values.pages)
const corpusDir = join(root, '../shared/corpus/sv')

/** Paragraphs of prose: from the corpus's Markdown (markup stripped), else generated sentences. */
function paragraphs() {
  if (!existsSync(corpusDir)) {
    const sentences = [
      'Du kan ansöka om bygglov hos kommunen via e-tjänsten eller med en blankett.',
      'Vi behandlar din ansökan inom fyra veckor och skickar beslutet till dig.',
      'Förskolan har öppet vardagar mellan klockan sex och arton.',
      'Avgiften beror på hur stor byggnaden är och betalas mot faktura.',
      'Om du har frågor kan du ringa kontaktcenter eller skicka e-post till oss.',
      'Sophämtningen sker varannan vecka och kärlet ska stå ute senast klockan sex.'
    ]
    return Array.from({length: 400}, (_, index) => Array.from({length: 6}, (_, i) => sentences[(index + i * 5) % sentences.length]).join(' '))
  }
  const found = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.md')) {
        const text = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---\n/, '').replace(/```[\s\S]*?```/g, '')
        for (const block of text.split(/\n\s*\n/)) {
          const prose = block.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/[#*_`>|]/g, '').replace(/\s+/g, ' ').trim()
          if (prose.split(' ').length >= 12 && /[.!?]$/.test(prose)) found.push(prose)
        }
      }
    }
  }
  walk(corpusDir)
  return found
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Page i of the site: 300–600 words, links to its ten children (a tree: depth 3 reaches 1,000 pages). */
function sitePages(count) {
  const pool = paragraphs()
  const pages = new Map()
  let next = 0
  let words = 0
  for (let index = 0; index < count; index++) {
    const target = 300 + ((index * 137) % 301)
    const body = []
    let pageWords = 0
    while (pageWords < target) {
      const paragraph = pool[next++ % pool.length]
      body.push(`<p>${escape(paragraph)}</p>`)
      pageWords += paragraph.split(' ').length
    }
    words += pageWords
    const children = Array.from({length: 10}, (_, i) => index * 10 + i + 1).filter((child) => child < count)
    const path = index === 0 ? '/' : `/sida/${index}`
    pages.set(path, `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sida ${index}</title></head><body>
<header><nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><h1>Sida ${index}</h1>
${body.join('\n')}
<ul>${children.map((child) => `<li><a href="/sida/${child}">Sida ${child}</a></li>`).join('')}</ul>
<p>Senast uppdaterad 2026-11-20</p></main>
<footer><p>Kommunen, telefon 0123-45 67 89</p></footer></body></html>`)
  }
  pages.set('/kontakt', pages.get('/sida/1') ?? pages.get('/'))
  return {pages, words}
}

if (values.serve) {
  const {pages} = sitePages(pageCount)
  const server = createServer((request, response) => {
    const page = pages.get(request.url ?? '/')
    if (page) response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
    else response.writeHead(404).end()
  })
  server.listen(0, '127.0.0.1', () => process.send?.({port: server.address().port}))
} else {
  const {checkSite} = await import('../../packages/site/dist/index.js')
  const {Linter} = await import('../../packages/core/dist/index.js')
  const child = fork(fileURLToPath(import.meta.url), ['--serve', '--pages', String(pageCount)], {stdio: 'inherit'})
  const port = await new Promise((resolve) => child.once('message', (message) => resolve(message.port)))
  const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1]
  const cwd = mkdtempSync(join(tmpdir(), 'klarsprak-site-bench-'))
  const rates = []
  let checked = 0
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now()
    const {result} = await checkSite({start: `http://127.0.0.1:${port}/`, cwd, noConfig: true, concurrency: 8, delayMs: 0, maxPages: pageCount + 1, maxDepth: 10, jobs: values.jobs ? Number(values.jobs) : undefined})
    const seconds = (performance.now() - started) / 1000
    checked = result.files.length
    rates.push(checked / seconds)
    console.log(`run ${run + 1}: ${checked} pages in ${seconds.toFixed(2)} s = ${(checked / seconds).toFixed(1)} pages/s (${result.summary.errors} errors, ${result.summary.warnings} warnings)`)
  }
  // The crawl alone (fetching, robots.txt, link extraction), without linting.
  const {crawl} = await import('../../packages/site/dist/index.js')
  const crawlStarted = performance.now()
  const crawled = await crawl({start: `http://127.0.0.1:${port}/`, concurrency: 8, delayMs: 0, maxPages: pageCount + 1, maxDepth: 10}, () => {})
  const crawlRate = crawled.pages.length / ((performance.now() - crawlStarted) / 1000)
  child.kill()

  // The same pages linted directly: how much of the time is linting.
  const {pages, words} = sitePages(pageCount)
  const {createSiteRegistry} = await import('../../packages/site/dist/index.js')
  const {SettingsResolver} = await import('../../packages/core/dist/index.js')
  const registry = createSiteRegistry()
  const linter = new Linter(registry)
  const settings = new SettingsResolver(registry, {basePreset: 'klarsprak:web'}).settingsFor(join(cwd, 'x.html'), undefined)
  await linter.lint({path: 'warmup.html', value: pages.get('/'), format: 'html'}, settings)
  const started = performance.now()
  for (const [path, value] of pages) await linter.lint({path, value, format: 'html'}, settings)
  const lintSeconds = (performance.now() - started) / 1000
  console.log(`\nsite: ${checked} pages, ${Math.round(words / pageCount)} words per page on average (${existsSync(corpusDir) ? '../shared/corpus/sv' : 'generated text'})`)
  console.log(`klarsprak site, concurrency 8, delay 0: ${median(rates).toFixed(1)} pages/s (median of ${rates.length})`)
  console.log(`crawling alone, no linting: ${crawlRate.toFixed(1)} pages/s`)
  console.log(`linting alone, same pages, one thread: ${(pages.size / lintSeconds).toFixed(1)} pages/s (${Math.round(words / lintSeconds)} words/s)`)
}
