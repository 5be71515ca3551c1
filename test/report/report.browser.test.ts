import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {klarsprak, root} from '../helpers.js'
import {shardResults} from './fixture.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const screenshot = join(root, 'test/report/out/report.png')

// The report is opened the way a person would open an artifact: from disk, with the network cut off. Every request
// that is not a file:// request is aborted and recorded, and the test fails if there was one.
describe('HTML report in a real browser (Chromium)', () => {
  let context: BrowserContext
  let reportUrl: string
  const requests: string[] = []
  const blocked: string[] = []

  // A missing browser fails every test here (it is not a reason to skip: CI installs it).
  let missing: Error | undefined
  const needBrowser = () => {
    if (missing) throw missing
  }

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      missing = new Error(
        `Chromium not found at ${executablePath}: install it with \`apt-get update && apt-get install -y chromium\` (as .ci/run does) or set CHROMIUM_PATH`
      )
      return
    }
    const dir = mkdtempSync(join(tmpdir(), 'klarsprak-report-'))
    const names = shardResults().map((result, index) => {
      const name = join(dir, `shard-${index + 1}.json`)
      writeFileSync(name, JSON.stringify(result))
      return name
    })
    // Two earlier runs, then this one: the history has three.
    for (const date of ['2026-09-01T06:00:00Z', '2026-10-01T06:00:00Z']) {
      const run = await klarsprak(['report', names[0]!, '--out', join(dir, 'old'), '--history', join(dir, 'history'), '--date', date])
      expect(run.code, run.stderr).toBe(0)
    }
    const run = await klarsprak(['report', ...names, '--out', join(dir, 'report'), '--history', join(dir, 'history'), '--date', '2026-11-01T06:00:00Z'])
    expect(run.code, run.stderr).toBe(0)
    reportUrl = pathToFileURL(join(dir, 'report', 'index.html')).href

    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'klarsprak-chromium-')), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: {width: 1100, height: 900}
    })
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:')) return route.continue()
      blocked.push(url)
      return route.abort()
    })
    context.on('request', (request) => requests.push(request.url()))
  }, 60_000)

  afterAll(async () => {
    await context?.close()
  })

  it('shows the figures, charts and tables, and loads nothing from the network', async () => {
    needBrowser()
    const page = await context.newPage()
    await page.goto(reportUrl)
    await expect(page.title()).resolves.toMatch(/^Klarspråksrapport/)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')

    const figure = (key: string) => page.locator(`[data-figure="${key}"]`).innerText()
    expect(await figure('pages')).toBe('7')
    expect(await figure('words')).toBe('1\u00a0000') // Swedish thousands separator (a no-break space)
    expect(await figure('findings')).toBe('10')
    expect(await figure('findingsPer1000Words')).toBe('10')
    // LIX of the six pages with enough words: 18 33 42 47 58 71 → median 44,5; four over the web limit of 40.
    expect(await figure('medianLix')).toBe('44,5')
    expect((await figure('overLixLimit')).split('\n')[0]).toBe('66,7\u00a0% (4)')
    expect(await figure('staleContent')).toBe('2')
    expect(await figure('missingContact')).toBe('2')
    expect([await figure('errors'), await figure('warnings'), await figure('infos')]).toEqual(['1', '7', '2'])

    // The LIX histogram: one bar per range, six pages in all, the bars from 40 up in the warning colour.
    const bars = page.locator('svg.histogram rect.bar')
    expect(await bars.count()).toBe(11)
    const values = await bars.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-value'))))
    expect(values).toEqual([1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1])
    expect(await page.locator('svg.histogram title').first().textContent()).toBe('Sidor per LIX-intervall')
    expect(await page.locator('svg.histogram').boundingBox()).toMatchObject({width: expect.any(Number)})

    // Findings per rule: a bar and a table row per rule, most first.
    const ruleBars = await page.locator('svg.bars rect.bar').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-label'), node.getAttribute('data-value')]))
    expect(ruleBars).toEqual([
      ['plain-words', '5'],
      ['page-contact', '2'],
      ['stale-content', '2'],
      ['personal-identity-number', '1']
    ])
    const ruleRows = await page.locator('#rules-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)))
    expect(ruleRows[0]).toEqual(['plain-words', '5', '4'])

    // The pages with the most findings: errors first, linked to the page; the made-up markup in a URL stays text.
    const worst = page.locator('#worst-table tbody tr')
    expect(await worst.count()).toBe(6)
    expect(await worst.first().locator('a').getAttribute('href')).toBe('https://www.exempel.se/skola')
    expect(await page.locator('main b').count()).toBe(0)
    await expect(page.locator('#worst-table').innerText()).resolves.toContain('https://www.exempel.se/<b>fet</b>?a=1&b=2')

    // Trends over the three runs: three points per series.
    for (const series of ['findingsPer1000Words', 'medianLix', 'overLixLimitShare']) {
      expect(await page.locator(`svg.trend g[data-series="${series}"] circle.point`).count()).toBe(3)
    }
    expect(await page.locator('#trend-table tbody tr').count()).toBe(3)

    mkdirSync(join(root, 'test/report/out'), {recursive: true})
    await page.screenshot({path: screenshot, fullPage: true})
    expect(readFileSync(screenshot).length).toBeGreaterThan(10_000)

    expect(blocked).toEqual([])
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    await page.close()
  })

  it('follows --lang en', async () => {
    needBrowser()
    const dir = mkdtempSync(join(tmpdir(), 'klarsprak-report-en-'))
    const name = join(dir, 'result.json')
    writeFileSync(name, JSON.stringify(shardResults()[0]))
    const run = await klarsprak(['report', name, '--out', join(dir, 'out'), '--lang', 'en', '--date', '2026-11-01'])
    expect(run.code, run.stderr).toBe(0)
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(dir, 'out', 'index.html')).href)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.locator('h1').innerText()).resolves.toBe('Plain-language report')
    expect(await page.locator('[data-figure="words"]').innerText()).toBe('500')
    expect(await page.locator('svg.trend').count()).toBe(0)
    await page.close()
    expect(blocked).toEqual([])
  })
})
