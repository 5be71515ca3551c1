import {resolve} from 'node:path'
import {selectShard, summarizeFiles, type FileResult, type LintResult} from '@klarsprak/core'
import {parseCheckArgs, type CheckArgs} from '../args.js'
import {expandPaths, loadIgnoreFile} from '../files.js'
import {checkAll, type CheckProgress} from '../pool.js'
import {Session, type CheckedFile, type SessionOptions} from '../session.js'
import {version} from '../version.js'
import {isTooLarge, readTextFile, stdinTooLarge} from '../read.js'
import {writeFixedText} from '../write.js'
import {exitCodeOf, writeResult} from '../report-output.js'
import {checkWithCache} from '../cached-check.js'
import {useBaseline} from '../baseline-file.js'
import {rulesThatRan} from '../rules-ran.js'

export interface Io {
  cwd: string
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  /** Standard input as text; may stop reading just past the file size limit (then the text is refused). */
  readStdin: () => Promise<string>
  /**
   * A seam for tests: called by `--fix` when a file's temporary file is complete, just before the file on disk is
   * compared with what was read and replaced.
   */
  beforeFixCommit?: (path: string, temporary: string) => void | Promise<void>
}

/** `klarsprak check`: returns the exit code (0 clean, 1 lint errors or too many warnings). */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const args = parseCheckArgs(argv, io.stdout.isTTY === true && !process.env.CI)
  const options: SessionOptions = {
    cwd: io.cwd,
    configPath: args.config,
    noConfig: args.noConfig,
    overrides: {language: args.lang, textType: args.textType, rules: args.rules},
    fix: args.fix || args.fixDryRun
  }

  let files: CheckedFile[]
  const dryRunOutput: string[] = []
  if (args.stdin) {
    const session = new Session(options)
    await session.ready()
    const name = args.stdinFilename ?? '<stdin>'
    const value = await io.readStdin()
    // The limit files have: a larger text costs seconds per megabyte and gigabytes of memory to check.
    const tooLarge = isTooLarge(value)
    const checked = tooLarge ? await session.refuse(name, stdinTooLarge) : await session.check(name, value)
    files = checked ? [checked] : []
    reportFailures(session.linter.failures.map((f) => ({ruleId: f.ruleId, path: f.path, message: f.error.message})), io)
    // A refused text was read only in part: printing that part would pass off a cut text as the whole.
    if (args.fixDryRun && !tooLarge) dryRunOutput.push(checked?.result.output ?? value)
  } else {
    await new Session(options).ready()
    const found = await expandPaths(args.paths, io.cwd, loadIgnoreFile(io.cwd))
    const paths = args.shard ? selectShard(found, args.shard) : found
    const progress = progressPrinter(io, paths.length)
    const cached = args.cache ? await checkWithCache(paths, options, args.jobs, args.cacheLocation, progress) : undefined
    const {checked, failures} = cached ?? (await checkAll(paths, options, args.jobs, progress))
    progress?.({done: paths.length, total: paths.length}, true)
    files = checked.filter((file) => file !== undefined)
    reportFailures(failures, io)
    let unfixed: Session | undefined
    for (const file of files) {
      const {result, bom, encoding, digest} = file
      if (args.fix && result.path.toLowerCase().endsWith('.docx')) {
        io.stderr.write(`klarsprak: ${result.path}: --fix does not change Word documents; make the changes in Word\n`)
      }
      if (result.output === undefined) continue
      if (args.fixDryRun) {
        // Loaded only for a dry run.
        const {createTwoFilesPatch} = await import('diff')
        const read = await readTextFile(resolve(io.cwd, result.path))
        dryRunOutput.push(createTwoFilesPatch(result.path, result.path, read.ok ? read.value : '', result.output))
        dryRunOutput.push(...(await findingsCreatedByFixes(result, options)))
        continue
      }
      try {
        const beforeCommit = io.beforeFixCommit && ((temporary: string) => io.beforeFixCommit!(result.path, temporary))
        await writeFixedText(resolve(io.cwd, result.path), result.output, {bom, encoding, label: result.path, expected: digest, beforeCommit})
      } catch (error) {
        io.stderr.write(`klarsprak: ${(error as Error).message}\n`)
        // The report describes the file as it is on disk, not the fixed text that was not written.
        unfixed ??= new Session({...options, fix: false})
        const again = await unfixed.check(result.path).catch(() => undefined)
        file.result = again ? again.result : {...result, output: undefined}
        file.result.fixed = 0
      }
    }
    await cached?.finish(args.fixDryRun)
  }

  let results = files.map((file) => file.result)
  let hidden = 0
  if (args.baseline) {
    const note = (text: string) => io.stderr.write(`klarsprak: ${text}\n`)
    ;({files: results, hidden} = await useBaseline(results, {file: args.baseline, update: args.updateBaseline, cwd: io.cwd, note}))
  }
  const result = toLintResult(results, args)
  if (args.baseline) result.hiddenByBaseline = hidden
  if (args.fixDryRun) {
    io.stdout.write(dryRunOutput.join(''))
    if (args.output) await writeResult(result, args, io)
  } else {
    await writeResult(result, args, io)
  }

  return exitCodeOf(result, args, io)
}

/**
 * What the fixes would bring that the text did not have: a finding of the fixed text whose rule reports more on
 * that line than it did before (`t.ex.` written out can take a sentence over the length limit). One line each,
 * after the file's diff, so a dry run shows the cost of a fix as well as the fix.
 */
async function findingsCreatedByFixes(fixed: FileResult, options: SessionOptions): Promise<string[]> {
  const before = await new Session({...options, fix: false}).check(fixed.path)
  if (!before) return []
  const counts = new Map<string, number>()
  const key = (ruleId: string, line: number) => `${ruleId}:${line}`
  for (const message of before.result.messages) counts.set(key(message.ruleId, message.line), (counts.get(key(message.ruleId, message.line)) ?? 0) + 1)
  const lines: string[] = []
  for (const message of fixed.messages) {
    const left = counts.get(key(message.ruleId, message.line)) ?? 0
    if (left > 0) {
      counts.set(key(message.ruleId, message.line), left - 1)
      continue
    }
    const label = fixed.language === 'sv' ? 'ny efter rättningen' : 'new after the fix'
    lines.push(`${fixed.path}:${message.line}:${message.column}: ${label}: ${message.message} (${message.ruleId})\n`)
  }
  return lines
}

function toLintResult(files: FileResult[], args: CheckArgs): LintResult {
  for (const file of files) {
    if (args.quiet) file.messages = file.messages.filter((message) => message.severity === 'error')
    if (args.quiet && file.omitted) file.omitted = file.omitted.errors > 0 ? {errors: file.omitted.errors, warnings: 0, infos: 0} : undefined
    if (!args.fix) delete file.fixed
  }
  return {version: 1, tool: {name: 'klarsprak', version}, files, summary: summarizeFiles(files), rules: rulesThatRan(files)}
}

function reportFailures(failures: Array<{ruleId: string; path: string; message: string}>, io: Io) {
  for (const failure of failures) {
    io.stderr.write(`klarsprak: rule ${failure.ruleId} failed on ${failure.path} and was skipped: ${failure.message}\n`)
  }
}

/** A one-line progress counter on standard error, only on a terminal and only when there is much to do. */
function progressPrinter(io: Io, total: number) {
  if (!io.stderr.isTTY || process.env.CI || total < 20) return undefined
  let last = 0
  return (progress: CheckProgress, final = false) => {
    const now = Date.now()
    if (!final && now - last < 100) return
    last = now
    io.stderr.write(final ? '\r\u001b[K' : `\rklarsprak: ${progress.done}/${progress.total} files`)
  }
}
