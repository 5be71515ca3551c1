import {parseArgs} from 'node:util'
import {availableParallelism} from 'node:os'
import {parseShard, textTypes, type Severity, type Shard, type TextType} from '@klarsprak/core'
import {UsageError} from './errors.js'

export const outputFormats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface CheckArgs {
  paths: string[]
  stdin: boolean
  stdinFilename?: string
  format: OutputFormat
  output?: string
  lang?: 'sv' | 'en' | 'auto'
  textType?: TextType
  config?: string
  noConfig: boolean
  rules: Record<string, Severity>
  fix: boolean
  fixDryRun: boolean
  maxWarnings?: number
  quiet: boolean
  jobs: number
  color: boolean
  /** `--cache` (also set by `--cache-location`). */
  cache: boolean
  cacheLocation?: string
  baseline?: string
  updateBaseline: boolean
  shard?: Shard
}

const severities = ['off', 'info', 'warning', 'error']

/** Parse the flags of `klarsprak check` (cli.md); a bad flag or value throws a UsageError. */
export function parseCheckArgs(argv: string[], isTerminal: boolean): CheckArgs {
  let values: Record<string, string | boolean | string[] | undefined>
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        lang: {type: 'string'},
        'text-type': {type: 'string'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        rule: {type: 'string', multiple: true},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        baseline: {type: 'string'},
        'update-baseline': {type: 'boolean'},
        shard: {type: 'string'}
      }
    }) as never)
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ' (see `klarsprak check --help`)')
  }

  const format = (values.format as string | undefined) ?? 'stylish'
  if (!outputFormats.includes(format as OutputFormat)) {
    throw new UsageError(`Unknown --format \`${format}\`; expected one of ${outputFormats.join(', ')}`)
  }
  const lang = values.lang as string | undefined
  if (lang !== undefined && !['sv', 'en', 'auto'].includes(lang)) throw new UsageError(`Unknown --lang \`${lang}\`; expected sv, en or auto`)
  const textType = values['text-type'] as string | undefined
  if (textType !== undefined && !textTypes.includes(textType as TextType)) {
    throw new UsageError(`Unknown --text-type \`${textType}\`; expected one of ${textTypes.join(', ')}`)
  }

  const rules: Record<string, Severity> = {}
  for (const value of (values.rule as string[] | undefined) ?? []) {
    const at = value.lastIndexOf(':')
    const id = value.slice(0, at)
    const severity = value.slice(at + 1)
    if (at <= 0 || !severities.includes(severity)) {
      throw new UsageError(`Bad --rule \`${value}\`; expected ID:SEVERITY with SEVERITY off, info, warning or error`)
    }
    rules[id] = severity as Severity
  }

  const maxWarnings = integer(values['max-warnings'] as string | undefined, '--max-warnings', 0)
  const jobs = integer(values.jobs as string | undefined, '--jobs', 1) ?? availableParallelism()

  const stdin = values.stdin === true
  if (stdin && positionals.length > 0) throw new UsageError('Give either paths or --stdin, not both')
  if (!stdin && positionals.length === 0) throw new UsageError('No paths given: try `klarsprak check .` or `--stdin`')
  if (stdin && values.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to print the fixed text')
  if (values.config && values['no-config']) throw new UsageError('Give either --config or --no-config, not both')

  let shard: Shard | undefined
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard as string)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }
  const cache = values.cache === true || values['cache-location'] !== undefined
  if (stdin && (cache || shard)) throw new UsageError(`${cache ? '--cache' : '--shard'} works on files, not on standard input`)
  if (values['update-baseline'] && values.baseline === undefined) {
    throw new UsageError('--update-baseline needs --baseline FILE: the file to write, for example --baseline .klarsprak-baseline.json')
  }
  if (values['update-baseline'] && (values.fix || values['fix-dry-run'])) throw new UsageError('Give either --update-baseline or --fix, not both')

  return {
    paths: positionals,
    stdin,
    stdinFilename: values['stdin-filename'] as string | undefined,
    format: format as OutputFormat,
    output: values.output as string | undefined,
    lang: lang as CheckArgs['lang'],
    textType: textType as TextType | undefined,
    config: values.config as string | undefined,
    noConfig: values['no-config'] === true,
    rules,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    maxWarnings,
    quiet: values.quiet === true,
    jobs,
    color: values['no-color'] ? false : values.color === true || (isTerminal && !process.env.NO_COLOR),
    cache,
    cacheLocation: values['cache-location'] as string | undefined,
    baseline: values.baseline as string | undefined,
    updateBaseline: values['update-baseline'] === true,
    shard
  }
}

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${flag} expects a whole number of at least ${min}, got \`${value}\``)
  return number
}
