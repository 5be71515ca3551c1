import {join} from 'node:path'
import {
  ConfigFinder,
  Linter,
  RuleRegistry,
  SettingsResolver,
  addFingerprints,
  isIgnoredByConfig,
  languageFromTag,
  loadConfigFile,
  ruleUrl,
  type CliOverrides,
  type Config,
  type FileResult,
  type FileSettings,
  type HtmlSelection,
  type Language,
  type LintResult,
  type Summary
} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {webRules} from '@klarsprak/rules-web'
import {crawl, type CrawlOptions, type CrawlOutcome, type FetchedPage, type PageEntry} from './crawl.js'

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
}

export interface SiteCheckResult {
  /** The result in core's format: one file per page, with the page URL as its path. */
  result: LintResult
  /** The page list, in order (the same order as `result.files`). */
  pages: string[]
  outcome: CrawlOutcome
  /** Rules that threw on some page (reported once each); the other rules still ran. */
  failures: Array<{ruleId: string; path: string; message: string}>
}

export function createSiteRegistry(): RuleRegistry {
  return new RuleRegistry([swedish, english], webRules)
}

/**
 * `klarsprak site`: crawl, lint every page's main content (and run the web-page rules on the whole page), and
 * return a core LintResult. A page that failed to load is a file with one `fetch-error` message.
 */
export async function checkSite(options: SiteCheckOptions): Promise<SiteCheckResult> {
  const registry = createSiteRegistry()
  const linter = new Linter(registry)
  const resolver = new SettingsResolver(registry, {basePreset: 'klarsprak:web', ...options.overrides})
  const finder = new ConfigFinder(registry)
  const explicit = options.configPath ? await loadConfigFile(join(options.cwd, options.configPath), registry) : undefined
  const configFor = async (path: string): Promise<Config | undefined> => (options.noConfig ? undefined : (explicit ?? finder.forFile(path)))
  const settingsAt = async (url: string): Promise<{settings: FileSettings; ignored: boolean; path: string}> => {
    // A page's URL path stands for a file path under the working folder, so config `overrides` and `ignore`
    // globs (`nyheter/**`) apply to URL paths.
    const path = join(options.cwd, virtualPath(url))
    const config = await configFor(path)
    return {settings: resolver.settingsFor(path, config), ignored: isIgnoredByConfig(config, path), path}
  }
  // Load the config before the first request, so a broken one stops the run at once.
  await settingsAt(options.start).catch((error: unknown) => {
    throw error
  })

  const results = new Map<string, Promise<FileResult | undefined>>()
  const lintPage = async (page: FetchedPage): Promise<FileResult | undefined> => {
    const {settings, ignored} = await settingsAt(page.url)
    if (ignored) return undefined
    try {
      return await linter.lint(
        {path: page.url, value: page.html, format: 'html', html: options.html, page: {lastModified: page.lastModified, now: options.now}},
        settings
      )
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0]
      return errorResult(page.url, settings, 'parse-error', {sv: `Sidan kunde inte tolkas: ${reason}`, en: `The page could not be parsed: ${reason}`})
    }
  }
  const outcome = await crawl(options, (page) => {
    results.set(page.url, lintPage(page))
  })

  const files: FileResult[] = []
  const pages: string[] = []
  for (const entry of outcome.pages) {
    const file = await resultOf(entry, results, settingsAt)
    if (!file) continue
    files.push(file)
    pages.push(file.path)
  }
  const failures = linter.failures.map((failure) => ({ruleId: failure.ruleId, path: failure.path, message: failure.error.message}))
  return {result: toLintResult(files, registry, options), pages, outcome, failures}
}

async function resultOf(
  entry: PageEntry,
  results: Map<string, Promise<FileResult | undefined>>,
  settingsAt: (url: string) => Promise<{settings: FileSettings; ignored: boolean}>
): Promise<FileResult | undefined> {
  if (entry.ok) return results.get(entry.url)
  const {settings} = await settingsAt(entry.url)
  return errorResult(entry.url, settings, 'fetch-error', entry.reason)
}

/** `/nyheter/2026/` → `nyheter/2026/index.html`: what a static site generator would have written. */
function virtualPath(url: string): string {
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    path = '/'
  }
  if (path.endsWith('/')) path += 'index.html'
  return path.replace(/^\/+/, '').replace(/\.\.(\/|$)/g, '') || 'index.html'
}

/** A page that could not be checked: one message at 1:1, in the configured language (Swedish by default). */
export function errorResult(path: string, settings: FileSettings, ruleId: 'fetch-error' | 'parse-error', reason: {sv: string; en: string}): FileResult {
  const language: Language = settings.language === 'auto' ? (languageFromTag(process.env.LANG) ?? 'sv') : settings.language
  const severity = settings.rules.get(ruleId)?.severity ?? 'error'
  const result: FileResult = {
    path,
    language,
    textType: settings.textType,
    stats: {words: 0, sentences: 0, longWords: 0, lix: null, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0},
    messages:
      severity === 'off'
        ? []
        : [{ruleId, severity, message: reason[language], line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleUrl(ruleId), fingerprint: ''}]
  }
  addFingerprints(path, result.messages, () => '')
  return result
}

/** Summary and rule list as `klarsprak check` builds them; `quiet` keeps errors only. */
export function toLintResult(files: FileResult[], registry: RuleRegistry, options: {quiet?: boolean; version?: string}): LintResult {
  const summary: Summary = {files: files.length, errors: 0, warnings: 0, infos: 0, fixed: 0}
  for (const file of files) {
    if (options.quiet) file.messages = file.messages.filter((message) => message.severity === 'error')
    for (const message of file.messages) {
      if (message.severity === 'error') summary.errors++
      else if (message.severity === 'warning') summary.warnings++
      else summary.infos++
    }
  }
  const languages = new Set(files.map((file) => file.language))
  const reported = new Set(files.flatMap((file) => file.messages.map((message) => message.ruleId)))
  const rules = registry
    .all()
    .filter((rule) => reported.has(rule.meta.id) || [...languages].some((language) => rule.implementations[language]))
    .map((rule) => ({id: rule.meta.id, description: rule.meta.description.en, url: ruleUrl(rule.meta.id), defaultSeverity: rule.meta.defaultSeverity}))
  return {version: 1, tool: {name: 'klarsprak', version: options.version ?? '0.1.0'}, files, summary, rules}
}
