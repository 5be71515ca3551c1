import type {FileResult, FileStats, LintMessage, LintResult, Summary} from '../result.js'

/** A message as written to JSON: internal fields (offsets, note) are left out, keys in the documented order. */
export interface JsonMessage {
  ruleId: string
  severity: LintMessage['severity']
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  actual?: string
  expected?: string[]
  url?: string
  fingerprint: string
}

export interface JsonFile {
  path: string
  language: FileResult['language']
  languageSource?: FileResult['languageSource']
  textType: FileResult['textType']
  stats: FileStats
  messages: JsonMessage[]
  /** Findings past the cap per file, by severity; present only when some were left out. */
  omitted?: {errors: number; warnings: number; infos: number}
}

/** The `--format json` document (output.md); `klarsprak merge` and `report` read it back. */
export interface JsonDocument {
  version: 1
  tool: {name: 'klarsprak'; version: string}
  files: JsonFile[]
  summary: Summary
}

function jsonMessage(message: LintMessage): JsonMessage {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: [...message.expected]}),
    ...(message.url === undefined ? {} : {url: message.url}),
    fingerprint: message.fingerprint
  }
}

function jsonStats(stats: FileStats): FileStats {
  return {
    words: stats.words,
    sentences: stats.sentences,
    longWords: stats.longWords,
    lix: stats.lix,
    ovix: stats.ovix,
    nominalRatio: stats.nominalRatio,
    passiveShare: stats.passiveShare,
    longSentenceShare: stats.longSentenceShare
  }
}

export function toJsonDocument(result: LintResult): JsonDocument {
  return {
    version: 1,
    tool: {name: result.tool.name, version: result.tool.version},
    files: result.files.map((file) => ({
      path: file.path,
      language: file.language,
      ...(file.languageSource ? {languageSource: file.languageSource} : {}),
      textType: file.textType,
      stats: jsonStats(file.stats),
      messages: file.messages.map(jsonMessage),
      ...(file.omitted ? {omitted: {...file.omitted}} : {})
    })),
    summary: {
      files: result.summary.files,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      fixed: result.summary.fixed
    }
  }
}

export function formatJson(result: LintResult): string {
  return JSON.stringify(toJsonDocument(result), null, 2) + '\n'
}
