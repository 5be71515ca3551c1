import {parseArgs} from 'node:util'
import {parseShard, textTypes, type Severity, type Shard, type TextType} from '@klarsprak/core'
import {UsageError} from './errors.js'

export const outputFormats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** Flags that `check` and `site` share: what is reported, how, and against which baseline. */
export interface LintFlags {
  format: OutputFormat
  output?: string
  lang?: 'sv' | 'en' | 'auto'
  textType?: TextType
  config?: string
  noConfig: boolean
  rules: Record<string, Severity>
  maxWarnings?: number
  quiet: boolean
  color: boolean
  baseline?: string
  updateBaseline: boolean
  shard?: Shard
}

/** The `parseArgs` options of the shared flags. */
export const lintFlagOptions = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  lang: {type: 'string'},
  'text-type': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  rule: {type: 'string', multiple: true},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  baseline: {type: 'string'},
  'update-baseline': {type: 'boolean'},
  shard: {type: 'string'}
} as const

export type FlagValues = Record<string, string | boolean | string[] | undefined>

const severities = ['off', 'info', 'warning', 'error']

/** `parseArgs` with a UsageError that names the command's help. */
export function parseFlags(
  command: string,
  argv: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options']
): {values: FlagValues; positionals: string[]} {
  try {
    return parseArgs({args: argv, allowPositionals: true, strict: true, options}) as never
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ` (see \`klarsprak ${command} --help\`)`)
  }
}

/** Validate the shared flags; a bad value throws a UsageError that says what is expected. */
export function readLintFlags(values: FlagValues, isTerminal: boolean): LintFlags {
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
    const severity = value.slice(at + 1)
    if (at <= 0 || !severities.includes(severity)) {
      throw new UsageError(`Bad --rule \`${value}\`; expected ID:SEVERITY with SEVERITY off, info, warning or error`)
    }
    rules[value.slice(0, at)] = severity as Severity
  }
  if (values.config && values['no-config']) throw new UsageError('Give either --config or --no-config, not both')

  let shard: Shard | undefined
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard as string)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }
  if (values['update-baseline'] && values.baseline === undefined) {
    throw new UsageError('--update-baseline needs --baseline FILE: the file to write, for example --baseline .klarsprak-baseline.json')
  }

  return {
    format: format as OutputFormat,
    output: values.output as string | undefined,
    lang: lang as LintFlags['lang'],
    textType: textType as TextType | undefined,
    config: values.config as string | undefined,
    noConfig: values['no-config'] === true,
    rules,
    maxWarnings: integer(values['max-warnings'] as string | undefined, '--max-warnings', 0),
    quiet: values.quiet === true,
    color: values['no-color'] ? false : values.color === true || (isTerminal && !process.env.NO_COLOR),
    baseline: values.baseline as string | undefined,
    updateBaseline: values['update-baseline'] === true,
    shard
  }
}

/** A whole-number flag of at least `min`; `undefined` when not given. */
export function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${flag} expects a whole number of at least ${min}, got \`${value}\``)
  return number
}
