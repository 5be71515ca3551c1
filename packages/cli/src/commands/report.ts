import {relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {mergeResults} from '@klarsprak/core'
import {writeReport} from '@klarsprak/report'
import {UsageError} from '../errors.js'
import type {Io} from './check.js'
import {readResultFiles} from './merge.js'

/** `klarsprak report RESULTS.json... --out DIR [--history DIR] [--lang sv|en] [--date ISO]`. */
export async function runReport(argv: string[], io: Io): Promise<number> {
  let values: {out?: string; history?: string; lang?: string; date?: string}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {out: {type: 'string', short: 'o'}, history: {type: 'string'}, lang: {type: 'string'}, date: {type: 'string'}}
    }))
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ' (see `klarsprak report --help`)')
  }
  if (positionals.length === 0) throw new UsageError('No result files given: try `klarsprak report result.json --out rapport`')
  if (!values.out) throw new UsageError('--out DIR is needed: the folder to write the report to')
  if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') throw new UsageError(`Unknown --lang \`${values.lang}\`; expected sv or en`)
  const date = values.date ?? process.env.KLARSPRAK_RUN_DATE
  if (date !== undefined && Number.isNaN(new Date(date).getTime())) {
    throw new UsageError(`--date expects a date such as 2026-05-01 or 2026-05-01T06:00:00Z, got \`${date}\``)
  }

  const {result, warnings} = mergeResults(await readResultFiles(positionals, io.cwd))
  for (const warning of warnings) io.stderr.write(`klarsprak: ${warning}\n`)
  const written = await writeReport(result, {
    out: resolve(io.cwd, values.out),
    history: values.history === undefined ? undefined : resolve(io.cwd, values.history),
    lang: values.lang as 'sv' | 'en' | undefined,
    date,
    cwd: io.cwd,
    onProblem: (file, reason) => io.stderr.write(`klarsprak: skipped history file ${file}: ${reason}\n`)
  })
  const runs = written.history ? `, ${written.history.length} ${written.history.length === 1 ? 'run' : 'runs'} in the history` : ''
  io.stderr.write(`klarsprak: wrote ${relative(io.cwd, written.file) || written.file} (${written.summary.pages} pages${runs})\n`)
  return 0
}
