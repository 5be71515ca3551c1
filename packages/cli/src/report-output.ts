import {writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {formatResult, type LintResult} from '@klarsprak/core'
import type {Io} from './commands/check.js'
import type {LintFlags} from './lint-flags.js'

/** Write the result in the chosen format to `--output` or standard output (colours only on a terminal). */
export async function writeResult(result: LintResult, flags: LintFlags, io: Io): Promise<void> {
  const text = formatResult(result, flags.format, {color: flags.output ? false : flags.color, cwd: io.cwd})
  if (flags.output) await writeFile(resolve(io.cwd, flags.output), text, 'utf8')
  else io.stdout.write(text)
}

/** The exit code of `check` and `site`: 1 for errors or more warnings than `--max-warnings`, else 0. */
export function exitCodeOf(result: LintResult, flags: LintFlags, io: Io): number {
  if (result.summary.errors > 0) return 1
  if (flags.maxWarnings !== undefined && result.summary.warnings > flags.maxWarnings) {
    io.stderr.write(`klarsprak: ${result.summary.warnings} warnings, more than --max-warnings ${flags.maxWarnings}\n`)
    return 1
  }
  return 0
}
