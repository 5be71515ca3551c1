import {mkdir} from 'node:fs/promises'
import {join, relative, resolve} from 'node:path'
import type {Language, LintResult} from '@klarsprak/core'
import {appendHistory, readHistory, writeFileAtomically} from './history.js'
import {relativeHref, renderReport} from './html.js'
import {summarize, type RunSummary} from './summary.js'

export interface WriteReportOptions {
  /** Folder to write `index.html` to (created if needed). */
  out: string
  /** History folder: this run's figures are added to it and the report shows every run found there. */
  history?: string
  /** Interface language; default: the language of most pages. */
  lang?: Language
  /** The run's date (default `KLARSPRAK_RUN_DATE`, else now). */
  date?: string | Date
  /** The folder the result's file paths are relative to, for links from the report to the files. Default: cwd. */
  cwd?: string
  /** Told about history files that could not be read (they are skipped). */
  onProblem?: (file: string, reason: string) => void
}

export interface WrittenReport {
  /** The report's `index.html`. */
  file: string
  summary: RunSummary
  /** The runs shown in the trend section (this one included); `undefined` without a history folder. */
  history?: RunSummary[]
  /** The history file written for this run. */
  historyFile?: string
}

/** Summarize a result, add it to the history (if given) and write the HTML report to `out/index.html`. */
export async function writeReport(result: LintResult, options: WriteReportOptions): Promise<WrittenReport> {
  const summary = summarize(result, {date: options.date})
  let history: RunSummary[] | undefined
  let historyFile: string | undefined
  if (options.history) {
    historyFile = await appendHistory(options.history, summary)
    history = await readHistory(options.history, options.onProblem)
  }
  const out = resolve(options.out)
  const cwd = resolve(options.cwd ?? process.cwd())
  const html = renderReport(result, {
    lang: options.lang,
    summary,
    history,
    fileHref: (path) => relativeHref(relative(out, resolve(cwd, path)).split('\\').join('/'))
  })
  await mkdir(out, {recursive: true})
  const file = join(out, 'index.html')
  await writeFileAtomically(file, html)
  return {file, summary, history, historyFile}
}
