import {join, resolve} from 'node:path'
import {
  ConfigFinder,
  Linter,
  NestingLimitError,
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
  type Language
} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {webRules} from '@klarsprak/rules-web'

/** What linting a page needs besides the page: plain data, so it can be handed to worker threads. */
export interface LintSetup {
  cwd: string
  configPath?: string
  noConfig?: boolean
  overrides?: CliOverrides
  html?: HtmlSelection
  /** ISO time stale-content judges against (default now). */
  now?: string
}

/** A page to lint, as the crawler hands it over. */
export interface PageToLint {
  url: string
  html: string
  lastModified?: string
}

export interface RuleFailureReport {
  ruleId: string
  path: string
  message: string
}

export function createSiteRegistry(): RuleRegistry {
  return new RuleRegistry([swedish, english], {pageRules: webRules})
}

/** Config lookup, settings and the linter for pages, in one thread. */
export class PageLinter {
  readonly registry = createSiteRegistry()
  readonly linter = new Linter(this.registry)
  readonly #resolver: SettingsResolver
  readonly #finder = new ConfigFinder(this.registry)
  readonly #explicit: Promise<Config> | undefined

  constructor(readonly setup: LintSetup) {
    this.#resolver = new SettingsResolver(this.registry, {basePreset: 'klarsprak:web', ...setup.overrides})
    if (setup.configPath) this.#explicit = loadConfigFile(resolve(setup.cwd, setup.configPath), this.registry)
  }

  /**
   * The settings of a page. Its URL path stands for a file path under the working folder, so config `overrides`
   * and `ignore` globs (`nyheter/**`) apply to URL paths.
   */
  async settingsAt(url: string): Promise<{settings: FileSettings; ignored: boolean}> {
    const path = join(this.setup.cwd, virtualPath(url))
    const config = this.setup.noConfig ? undefined : ((await this.#explicit) ?? (await this.#finder.forFile(path)))
    return {settings: this.#resolver.settingsFor(path, config), ignored: isIgnoredByConfig(config, path)}
  }

  /** Lint one page; `undefined` when config ignores it. A page the parser cannot handle gets a parse-error. */
  async lint(page: PageToLint): Promise<FileResult | undefined> {
    const {settings, ignored} = await this.settingsAt(page.url)
    if (ignored) return undefined
    try {
      return await this.linter.lint(
        {
          path: page.url,
          value: page.html,
          format: 'html',
          html: this.setup.html,
          page: {lastModified: page.lastModified, now: this.setup.now ? new Date(this.setup.now) : undefined}
        },
        settings
      )
    } catch (error) {
      if (error instanceof NestingLimitError) return errorResult(page.url, settings, 'parse-error', error.reason)
      const reason = (error as Error).message.split('\n')[0]
      return errorResult(page.url, settings, 'parse-error', {sv: `Sidan kunde inte tolkas: ${reason}`, en: `The page could not be parsed: ${reason}`})
    }
  }

  /** Rule failures since the last call. */
  takeFailures(): RuleFailureReport[] {
    return this.linter.failures.splice(0).map((failure) => ({ruleId: failure.ruleId, path: failure.path, message: failure.error.message}))
  }
}

/** `/nyheter/2026/` → `nyheter/2026/index.html`: what a static site generator would have written. */
export function virtualPath(url: string): string {
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
