import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import picomatch from 'picomatch'
import type {RuleRegistry} from '../registry.js'
import {presetRules} from './presets.js'
import {ConfigError, type CliOverrides, type Config, type FileSettings, type RuleSetting, type Term} from './types.js'

const matchers = new Map<string, (path: string) => boolean>()

function matches(globs: readonly string[], path: string): boolean {
  return globs.some((glob) => {
    let matcher = matchers.get(glob)
    if (!matcher) {
      matcher = picomatch(glob, {dot: true, matchBase: !glob.includes('/')})
      matchers.set(glob, matcher)
    }
    return matcher(path)
  })
}

/** Path relative to a config's folder, with forward slashes, for matching its globs. */
export function relativeTo(config: Config, path: string): string {
  return relative(config.dir, path).split('\\').join('/')
}

/** Whether the config's `ignore` globs exclude `path` (absolute). */
export function isIgnoredByConfig(config: Config | undefined, path: string): boolean {
  return config !== undefined && config.ignore.length > 0 && matches(config.ignore, relativeTo(config, path))
}

const wordLists = new Map<string, string[]>()
let configCount = 0

/** Forget the word lists read so far, so the next settings read them again (the language server, after an edit). */
export function forgetWordLists(): void {
  wordLists.clear()
}

function readWordList(path: string, from: Config): string[] {
  let words = wordLists.get(path)
  if (!words) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      throw new ConfigError(from.path ?? '', 'dictionary', `cannot read word list ${path}`)
    }
    words = text
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean)
    wordLists.set(path, words)
  }
  return words
}

/** Merges presets, config files, overrides and command-line flags into the settings for one file. */
export class SettingsResolver {
  readonly #cache = new Map<string, FileSettings>()
  readonly #ids = new WeakMap<Config, number>()

  constructor(
    readonly registry: RuleRegistry,
    readonly cli: CliOverrides = {}
  ) {}

  settingsFor(path: string, config: Config | undefined): FileSettings {
    const active = config ? config.overrides.filter((override) => matches(override.files, relativeTo(config, path))) : []
    const defaultType = defaultTextType(path)
    const key = `${config ? this.#id(config) : 0}:${active.map((o) => config!.overrides.indexOf(o)).join(',')}:${defaultType}`
    let settings = this.#cache.get(key)
    if (settings) return settings

    const rules = new Map<string, RuleSetting>()
    const words: string[] = []
    const terms: Term[] = []
    let language: FileSettings['language'] = 'auto'
    let textType: FileSettings['textType'] = defaultType

    const apply = (from: Config | string) => {
      if (typeof from === 'string') {
        for (const [id, setting] of Object.entries(presetRules(from, this.registry) ?? {})) rules.set(id, setting)
        return
      }
      for (const parent of from.extends) apply(parent)
      if (from.language) language = from.language
      if (from.textType) textType = from.textType
      mergeRules(rules, from.rules)
      for (const path of from.dictionary) words.push(...readWordList(path, from))
      terms.push(...from.terms)
    }

    apply(this.cli.basePreset ?? 'klarsprak:recommended')
    if (config) apply(config)
    for (const override of active) {
      if (override.language) language = override.language
      if (override.textType) textType = override.textType
      if (override.rules) mergeRules(rules, override.rules)
    }
    if (this.cli.language) language = this.cli.language
    if (this.cli.textType) textType = this.cli.textType
    for (const [id, severity] of Object.entries(this.cli.rules ?? {})) {
      rules.set(id, {...rules.get(id), severity})
    }

    settings = {language, textType, rules, words, terms, configPath: config?.path}
    this.#cache.set(key, settings)
    return settings
  }

  #id(config: Config): number {
    let id = this.#ids.get(config)
    if (id === undefined) {
      id = ++configCount
      this.#ids.set(config, id)
    }
    return id
  }
}

/** A later setting replaces the severity; options given later replace earlier ones, kept otherwise. */
function mergeRules(into: Map<string, RuleSetting>, from: Record<string, RuleSetting>): void {
  for (const [id, setting] of Object.entries(from)) {
    const previous = into.get(id)
    into.set(id, {severity: setting.severity, options: setting.options ?? previous?.options})
  }
}

/**
 * The text type a file has when no config or flag says: plain text and Word files are mostly letters, e-mails and
 * decisions to one reader; Markdown, HTML and templates mostly web pages.
 */
export function defaultTextType(path: string): FileSettings['textType'] {
  return /\.(txt|docx)$/i.test(path) ? 'letter' : 'web'
}
