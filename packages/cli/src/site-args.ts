import {UsageError} from './errors.js'
import {integer, lintFlagOptions, parseFlags, readLintFlags, type LintFlags} from './lint-flags.js'

export interface SiteArgs extends LintFlags {
  url: string
  maxPages: number
  maxDepth: number
  concurrency: number
  delayMs: number
  timeoutMs: number
  userAgent?: string
  allowHosts: string[]
  selector?: string
  exclude: string[]
  progress: boolean
  jobs?: number
  /** `--report DIR`: write the HTML report there. */
  report?: string
  /** `--history DIR`: add this run's figures to the history there (and show the trend in the report). */
  history?: string
}

/** Parse the flags of `klarsprak site` (site.md); a bad flag or value throws a UsageError. */
export function parseSiteArgs(argv: string[], isTerminal: boolean): SiteArgs {
  const {values, positionals} = parseFlags('site', argv, {
    ...lintFlagOptions,
    'max-pages': {type: 'string'},
    'max-depth': {type: 'string'},
    concurrency: {type: 'string'},
    delay: {type: 'string'},
    timeout: {type: 'string'},
    'user-agent': {type: 'string'},
    'allow-host': {type: 'string', multiple: true},
    selector: {type: 'string'},
    exclude: {type: 'string', multiple: true},
    progress: {type: 'boolean'},
    'no-progress': {type: 'boolean'},
    jobs: {type: 'string', short: 'j'},
    report: {type: 'string'},
    history: {type: 'string'}
  })
  const flags = readLintFlags(values, isTerminal)

  if (positionals.length !== 1) throw new UsageError('Give one URL: a page to start from or a sitemap, e.g. `klarsprak site https://kommun.example.se/`')
  const url = positionals[0]!
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(`Not a URL: \`${url}\`; give a full address such as https://kommun.example.se/`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`Only http and https URLs can be checked, not \`${parsed.protocol}\``)

  const allowHosts = ((values['allow-host'] as string[] | undefined) ?? []).map((host) => {
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) && !/^\[[0-9a-f:]+\](:\d+)?$/i.test(host)) throw new UsageError(`Bad --allow-host \`${host}\`; give a host name such as www.kommun.example.se`)
    return host.toLowerCase()
  })

  const timeout = number(values.timeout as string | undefined, '--timeout', 0.001) ?? 15
  return {
    ...flags,
    url,
    maxPages: integer(values['max-pages'] as string | undefined, '--max-pages', 1) ?? 500,
    maxDepth: integer(values['max-depth'] as string | undefined, '--max-depth', 0) ?? 10,
    concurrency: integer(values.concurrency as string | undefined, '--concurrency', 1) ?? 4,
    delayMs: integer(values.delay as string | undefined, '--delay', 0) ?? 250,
    timeoutMs: Math.round(timeout * 1000),
    userAgent: values['user-agent'] as string | undefined,
    allowHosts,
    selector: values.selector as string | undefined,
    exclude: (values.exclude as string[] | undefined) ?? [],
    progress: values['no-progress'] ? false : values.progress === true || (isTerminal && !process.env.CI),
    jobs: integer(values.jobs as string | undefined, '--jobs', 0),
    report: values.report as string | undefined,
    history: values.history as string | undefined
  }
}

function number(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min) throw new UsageError(`${flag} expects a number of seconds, got \`${value}\``)
  return parsed
}
