import {availableParallelism} from 'node:os'
import {summarizeFiles, type CliOverrides, type FileResult, type HtmlSelection, type LintResult, type RuleRegistry} from '@klarsprak/core'
import {crawl, type CrawlOptions, type CrawlOutcome, type PageEntry} from './crawl.js'
import {LintPool} from './lint-pool.js'
import {createSiteRegistry, errorResult, type PageLinter, type RuleFailureReport} from './page-linter.js'

export {createSiteRegistry, errorResult} from './page-linter.js'

export interface SiteCheckOptions extends CrawlOptions {
  /** Folder whose config applies (looked up upwards), and against which URL paths match config globs. */
  cwd: string
  /** `--config FILE` */
  configPath?: string
  /** `--no-config` */
  noConfig?: boolean
  /** `--lang`, `--text-type`, `--rule`; the base preset is `klarsprak:web` unless given. */
  overrides?: CliOverrides
  /** `--selector` / `--exclude`. */
  html?: HtmlSelection
  /** Report errors only. */
  quiet?: boolean
  /** Version written to the result (default this package's). */
  version?: string
  /** The time stale-content judges against (default now). */
  now?: Date
  /**
   * Worker threads that lint pages while the crawl goes on (default: one less than the cores, at most 4; none on a
   * machine with two cores or fewer, where a worker would compete with fetching and repeat the spelling work that
   * one thread caches). 0 lints in this thread.
   */
  jobs?: number
  /**
   * Only the pages this accepts are checked and reported (one shard of a CI matrix). A sitemap's other pages are
   * never fetched; in a crawl they are fetched for their links but not checked.
   */
  include?: (url: string) => boolean
}

export interface SiteCheckResult {
  /** The result in core's format: one file per page, with the page URL as its path. */
  result: LintResult
  /** The page list, in order (the same order as `result.files`). */
  pages: string[]
  outcome: CrawlOutcome
  /** Rules that threw on some page (reported once each); the other rules still ran. */
  failures: RuleFailureReport[]
}

/**
 * `klarsprak site`: crawl, lint every page's main content (and run the web-page rules on the whole page), and
 * return a core LintResult. A page that failed to load is a file with one `fetch-error` message.
 */
export async function checkSite(options: SiteCheckOptions): Promise<SiteCheckResult> {
  const pool = new LintPool(
    {cwd: options.cwd, configPath: options.configPath, noConfig: options.noConfig, overrides: options.overrides, html: options.html, now: options.now?.toISOString()},
    options.jobs ?? defaultWorkers()
  )
  try {
    // Load the config before the first request, so a broken one stops the run at once.
    await pool.local.settingsAt(options.start)
    const results = new Map<string, Promise<FileResult | undefined>>()
    const include = options.include
    const crawlOptions: CrawlOptions = include
      ? {...options, selectPages: (urls) => (options.selectPages?.(urls) ?? urls).filter(include)}
      : options
    const outcome = await crawl(crawlOptions, (page) => {
      if (include && !include(page.url)) return
      const result = pool.lint({url: page.url, html: page.html, lastModified: page.lastModified})
      result.catch(() => {})
      results.set(page.url, result)
    })
    const files: FileResult[] = []
    const pages: string[] = []
    for (const entry of outcome.pages) {
      if (include && !include(entry.url)) continue
      const file = await resultOf(entry, results, pool.local)
      if (!file) continue
      files.push(file)
      pages.push(file.path)
    }
    return {result: toLintResult(files, createSiteRegistry(), options), pages, outcome, failures: dedupe(pool.failures)}
  } finally {
    await pool.close()
  }
}

async function resultOf(entry: PageEntry, results: Map<string, Promise<FileResult | undefined>>, linter: PageLinter): Promise<FileResult | undefined> {
  if (entry.ok) return results.get(entry.url)
  const {settings} = await linter.settingsAt(entry.url)
  return errorResult(entry.url, settings, 'fetch-error', entry.reason)
}

function defaultWorkers(): number {
  const cores = availableParallelism()
  return cores <= 2 ? 0 : Math.min(4, cores - 1)
}

function dedupe(failures: RuleFailureReport[]): RuleFailureReport[] {
  const seen = new Set<string>()
  return failures.filter((failure) => !seen.has(failure.ruleId) && seen.add(failure.ruleId))
}

/** Summary and rule list as `klarsprak check` builds them; `quiet` keeps errors only. */
export function toLintResult(files: FileResult[], registry: RuleRegistry, options: {quiet?: boolean; version?: string}): LintResult {
  if (options.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.severity === 'error')
  return {version: 1, tool: {name: 'klarsprak', version: options.version ?? '0.1.0'}, files, summary: summarizeFiles(files), rules: registry.rulesThatRan(files)}
}
