import {randomBytes} from 'node:crypto'
import {mkdir, readFile, readdir, rename, unlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {RunSummary} from './summary.js'

const prefix = 'klarsprak-run-'

/** `klarsprak-run-2026-05-01T06-00-00Z.json`: sorts by date, and has no colons (not allowed in Windows file names). */
export function historyFileName(date: string): string {
  return `${prefix}${date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`
}

/** Write text through a temporary file and a rename, so a reader never sees half a file. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temporary, text, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/**
 * Add a run's figures to the history folder (created if needed) as one small JSON file. A second run with the same
 * timestamp gets a numbered name instead of replacing the first. Returns the file's path.
 */
export async function appendHistory(dir: string, summary: RunSummary): Promise<string> {
  await mkdir(dir, {recursive: true})
  const existing = new Set(await readdir(dir))
  const base = historyFileName(summary.date)
  let name = base
  for (let count = 2; existing.has(name); count++) name = base.replace(/\.json$/, `-${count}.json`)
  const path = join(dir, name)
  await writeFileAtomically(path, JSON.stringify(summary, null, 2) + '\n')
  return path
}

const numberOrNull = (value: unknown) => value === null || typeof value === 'number'

function isRunSummary(value: unknown): value is RunSummary {
  if (typeof value !== 'object' || value === null) return false
  const run = value as Record<string, unknown>
  return (
    run.version === 1 &&
    typeof run.date === 'string' &&
    !Number.isNaN(new Date(run.date).getTime()) &&
    ['pages', 'words', 'findings', 'overLixLimit', 'staleContent', 'missingContact'].every((key) => typeof run[key] === 'number') &&
    ['findingsPer1000Words', 'medianLix', 'overLixLimitShare'].every((key) => numberOrNull(run[key]))
  )
}

/**
 * Every run in the history folder, oldest first. A missing folder is an empty history; a file that is not a run
 * summary is skipped and passed to `onProblem`, so one damaged file never hides the others.
 */
export async function readHistory(dir: string, onProblem: (file: string, reason: string) => void = () => undefined): Promise<RunSummary[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const runs: Array<{run: RunSummary; name: string}> = []
  for (const name of names.filter((entry) => entry.startsWith(prefix) && entry.endsWith('.json')).sort()) {
    const path = join(dir, name)
    try {
      const data: unknown = JSON.parse(await readFile(path, 'utf8'))
      if (isRunSummary(data)) runs.push({run: data, name})
      else onProblem(path, 'not a klarsprak run summary (version 1)')
    } catch (error) {
      onProblem(path, (error as Error).message)
    }
  }
  return runs
    .sort((a, b) => Date.parse(a.run.date) - Date.parse(b.run.date) || (a.name < b.name ? -1 : 1))
    .map((entry) => entry.run)
}
