import type {Language, MessageSeverity, TextType} from './types.js'

/** Figures for one file, computed on prose only (see output.md). */
export interface FileStats {
  words: number
  sentences: number
  longWords: number
  /** `null` when there are no words or sentences. */
  lix: number | null
  /** `null` when it cannot be computed (fewer than two words, or every word unique). */
  ovix: number | null
  nominalRatio: number | null
  passiveShare: number
  longSentenceShare: number
}

/** One finding, as in the JSON output. Positions are 1-based; the end is just past the last character. */
export interface LintMessage {
  ruleId: string
  severity: MessageSeverity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  actual?: string
  expected?: string[]
  url?: string
  fingerprint: string
  /** Offsets into the checked text; used by `--fix` and editors, not written to JSON. */
  offset?: number
  endOffset?: number
  /** Longer explanation, if the rule gave one; not written to JSON. */
  note?: string
}

/**
 * Why a file was checked in its language: the configuration or `--language`, the document itself (`lang`, front
 * matter), detection from the text, or the default (Swedish) when the text gave no evidence.
 */
export type LanguageSource = 'config' | 'document' | 'detected' | 'default'

export interface FileResult {
  path: string
  language: Language
  /** Why `language` (absent in results made before it was recorded, such as a merged older JSON file). */
  languageSource?: LanguageSource
  textType: TextType
  stats: FileStats
  messages: LintMessage[]
  /** The fixed text, when fixing was asked for and something changed; not written to JSON. */
  output?: string
  /** Number of fixes applied to this file. */
  fixed?: number
  /** Findings left out of `messages` by the cap per file (cap.ts), by severity; the summary counts them. */
  omitted?: {errors: number; warnings: number; infos: number}
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
  fixed: number
}

/** Metadata of a rule that ran, for SARIF `tool.driver.rules` and JUnit test cases. */
export interface RuleDescriptor {
  id: string
  description: string
  url: string
  defaultSeverity: MessageSeverity
}

export interface LintResult {
  version: 1
  tool: {name: 'klarsprak'; version: string}
  files: FileResult[]
  summary: Summary
  /** Rules that ran, not written to JSON. */
  rules?: RuleDescriptor[]
  /** Findings left out because their fingerprint is in the `--baseline` file; not written to JSON. */
  hiddenByBaseline?: number
}
