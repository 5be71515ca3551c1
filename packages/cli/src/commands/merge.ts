import {readFile, writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {formatResult, mergeResults, parseResultDocument, type LintResult} from '@klarsprak/core'
import {outputFormats, type OutputFormat} from '../lint-flags.js'
import {UsageError} from '../errors.js'
import {rulesThatRan} from '../rules-ran.js'
import type {Io} from './check.js'

/** Read JSON result files (`klarsprak check --format json`), checking each; a bad one stops with its name. */
export async function readResultFiles(names: readonly string[], cwd: string): Promise<Array<{name: string; result: LintResult}>> {
  const inputs = []
  for (const name of names) {
    let text: string
    try {
      text = await readFile(resolve(cwd, name), 'utf8')
    } catch {
      throw new UsageError(`No such result file: ${name}`)
    }
    try {
      inputs.push({name, result: parseResultDocument(text, name)})
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }
  return inputs
}

/** `klarsprak merge RESULTS.json...`: one result from many, in any output format; exit code as `check` would give. */
export async function runMerge(argv: string[], io: Io): Promise<number> {
  let values: {format?: string; output?: string; color?: boolean; 'no-color'?: boolean}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'}
      }
    }))
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ' (see `klarsprak merge --help`)')
  }
  const format = values.format ?? 'stylish'
  if (!outputFormats.includes(format as OutputFormat)) throw new UsageError(`Unknown --format \`${format}\`; expected one of ${outputFormats.join(', ')}`)
  if (positionals.length === 0) throw new UsageError('No result files given: try `klarsprak merge shard-*.json --format sarif`')

  const {result, warnings} = mergeResults(await readResultFiles(positionals, io.cwd))
  for (const warning of warnings) io.stderr.write(`klarsprak: ${warning}\n`)
  result.rules = rulesThatRan(result.files)

  const color = !values.output && !values['no-color'] && (values.color === true || (io.stdout.isTTY === true && !process.env.NO_COLOR && !process.env.CI))
  const text = formatResult(result, format as OutputFormat, {color, cwd: io.cwd})
  if (values.output) await writeFile(resolve(io.cwd, values.output), text, 'utf8')
  else io.stdout.write(text)
  return result.summary.errors > 0 ? 1 : 0
}
