import {relative, resolve} from 'node:path'
import {inShard, summarizeFiles, type LintResult} from '@klarsprak/core'
import {useBaseline} from '../baseline-file.js'
import {UsageError} from '../errors.js'
import {exitCodeOf, writeResult} from '../report-output.js'
import {parseSiteArgs, type SiteArgs} from '../site-args.js'
import {version} from '../version.js'
import type {Io} from './check.js'

/** `klarsprak site URL`: returns the exit code as `check` does (0 clean, 1 errors or too many warnings). */
export async function runSite(argv: string[], io: Io): Promise<number> {
  const args = parseSiteArgs(argv, io.stderr.isTTY === true)
  // Loaded only for this command, so `klarsprak check` starts as fast as before.
  const site = await import('@klarsprak/site')
  if (args.selector !== undefined || args.exclude.length > 0) validateSelectors([args.selector, ...args.exclude].filter((s) => s !== undefined), await import('hast-util-select'))

  const progress = args.progress ? progressPrinter(io) : undefined
  const {result, outcome, failures} = await site.checkSite({
    start: args.url,
    cwd: io.cwd,
    configPath: args.config,
    noConfig: args.noConfig,
    overrides: {language: args.lang, textType: args.textType, rules: args.rules},
    html: {selector: args.selector, exclude: args.exclude},
    quiet: args.quiet,
    version,
    maxPages: args.maxPages,
    maxDepth: args.maxDepth,
    concurrency: args.concurrency,
    delayMs: args.delayMs,
    timeoutMs: args.timeoutMs,
    userAgent: args.userAgent ?? `klarsprak/${version} (+https://github.com/klarsprak/klarsprak)`,
    allowHosts: args.allowHosts,
    jobs: args.jobs,
    include: args.shard ? (url) => inShard(url, args.shard!) : undefined,
    onProgress: progress?.update
  })
  progress?.done()

  for (const failure of failures) io.stderr.write(`klarsprak: rule ${failure.ruleId} failed on ${failure.path} and was skipped: ${failure.message}\n`)
  if (!args.quiet && outcome.skipped.length > 0) io.stderr.write(skippedSummary(outcome.skipped))

  if (args.baseline) await hideBaseline(result, args, io)
  if (args.report || args.history) await writeSiteReport(result, args, io)

  await writeResult(result, args, io)
  return exitCodeOf(result, args, io)
}

/** `--baseline FILE` / `--update-baseline`: keep only findings that are new, and count the summary again. */
async function hideBaseline(result: LintResult, args: SiteArgs, io: Io) {
  const note = (text: string) => io.stderr.write(`klarsprak: ${text}\n`)
  const {files, hidden} = await useBaseline(result.files, {file: args.baseline!, update: args.updateBaseline, cwd: io.cwd, note})
  result.files = files
  result.summary = summarizeFiles(files)
  result.hiddenByBaseline = hidden
}

/** `--report DIR` writes the HTML report; `--history DIR` adds this run's figures to the history (and the report). */
async function writeSiteReport(result: LintResult, args: SiteArgs, io: Io) {
  const report = await import('@klarsprak/report')
  const history = args.history === undefined ? undefined : resolve(io.cwd, args.history)
  const date = process.env.KLARSPRAK_RUN_DATE
  if (!args.report) {
    const file = await report.appendHistory(history!, report.summarize(result, {date}))
    io.stderr.write(`klarsprak: added this run to the history (${relative(io.cwd, file) || file})\n`)
    return
  }
  const written = await report.writeReport(result, {
    out: resolve(io.cwd, args.report),
    history,
    date,
    cwd: io.cwd,
    onProblem: (file, reason) => io.stderr.write(`klarsprak: skipped history file ${file}: ${reason}\n`)
  })
  io.stderr.write(`klarsprak: wrote ${relative(io.cwd, written.file) || written.file} (${written.summary.pages} pages)\n`)
}

function validateSelectors(selectors: string[], {select}: {select: (selector: string, tree: never) => unknown}) {
  for (const selector of selectors) {
    try {
      select(selector, {type: 'root', children: []} as never)
    } catch (error) {
      throw new UsageError(`Bad CSS selector \`${selector}\`: ${(error as Error).message.split('\n')[0]}`)
    }
  }
}

/** Links not checked, grouped by reason: a few lines, not one per link. */
function skippedSummary(skipped: Array<{url: string; reason: {en: string}}>): string {
  const groups = new Map<string, string[]>()
  for (const item of skipped) {
    const key = item.reason.en.replace(/ \(.*\)$/, '').replace(/^the same page as .*/, 'duplicates (same canonical URL)')
    groups.set(key, [...(groups.get(key) ?? []), item.url])
  }
  let text = ''
  for (const [reason, urls] of groups) {
    text += `klarsprak: not checked, ${reason}: ${urls.length === 1 ? urls[0] : `${urls.length} addresses, e.g. ${urls[0]}`}\n`
  }
  return text
}

interface Progress {
  done: number
  queued: number
  failed: number
  rate: number
}

/** Pages done, queued, failed and the rate on standard error: one updating line on a terminal, else a line a second. */
function progressPrinter(io: Io) {
  const terminal = io.stderr.isTTY === true
  let last = 0
  let shown = false
  let latest: Progress | undefined
  const line = (progress: Progress) =>
    `klarsprak: ${progress.done} ${progress.done === 1 ? 'page' : 'pages'} done, ${progress.queued} queued, ${progress.failed} failed, ${progress.rate.toFixed(1)} pages/s`
  return {
    update(progress: Progress) {
      latest = progress
      const now = Date.now()
      if (now - last < (terminal ? 100 : 1000)) return
      last = now
      shown = true
      latest = undefined
      io.stderr.write(terminal ? `\r\u001b[K${line(progress)}` : line(progress) + '\n')
    },
    done() {
      if (terminal && shown) io.stderr.write('\r\u001b[K')
      // In a log, the last figures are worth a line.
      else if (!terminal && latest) io.stderr.write(line(latest) + '\n')
    }
  }
}

export type {SiteArgs}
