import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {FileResult, LintMessage, LintResult, TextType} from '@klarsprak/core'
import {niceScale} from './charts.js'
import {appendHistory, historyFileName, readHistory} from './history.js'
import {lixHistogram, relativeHref, renderReport} from './html.js'
import {median, summarize} from './summary.js'
import {writeReport} from './write.js'

function message(ruleId: string, severity: LintMessage['severity'] = 'warning'): LintMessage {
  return {ruleId, severity, message: `Om ${ruleId}`, line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: ruleId}
}
function page(path: string, words: number, lix: number | null, messages: LintMessage[], textType: TextType = 'web', language: 'sv' | 'en' = 'sv'): FileResult {
  return {path, language, textType, stats: {words, sentences: 5, longWords: 5, lix, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}, messages}
}
function result(files: FileResult[]): LintResult {
  return {version: 1, tool: {name: 'klarsprak', version: '0.1.0'}, files, summary: {files: files.length, errors: 0, warnings: 0, infos: 0, fixed: 0}}
}

const sample = result([
  page('a.md', 100, 38, [message('plain-words'), message('stale-content')]),
  page('b.md', 300, 44, [message('page-contact', 'info')], 'letter'), // under the letter limit of 45
  page('c.md', 100, 52, [message('plain-words'), message('personal-identity-number', 'error')]),
  page('kort.md', 20, 70, []), // too short for LIX
  page('fel.html', 0, null, [message('fetch-error', 'error')])
])

describe('summarize', () => {
  it('computes the figures of a run', () => {
    const summary = summarize(sample, {date: '2026-05-01T06:00:00Z'})
    expect(summary).toMatchObject({
      date: '2026-05-01T06:00:00.000Z',
      pages: 5,
      words: 520,
      findings: 6,
      errors: 2,
      warnings: 3,
      infos: 1,
      findingsPer1000Words: 11.5,
      pagesWithLix: 3,
      medianLix: 44,
      overLixLimit: 1,
      overLixLimitShare: 0.333,
      staleContent: 1,
      missingContact: 1,
      fetchErrors: 1,
      language: 'sv'
    })
    expect(Object.entries(summary.rules)).toEqual([
      ['plain-words', 2],
      ['fetch-error', 1],
      ['page-contact', 1],
      ['personal-identity-number', 1],
      ['stale-content', 1]
    ])
    expect(summarize(result([]), {date: '2026-05-01'})).toMatchObject({findingsPer1000Words: null, medianLix: null, overLixLimitShare: null})
  })

  it('takes the date from KLARSPRAK_RUN_DATE and rejects a bad one', () => {
    process.env.KLARSPRAK_RUN_DATE = '2026-02-03T04:05:06Z'
    try {
      expect(summarize(sample).date).toBe('2026-02-03T04:05:06.000Z')
    } finally {
      delete process.env.KLARSPRAK_RUN_DATE
    }
    expect(() => summarize(sample, {date: 'igår'})).toThrow('Not a date')
  })

  it('has a median and nice axis steps', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
    expect(niceScale(7)).toEqual({max: 8, step: 2})
    expect(niceScale(1, 5, true)).toEqual({max: 1, step: 1})
    expect(niceScale(0)).toEqual({max: 1, step: 1})
  })
})

describe('history', () => {
  it('adds one file per run, never replacing one, and reads them back oldest first, skipping damaged files', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'klarsprak-history-')), 'historik')
    const later = summarize(sample, {date: '2026-06-01T06:00:00Z'})
    const earlier = summarize(sample, {date: '2026-05-01T06:00:00Z'})
    await appendHistory(dir, later)
    await appendHistory(dir, earlier)
    await appendHistory(dir, earlier)
    writeFileSync(join(dir, 'klarsprak-run-2026-07-01T00-00-00Z.json'), '{"version": 1')
    writeFileSync(join(dir, 'anteckningar.txt'), 'inte en körning')
    expect(readdirSync(dir).filter((name) => name.startsWith('klarsprak-run-2026-05')).sort()).toEqual([
      'klarsprak-run-2026-05-01T06-00-00Z-2.json',
      'klarsprak-run-2026-05-01T06-00-00Z.json'
    ])
    const problems: string[] = []
    const runs = await readHistory(dir, (file) => problems.push(file))
    expect(runs.map((run) => run.date)).toEqual(['2026-05-01T06:00:00.000Z', '2026-05-01T06:00:00.000Z', '2026-06-01T06:00:00.000Z'])
    expect(problems).toHaveLength(1)
    expect(await readHistory(join(dir, 'finns-inte'))).toEqual([])
    expect(historyFileName('2026-05-01T06:00:00.123Z')).toBe('klarsprak-run-2026-05-01T06-00-00Z.json')
  })
})

describe('renderReport', () => {
  it('escapes everything that comes from results and never links to a script', () => {
    const hostile = result([
      page('javascript:alert(1)', 100, 40, [message('<img src=x onerror=alert(1)>')]),
      page('https://www.exempel.se/"><script>alert(2)</script>', 100, 40, [message('plain-words')])
    ])
    const html = renderReport(hostile, {summary: summarize(hostile, {date: '2026-05-01'})})
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain('href="./javascript%3Aalert(1)"')
    expect(relativeHref('../webb/sida 1.md')).toBe('../webb/sida%201.md')
  })

  it('uses the language of most pages unless told, and counts the LIX ranges', () => {
    const english = result([page('a.md', 100, 30, [], 'web', 'en'), page('b.md', 100, 30, [], 'web', 'en'), page('c.md', 100, 30, [])])
    expect(renderReport(english)).toContain('<html lang="en">')
    expect(renderReport(english, {lang: 'sv'})).toContain('Klarspråksrapport')
    const bars = lixHistogram(sample.files, 40)
    expect(bars.map((bar) => bar.value)).toEqual([0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0])
    expect(bars.filter((bar) => bar.highlight).map((bar) => bar.label)[0]).toBe('40–44')
  })

  it('writes index.html and adds to the history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klarsprak-report-'))
    const written = await writeReport(sample, {out: join(dir, 'ut'), history: join(dir, 'historik'), date: '2026-05-01', cwd: dir})
    expect(written.history).toHaveLength(1)
    const html = readFileSync(join(dir, 'ut', 'index.html'), 'utf8')
    expect(html).toContain('href="../a.md"')
    expect(html).toContain('class="chart trend"')
  })
})
