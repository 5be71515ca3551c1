import type {FileResult, LintMessage, LintResult, Summary} from './result.js'
import {textTypes, type MessageSeverity} from './types.js'

const severities: readonly MessageSeverity[] = ['error', 'warning', 'info']

/** A parsed result and the name it was read from (for warnings and errors). */
export interface MergeInput {
  name: string
  result: LintResult
}

export interface MergeOutcome {
  result: LintResult
  /** Things a person should know (a path present twice, different tool versions); the merge went ahead. */
  warnings: string[]
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Read a `--format json` document (output.md) back, checking its shape. Throws an Error that names `name` and the
 * first problem, so a wrong file in a CI matrix is easy to find.
 */
export function parseResultDocument(text: string, name: string): LintResult {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message}); give a file written by \`klarsprak check --format json\``)
  }
  const fail = (where: string, what: string): never => {
    throw new Error(`${name}: ${where ? `\`${where}\` ` : ''}${what}; give a file written by \`klarsprak check --format json\``)
  }
  if (!isObject(data)) return fail('', 'is not a JSON object')
  if (data.version !== 1) fail('version', `is ${JSON.stringify(data.version)}, expected 1`)
  if (!isObject(data.tool) || data.tool.name !== 'klarsprak') fail('tool.name', 'must be "klarsprak"')
  if (!Array.isArray(data.files)) return fail('files', 'must be a list')
  const files = data.files.map((file, index): FileResult => {
    const at = `files[${index}]`
    if (!isObject(file)) return fail(at, 'must be an object')
    if (typeof file.path !== 'string' || file.path === '') fail(`${at}.path`, 'must be a non-empty string')
    if (file.language !== 'sv' && file.language !== 'en') fail(`${at}.language`, 'must be "sv" or "en"')
    if (!textTypes.includes(file.textType as never)) fail(`${at}.textType`, `must be one of ${textTypes.join(', ')}`)
    if (!isObject(file.stats) || typeof file.stats.words !== 'number') fail(`${at}.stats.words`, 'must be a number')
    if (!Array.isArray(file.messages)) fail(`${at}.messages`, 'must be a list')
    ;(file.messages as unknown[]).forEach((message, position) => {
      const where = `${at}.messages[${position}]`
      if (!isObject(message)) return fail(where, 'must be an object')
      if (typeof message.ruleId !== 'string') fail(`${where}.ruleId`, 'must be a string')
      if (!severities.includes(message.severity as MessageSeverity)) fail(`${where}.severity`, 'must be error, warning or info')
      if (typeof message.message !== 'string') fail(`${where}.message`, 'must be a string')
      for (const key of ['line', 'column', 'endLine', 'endColumn']) if (typeof message[key] !== 'number') fail(`${where}.${key}`, 'must be a number')
      if (typeof message.fingerprint !== 'string') fail(`${where}.fingerprint`, 'must be a string')
      return undefined
    })
    return file as unknown as FileResult
  })
  const summary = isObject(data.summary) ? data.summary : {}
  const tool = data.tool as {version?: unknown}
  return {
    version: 1,
    tool: {name: 'klarsprak', version: typeof tool.version === 'string' ? tool.version : ''},
    files,
    summary: {...summarizeFiles(files), fixed: typeof summary.fixed === 'number' ? summary.fixed : 0}
  }
}

/** Counts over files: files, errors, warnings, infos, and the fixes recorded on the files. */
export function summarizeFiles(files: readonly FileResult[]): Summary {
  const summary: Summary = {files: files.length, errors: 0, warnings: 0, infos: 0, fixed: 0}
  for (const file of files) {
    summary.fixed += file.fixed ?? 0
    // Findings left out by the cap per file are still findings: counted, so exit codes do not depend on the cap.
    summary.errors += file.omitted?.errors ?? 0
    summary.warnings += file.omitted?.warnings ?? 0
    summary.infos += file.omitted?.infos ?? 0
    for (const message of file.messages as LintMessage[]) {
      if (message.severity === 'error') summary.errors++
      else if (message.severity === 'warning') summary.warnings++
      else summary.infos++
    }
  }
  return summary
}

const byPath = (a: FileResult, b: FileResult) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)

/**
 * Join results (the shards of a CI matrix, say) into one: files sorted by path, a path present in more than one input
 * taken from the last (with a warning), the summary counted again.
 */
export function mergeResults(inputs: readonly MergeInput[]): MergeOutcome {
  const warnings: string[] = []
  const files = new Map<string, {file: FileResult; from: string}>()
  for (const {name, result} of inputs) {
    for (const file of result.files) {
      const previous = files.get(file.path)
      if (previous) warnings.push(`${file.path} is in both ${previous.from} and ${name}; keeping the one in ${name}`)
      files.set(file.path, {file, from: name})
    }
  }
  const versions = [...new Set(inputs.map((input) => input.result.tool.version).filter(Boolean))]
  if (versions.length > 1) warnings.push(`the results come from different klarsprak versions (${versions.join(', ')}); using ${versions.at(-1)}`)
  const merged = [...files.values()].map((entry) => entry.file).sort(byPath)
  const summary = {...summarizeFiles(merged), fixed: inputs.reduce((sum, input) => sum + input.result.summary.fixed, 0)}
  return {
    result: {version: 1, tool: {name: 'klarsprak', version: versions.at(-1) ?? ''}, files: merged, summary},
    warnings
  }
}
