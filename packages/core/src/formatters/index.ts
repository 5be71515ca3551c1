import type {LintResult} from '../result.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

export const formatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  /** Colours in `stylish` (the CLI sets it when standard output is a terminal). Default: false. */
  color?: boolean
  /** The working directory the result's paths are relative to, taken as the repository root. Default: `process.cwd()`. */
  cwd?: string
}

export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name)
}

/** Render a lint result in one of the output formats of output.md. Empty string when there is nothing to say. */
export function formatResult(result: LintResult, format: FormatName, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(result, options)
    case 'json':
      return formatJson(result)
    case 'sarif':
      return formatSarif(result, options)
    case 'github':
      return formatGithub(result, options)
    case 'junit':
      return formatJunit(result)
    default:
      throw new Error(`Unknown format “${String(format)}”; use one of: ${formatNames.join(', ')}`)
  }
}

export {toJsonDocument} from './json.js'
export type {JsonDocument, JsonFile, JsonMessage} from './json.js'
export {toSarifLog} from './sarif.js'
export type {SarifLog} from './sarif.js'
