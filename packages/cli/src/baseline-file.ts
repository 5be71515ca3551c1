import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {applyBaseline, createBaseline, formatBaseline, parseBaseline, type Baseline, type FileResult} from '@klarsprak/core'
import {UsageError} from './errors.js'
import {writeAtomically} from './write.js'

const isUrl = (path: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(path)

/** Read the `--baseline` file; a missing or broken file stops the run with a reason (exit 2). */
export async function readBaselineFile(file: string, cwd: string): Promise<Baseline> {
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch {
    throw new UsageError(`Baseline file not found: ${file}; write it with --update-baseline`)
  }
  try {
    return parseBaseline(text, file)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/**
 * `--baseline FILE` and `--update-baseline`: hide known findings, or first write FILE with every current finding
 * (keeping the entries of files not checked this time that still exist) and then hide them.
 */
export async function useBaseline(
  files: readonly FileResult[],
  options: {file: string; update: boolean; cwd: string; note: (text: string) => void}
): Promise<{files: FileResult[]; hidden: number}> {
  let baseline: Baseline
  if (options.update) {
    const path = resolve(options.cwd, options.file)
    const previous = existsSync(path) ? await readBaselineFile(options.file, options.cwd).catch(() => undefined) : undefined
    baseline = createBaseline(files, previous, (entry) => isUrl(entry) || existsSync(resolve(options.cwd, entry)))
    await writeAtomically(path, formatBaseline(baseline), options.file)
    options.note(`wrote ${baseline.findings.length} ${baseline.findings.length === 1 ? 'finding' : 'findings'} to the baseline ${options.file}`)
  } else {
    baseline = await readBaselineFile(options.file, options.cwd)
  }
  return applyBaseline(files, baseline)
}
