import {parseArgs} from 'node:util'
import {textTypes, type Severity, type TextType} from '@klarsprak/core'
import {outputFormats, type OutputFormat} from './args.js'
import {UsageError} from './errors.js'

export interface SiteArgs {
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
  format: OutputFormat
  output?: string
  lang?: 'sv' | 'en' | 'auto'
  textType?: TextType
  config?: string
  noConfig: boolean
  rules: Record<string, Severity>
  maxWarnings?: number
  quiet: boolean
  progress: boolean
  color: boolean
  jobs?: number
}

const severities = ['off', 'info', 'warning', 'error']

/** Parse the flags of `klarsprak site` (site.md); a bad flag or value throws a UsageError. */
export function parseSiteArgs(argv: string[], isTerminal: boolean): SiteArgs {
  let values: Record<string, string | boolean | string[] | undefined>
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'max-pages': {type: 'string'},
        'max-depth': {type: 'string'},
        concurrency: {type: 'string'},
        delay: {type: 'string'},
        timeout: {type: 'string'},
        'user-agent': {type: 'string'},
        'allow-host': {type: 'string', multiple: true},
        selector: {type: 'string'},
        exclude: {type: 'string', multiple: true},
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        lang: {type: 'string'},
        'text-type': {type: 'string'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        rule: {type: 'string', multiple: true},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean'},
        progress: {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
        'no-progress': {type: 'boolean'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'}
      }
    }) as never)
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ' (see `klarsprak site --help`)')
  }

  if (positionals.length !== 1) throw new UsageError('Give one URL: a page to start from or a sitemap, e.g. `klarsprak site https://kommun.example.se/`')
  const url = positionals[0]!
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(`Not a URL: \`${url}\`; give a full address such as https://kommun.example.se/`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`Only http and https URLs can be checked, not \`${parsed.protocol}\``)

  const format = (values.format as string | undefined) ?? 'stylish'
  if (!outputFormats.includes(format as OutputFormat)) throw new UsageError(`Unknown --format \`${format}\`; expected one of ${outputFormats.join(', ')}`)
  const lang = values.lang as string | undefined
  if (lang !== undefined && !['sv', 'en', 'auto'].includes(lang)) throw new UsageError(`Unknown --lang \`${lang}\`; expected sv, en or auto`)
  const textType = values['text-type'] as string | undefined
  if (textType !== undefined && !textTypes.includes(textType as TextType)) throw new UsageError(`Unknown --text-type \`${textType}\`; expected one of ${textTypes.join(', ')}`)
  const rules: Record<string, Severity> = {}
  for (const value of (values.rule as string[] | undefined) ?? []) {
    const at = value.lastIndexOf(':')
    const severity = value.slice(at + 1)
    if (at <= 0 || !severities.includes(severity)) throw new UsageError(`Bad --rule \`${value}\`; expected ID:SEVERITY with SEVERITY off, info, warning or error`)
    rules[value.slice(0, at)] = severity as Severity
  }
  if (values.config && values['no-config']) throw new UsageError('Give either --config or --no-config, not both')
  const allowHosts = ((values['allow-host'] as string[] | undefined) ?? []).map((host) => {
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) && !/^\[[0-9a-f:]+\](:\d+)?$/i.test(host)) throw new UsageError(`Bad --allow-host \`${host}\`; give a host name such as www.kommun.example.se`)
    return host.toLowerCase()
  })

  const timeout = number(values.timeout as string | undefined, '--timeout', 0.001) ?? 15
  return {
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
    format: format as OutputFormat,
    output: values.output as string | undefined,
    lang: lang as SiteArgs['lang'],
    textType: textType as TextType | undefined,
    config: values.config as string | undefined,
    noConfig: values['no-config'] === true,
    rules,
    maxWarnings: integer(values['max-warnings'] as string | undefined, '--max-warnings', 0),
    quiet: values.quiet === true,
    progress: values['no-progress'] ? false : values.progress === true || (isTerminal && !process.env.CI),
    jobs: integer(values.jobs as string | undefined, '--jobs', 0),
    color: values['no-color'] ? false : values.color === true || (isTerminal && !process.env.NO_COLOR)
  }
}

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < min) throw new UsageError(`${flag} expects a whole number of at least ${min}, got \`${value}\``)
  return parsed
}

function number(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min) throw new UsageError(`${flag} expects a number of seconds, got \`${value}\``)
  return parsed
}
