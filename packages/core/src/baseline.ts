import {summarizeFiles} from './merge.js'
import type {FileResult, LintResult} from './result.js'

/** One accepted finding. `message` is only there to make the file readable in a review; matching uses the fingerprint. */
export interface BaselineEntry {
  path: string
  ruleId: string
  fingerprint: string
  message: string
}

/** The `--baseline` file: findings that are known and accepted, so only new ones are reported. */
export interface Baseline {
  version: 1
  tool: 'klarsprak'
  findings: BaselineEntry[]
}

export const baselineVersion = 1

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint))
}

/**
 * A baseline of every finding in `files`. With `previous`, entries of paths that were not checked this time are
 * kept when `keep(path)` says so (a shard or a partial run updates only its own part).
 */
export function createBaseline(files: readonly FileResult[], previous?: Baseline, keep: (path: string) => boolean = () => true): Baseline {
  const checked = new Set(files.map((file) => file.path))
  const entries: BaselineEntry[] = (previous?.findings ?? []).filter((entry) => !checked.has(entry.path) && keep(entry.path))
  const seen = new Set(entries.map((entry) => entry.fingerprint))
  for (const file of files) {
    for (const message of file.messages) {
      if (!message.fingerprint || seen.has(message.fingerprint)) continue
      seen.add(message.fingerprint)
      entries.push({path: file.path, ruleId: message.ruleId, fingerprint: message.fingerprint, message: message.message})
    }
  }
  return {version: baselineVersion, tool: 'klarsprak', findings: sortEntries(entries)}
}

/** The file's text: one finding per line block, sorted, so a change to the baseline reads well in a diff. */
export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify({...baseline, findings: sortEntries([...baseline.findings])}, null, 2) + '\n'
}

/** Read a baseline file's text; throws an Error naming `file` and what is wrong. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw new Error(`${file}: the baseline is not valid JSON (${(error as Error).message}); write it again with --update-baseline`)
  }
  const record = data as Partial<Baseline> | null
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new Error(`${file}: the baseline must be a JSON object with \`version\` and \`findings\``)
  }
  if (record.version !== baselineVersion) {
    throw new Error(`${file}: baseline version ${JSON.stringify(record.version)} is not supported (expected ${baselineVersion}); write it again with --update-baseline`)
  }
  if (!Array.isArray(record.findings)) throw new Error(`${file}: \`findings\` must be a list`)
  record.findings.forEach((entry, index) => {
    const ok =
      typeof entry === 'object' && entry !== null && typeof entry.fingerprint === 'string' && typeof entry.path === 'string' && typeof entry.ruleId === 'string'
    if (!ok) throw new Error(`${file}: \`findings[${index}]\` needs \`path\`, \`ruleId\` and \`fingerprint\` strings`)
  })
  return {version: baselineVersion, tool: 'klarsprak', findings: record.findings.map((entry) => ({...entry, message: String(entry.message ?? '')}))}
}

/**
 * Remove the findings whose fingerprint is in the baseline. Returns new file results (the input is not changed)
 * and how many findings were hidden.
 */
export function applyBaseline<T extends FileResult>(files: readonly T[], baseline: Baseline): {files: T[]; hidden: number} {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint))
  let hidden = 0
  const kept = files.map((file) => {
    const messages = file.messages.filter((message) => {
      const old = known.has(message.fingerprint)
      if (old) hidden++
      return !old
    })
    return {...file, messages}
  })
  return {files: kept, hidden}
}

/** Apply a baseline to a whole result: findings, summary and the hidden count (for the stylish summary). */
export function applyBaselineToResult(result: LintResult, baseline: Baseline): LintResult {
  const {files, hidden} = applyBaseline(result.files, baseline)
  const summary = {...summarizeFiles(files), fixed: result.summary.fixed}
  return {...result, files, summary, hiddenByBaseline: (result.hiddenByBaseline ?? 0) + hidden}
}
