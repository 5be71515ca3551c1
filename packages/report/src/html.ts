import {lixLimit, type FileResult, type Language, type LintResult, type TextType} from '@klarsprak/core'
import {colors, histogram, horizontalBars, lineChart, type Bar} from './charts.js'
import {escapeHtml as e} from './escape.js'
import {isOverLixLimit, lixMinWords, pageLix, summarize, type RunSummary} from './summary.js'
import {texts, type ReportTexts} from './texts.js'

export interface RenderOptions {
  lang?: Language
  /** This run's figures (default: computed from the result). */
  summary?: RunSummary
  /** Earlier runs and this one, oldest first; the trend section is shown only when given. */
  history?: readonly RunSummary[]
  /** The address a file path links to (page URLs link to themselves). Default: the path as a relative link. */
  fileHref?: (path: string) => string
  /** How many pages the "most findings" table shows. Default 20. */
  worst?: number
}

/** LIX ranges of five, open at both ends: under 20, 20–24 … 60–64, 65 and over. */
export const lixBins = (() => {
  const bins: Array<{label: string; from: number; to: number}> = [{label: '<20', from: -Infinity, to: 20}]
  for (let from = 20; from < 65; from += 5) bins.push({label: `${from}–${from + 4}`, from, to: from + 5})
  bins.push({label: '≥65', from: 65, to: Infinity})
  return bins
})()

export function lixHistogram(files: readonly FileResult[], limit: number): Bar[] {
  const counts = lixBins.map(() => 0)
  for (const file of files) {
    const lix = pageLix(file)
    if (lix === null) continue
    counts[lixBins.findIndex((bin) => lix >= bin.from && lix < bin.to)]!++
  }
  return lixBins.map((bin, index) => ({label: bin.label, value: counts[index]!, highlight: bin.from >= limit}))
}

const isUrl = (path: string) => /^https?:\/\//i.test(path)

/** A relative link that can never be read as a scheme (`javascript:`): every segment is encoded. */
export function relativeHref(path: string): string {
  const encoded = path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/')
  return encoded.startsWith('.') || encoded.startsWith('/') ? encoded : `./${encoded}`
}

function mostCommon<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback
}

const byPath = (a: FileResult, b: FileResult) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
const count = (file: FileResult, severity: string) => file.messages.filter((message) => message.severity === severity).length

const css = `
:root{color-scheme:light;--ink:${colors.ink};--muted:${colors.muted};--line:#c4c4c4;--band:#f2f4f7;--link:#0b4f9c}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2.2rem 0 .75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted);margin:0}
a{color:var(--link)}a:focus-visible,summary:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem;margin:0;padding:0}
.figures div{background:var(--band);border-radius:6px;padding:.75rem 1rem}
.figures dt{font-size:.9rem;color:var(--muted)}.figures dd{margin:0;font-size:1.6rem;font-weight:600}
.figures dd small{display:block;font-size:.8rem;font-weight:400;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--band)}tbody th{font-weight:400}td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}td.number{white-space:nowrap}
.page{word-break:break-all}.date{white-space:nowrap}
.scroll{overflow-x:auto}.scroll:focus-visible{outline:3px solid #1a1a1a}
.chart{max-width:40rem;display:block;margin:.5rem 0}
details{margin:1rem 0}summary{cursor:pointer;font-weight:600}
`

/** The whole report as one HTML document: no scripts, no external files; the CSP forbids loading anything. */
export function renderReport(result: LintResult, options: RenderOptions = {}): string {
  const summary = options.summary ?? summarize(result)
  const language = options.lang ?? summary.language
  const t = texts[language]
  const number = new Intl.NumberFormat(t.locale, {maximumFractionDigits: 1})
  const percent = new Intl.NumberFormat(t.locale, {style: 'percent', maximumFractionDigits: 1})
  const show = (value: number | null, format: Intl.NumberFormat = number) => (value === null ? t.none : format.format(value))
  const fileHref = options.fileHref ?? relativeHref
  const pageLink = (path: string) => `<a href="${e(isUrl(path) ? path : fileHref(path))}">${e(path)}</a>`
  const textType: TextType = mostCommon(result.files.map((file) => file.textType), 'web')
  const limit = lixLimit[textType]

  const figure = (key: string, label: string, value: string, note = '') =>
    `<div><dt>${e(label)}</dt><dd data-figure="${key}">${e(value)}${note ? `<small>${e(note)}</small>` : ''}</dd></div>`
  const figures = [
    figure('pages', t.pages, show(summary.pages)),
    figure('words', t.words, show(summary.words)),
    figure('findings', t.findings, show(summary.findings)),
    figure('findingsPer1000Words', t.findingsPer1000, show(summary.findingsPer1000Words)),
    figure('medianLix', t.medianLix, show(summary.medianLix)),
    figure(
      'overLixLimit',
      t.overLixLimit,
      `${show(summary.overLixLimitShare, percent)} (${summary.overLixLimit})`,
      t.overLixLimitNote(summary.pagesWithLix, lixMinWords)
    ),
    figure('staleContent', t.staleContent, show(summary.staleContent)),
    figure('missingContact', t.missingContact, show(summary.missingContact)),
    figure('errors', t.errors, show(summary.errors)),
    figure('warnings', t.warnings, show(summary.warnings)),
    figure('infos', t.infos, show(summary.infos))
  ]
  if (summary.fetchErrors > 0) figures.push(figure('fetchErrors', t.fetchErrors, show(summary.fetchErrors)))

  // LIX
  const bars = lixHistogram(result.files, limit)
  const limitAfter = lixBins.findIndex((bin) => bin.from >= limit)
  const lixSection =
    summary.pagesWithLix === 0
      ? `<p>${e(t.noLix)}</p>`
      : histogram(bars, {
          id: 'lix-chart',
          title: t.lixChartTitle,
          desc: t.lixChartDesc(summary.pagesWithLix, limit),
          xLabel: t.lixRange,
          yLabel: t.pageCount,
          locale: t.locale,
          limitAfter: limitAfter < 0 ? undefined : limitAfter,
          limitLabel: t.lixLimitLabel(limit)
        }) +
        `<details><summary>${e(t.asTable)}</summary>` +
        table(
          t.lixChartTitle,
          [t.lixRange, t.pageCount],
          bars.map((bar) => [e(bar.label), num(bar.value)]),
          'lix-table'
        ) +
        '</details>'

  // Rules
  const ruleRows = Object.entries(summary.rules).map(([ruleId, total]) => {
    const pages = result.files.filter((file) => file.messages.some((message) => message.ruleId === ruleId)).length
    const url = result.files.flatMap((file) => file.messages).find((message) => message.ruleId === ruleId && message.url)?.url
    const name = url && /^https?:\/\//.test(url) ? `<a href="${e(url)}">${e(ruleId)}</a>` : `<code>${e(ruleId)}</code>`
    return {ruleId, total, pages, name}
  })
  const rulesSection =
    ruleRows.length === 0
      ? `<p>${e(t.noFindings)}</p>`
      : horizontalBars(
          ruleRows.map((row) => ({label: row.ruleId, value: row.total})),
          {id: 'rules-chart', title: t.rulesChartTitle, desc: t.rulesChartDesc(ruleRows.length), locale: t.locale}
        ) +
        table(
          t.rulesChartTitle,
          [t.rule, t.count, t.pagesWithRule],
          ruleRows.map((row) => [row.name, num(row.total, number), num(row.pages, number)]),
          'rules-table'
        )

  // Pages
  const pageRow = (file: FileResult): Cell[] => [
    `<span class="page">${pageLink(file.path)}</span>`,
    num(file.stats.words, number),
    cell(pageLix(file) === null ? t.none : `${number.format(file.stats.lix!)}${isOverLixLimit(file) ? ' ▲' : ''}`),
    num(file.messages.length, number),
    num(count(file, 'error'), number)
  ]
  const pageHeaders = [t.page, t.words, t.lix, t.findings, t.errors]
  const worst = [...result.files]
    .filter((file) => file.messages.length > 0)
    .sort((a, b) => count(b, 'error') - count(a, 'error') || b.messages.length - a.messages.length || byPath(a, b))
    .slice(0, options.worst ?? 20)
  const worstSection =
    worst.length === 0
      ? `<p>${e(t.noFindings)}</p>`
      : `<p>${e(t.worstIntro(worst.length, result.files.length))} ${e(t.overLimitMark)}</p>` +
        table(t.worstHeading, pageHeaders, worst.map(pageRow), 'worst-table')
  const allPages =
    `<details><summary>${e(t.allPages(result.files.length))}</summary>` +
    table(t.allPages(result.files.length), pageHeaders, [...result.files].sort(byPath).map(pageRow), 'pages-table') +
    '</details>'

  // Trends
  let trendSection = ''
  if (options.history) {
    const runs = options.history
    const labels = runs.map((run) => run.date.slice(0, 10))
    const chart = lineChart(
      labels,
      [
        {key: 'findingsPer1000Words', name: t.seriesFindings, color: colors.blue, values: runs.map((run) => run.findingsPer1000Words)},
        {key: 'medianLix', name: t.seriesMedianLix, color: colors.orange, values: runs.map((run) => run.medianLix), dash: '8 4'},
        {
          key: 'overLixLimitShare',
          name: t.seriesOverLimit,
          color: colors.green,
          values: runs.map((run) => (run.overLixLimitShare === null ? null : Math.round(run.overLixLimitShare * 1000) / 10)),
          dash: '2 3'
        }
      ],
      {id: 'trend-chart', title: t.trendsChartTitle, desc: t.trendsChartDesc(runs.length), locale: t.locale}
    )
    const rows = runs.map((run): Cell[] => [
      `<span class="date">${e(run.date.slice(0, 16).replace('T', ' '))}</span>`,
      num(run.pages, number),
      num(run.words, number),
      num(run.findings, number),
      cell(show(run.findingsPer1000Words)),
      cell(show(run.medianLix)),
      cell(show(run.overLixLimitShare, percent)),
      num(run.staleContent, number),
      num(run.missingContact, number)
    ])
    trendSection =
      `<section aria-labelledby="trends"><h2 id="trends">${e(t.trendsHeading)}</h2>` +
      (runs.length < 2 ? `<p>${e(t.trendsOneRun)}</p>` : '') +
      chart +
      table(
        t.trendsChartTitle,
        [t.run, t.pages, t.words, t.findings, t.findingsPer1000, t.medianLix, t.overLixLimit, t.staleContent, t.missingContact],
        rows,
        'trend-table'
      ) +
      '</section>'
  }

  const date = summary.date.slice(0, 16).replace('T', ' ') + ' UTC'
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(t.title)} – ${e(date)}</title>
<style>${css}</style>
</head>
<body>
<a class="skip" href="#main">${e(t.skipToContent)}</a>
<main id="main">
<h1>${e(t.title)}</h1>
<p class="meta">${e(t.generated(date, summary.toolVersion))}</p>
<section aria-labelledby="summary"><h2 id="summary">${e(t.summaryHeading)}</h2><dl class="figures">${figures.join('')}</dl></section>
<section aria-labelledby="lix"><h2 id="lix">${e(t.lixHeading)}</h2>${lixSection}</section>
<section aria-labelledby="rules"><h2 id="rules">${e(t.rulesHeading)}</h2>${rulesSection}</section>
<section aria-labelledby="worst"><h2 id="worst">${e(t.worstHeading)}</h2>${worstSection}${allPages}</section>
${trendSection}
</main>
</body>
</html>
`
}

/** A table cell: escaped HTML, or a figure (right-aligned, escaped here). */
type Cell = string | {figure: string}

function cell(text: string): Cell {
  return {figure: text}
}

function num(value: number, format?: Intl.NumberFormat): Cell {
  return cell(format ? format.format(value) : String(value))
}

/** A data table with a caption, column headers and row headers (the first column). */
function table(caption: string, headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>, id: string): string {
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'object'))
  const head = headers.map((header, column) => `<th scope="col"${numeric[column] ? ' class="number"' : ''}>${e(header)}</th>`).join('')
  const body = rows
    .map((row) => {
      const cells = row.map((value, column) => {
        const html = typeof value === 'string' ? value : e(value.figure)
        const attributes = (column === 0 ? ' scope="row"' : '') + (typeof value === 'object' ? ' class="number"' : '')
        const tag = column === 0 ? 'th' : 'td'
        return `<${tag}${attributes}>${html}</${tag}>`
      })
      return `<tr>${cells.join('')}</tr>`
    })
    .join('\n')
  // A wide table scrolls inside its own box (reachable by keyboard) instead of widening the page.
  const html = `<table id="${id}"><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
  return `<div class="scroll" role="region" tabindex="0" aria-label="${e(caption)}">${html}</div>`
}
