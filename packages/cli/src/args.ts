import {availableParallelism} from 'node:os'
import {UsageError} from './errors.js'
import {integer, lintFlagOptions, parseFlags, readLintFlags, type LintFlags} from './lint-flags.js'

export {outputFormats, type OutputFormat} from './lint-flags.js'

export interface CheckArgs extends LintFlags {
  paths: string[]
  stdin: boolean
  stdinFilename?: string
  fix: boolean
  fixDryRun: boolean
  jobs: number
  /** `--cache` (also set by `--cache-location`). */
  cache: boolean
  cacheLocation?: string
}

/** Parse the flags of `klarsprak check` (cli.md); a bad flag or value throws a UsageError. */
export function parseCheckArgs(argv: string[], isTerminal: boolean): CheckArgs {
  const {values, positionals} = parseFlags('check', argv, {
    ...lintFlagOptions,
    stdin: {type: 'boolean'},
    'stdin-filename': {type: 'string'},
    fix: {type: 'boolean'},
    'fix-dry-run': {type: 'boolean'},
    jobs: {type: 'string', short: 'j'},
    cache: {type: 'boolean'},
    'cache-location': {type: 'string'}
  })
  const flags = readLintFlags(values, isTerminal)

  const stdin = values.stdin === true
  if (stdin && positionals.length > 0) throw new UsageError('Give either paths or --stdin, not both')
  if (!stdin && positionals.length === 0) throw new UsageError('No paths given: try `klarsprak check .` or `--stdin`')
  if (stdin && values.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to print the fixed text')

  const cache = values.cache === true || values['cache-location'] !== undefined
  if (stdin && (cache || flags.shard)) throw new UsageError(`${cache ? '--cache' : '--shard'} works on files, not on standard input`)
  if (flags.updateBaseline && (values.fix || values['fix-dry-run'])) throw new UsageError('Give either --update-baseline or --fix, not both')

  return {
    ...flags,
    paths: positionals,
    stdin,
    stdinFilename: values['stdin-filename'] as string | undefined,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    jobs: integer(values.jobs as string | undefined, '--jobs', 1) ?? availableParallelism(),
    cache,
    cacheLocation: values['cache-location'] as string | undefined
  }
}
