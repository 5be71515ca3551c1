import type {Severity, TextType} from '../types.js'

export interface RuleSetting {
  severity: Severity
  options?: Record<string, unknown>
}

export interface Term {
  prefer: string
  avoid?: string[]
}

export interface Override {
  /** Globs relative to the config file's folder. */
  files: string[]
  language?: 'sv' | 'en' | 'auto'
  textType?: TextType
  rules?: Record<string, RuleSetting>
}

/** A config file after validation, with paths made absolute. */
export interface Config {
  /** The file it came from; `undefined` for the defaults. */
  path?: string
  /** Folder that relative globs in `ignore` and `overrides` are resolved against. */
  dir: string
  language?: 'sv' | 'en' | 'auto'
  textType?: TextType
  /** Presets and other config files, merged in order before this file's own settings. */
  extends: Array<string | Config>
  rules: Record<string, RuleSetting>
  /** Absolute paths of word-list files. */
  dictionary: string[]
  terms: Term[]
  ignore: string[]
  overrides: Override[]
  /** Absolute paths of the organisation's template folders (config key `templates`). */
  templates?: string[]
}

/** What the command line sets; it wins over config files. */
export interface CliOverrides {
  language?: 'sv' | 'en' | 'auto'
  textType?: TextType
  rules?: Record<string, Severity>
  /** The preset applied before any config file (default `klarsprak:recommended`; `klarsprak site` uses `klarsprak:web`). */
  basePreset?: string
}

/** The settings that apply to one file. */
export interface FileSettings {
  language: 'sv' | 'en' | 'auto'
  textType: TextType
  rules: ReadonlyMap<string, RuleSetting>
  words: readonly string[]
  terms: readonly Term[]
  configPath?: string
}

/** A problem with a config file: names the file and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    reason: string
  ) {
    super(`${file}: ${key ? `\`${key}\`: ` : ''}${reason}`)
    this.name = 'ConfigError'
  }
}
