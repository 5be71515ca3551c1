import {resolve} from 'node:path'
import {
  ConfigFinder,
  Linter,
  RuleRegistry,
  SettingsResolver,
  configFileNames,
  forgetWordLists,
  loadConfigFile,
  type CliOverrides,
  type Config,
  type ConfigError,
  type FileSettings,
  type Language,
  type LanguagePack,
  type TextType
} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {templateRules} from '@klarsprak/templates/rules'
import {webRules} from '@klarsprak/rules-web'
import {ConfigProblems} from './config-problems.js'
import {configCandidates} from './config-stamps.js'

/** The client's settings (section `klarsprak`), as in the VS Code extension's `contributes.configuration`. */
export interface ClientSettings {
  enable: boolean
  /** `auto` (default): from the config file or detection. */
  language: 'auto' | 'sv' | 'en'
  /** `auto` (default): from the config file. */
  textType: 'auto' | TextType
  /** A config file to use instead of looking one up, absolute or relative to the workspace folder. */
  configPath: string
  /** Quiet time in milliseconds that a burst of changes is collected for before checking. */
  debounceMs: number
}

export const defaultClientSettings: ClientSettings = {enable: true, language: 'auto', textType: 'auto', configPath: '', debounceMs: 150}

const textTypes: readonly string[] = ['web', 'letter', 'email', 'easy-read']

/** Read a settings object from the client, keeping defaults for anything missing or of the wrong type. */
export function readClientSettings(raw: unknown): ClientSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const settings = {...defaultClientSettings}
  if (typeof value.enable === 'boolean') settings.enable = value.enable
  if (value.language === 'sv' || value.language === 'en' || value.language === 'auto') settings.language = value.language
  if (value.textType === 'auto' || (typeof value.textType === 'string' && textTypes.includes(value.textType))) {
    settings.textType = value.textType as ClientSettings['textType']
  }
  if (typeof value.configPath === 'string') settings.configPath = value.configPath
  if (typeof value.debounceMs === 'number' && value.debounceMs >= 0 && value.debounceMs <= 5000) settings.debounceMs = value.debounceMs
  return settings
}

/**
 * Rules, config lookup and settings, wired as the command line wires them (packages/cli/src/session.ts). Config
 * files and word lists are read once and kept until {@link reload} (a config file, a word list or the client's
 * settings changed).
 */
export class Workspace {
  readonly registry: RuleRegistry
  readonly linter: Linter
  #finder: ConfigFinder
  #resolver: SettingsResolver
  #explicit: Promise<Config> | undefined
  #withLanguage = new WeakMap<FileSettings, Map<Language, FileSettings>>()
  /** Every config seen since the last reload, by path: their word lists are watched. */
  readonly configs = new Map<string, Config>()
  /** What was wrong in the configs read since the last reload; the parts that were wrong are left out. */
  readonly problems = new ConfigProblems()
  /** Configs are read leniently: a wrong part is reported, and the rest of the file applies. */
  readonly #load = {onError: (error: ConfigError) => this.problems.add(error, false)}

  constructor(
    public folder: string | undefined,
    public client: ClientSettings = defaultClientSettings,
    /** The language packs; the Swedish and English rules, as the command uses. */
    packs: readonly LanguagePack[] = [swedish, english]
  ) {
    // The same rules as the command: the template rules and the web-page rules are listed with the language rules.
    this.registry = new RuleRegistry(packs, {rules: templateRules, pageRules: webRules})
    this.linter = new Linter(this.registry)
    this.#finder = new ConfigFinder(this.registry, this.#load)
    this.#resolver = new SettingsResolver(this.registry)
    this.reload(client)
  }

  /** Forget every config, word list and setting read so far. */
  reload(client: ClientSettings = this.client): void {
    this.client = client
    forgetWordLists()
    this.configs.clear()
    this.problems.clear()
    this.#finder = new ConfigFinder(this.registry, this.#load)
    const overrides: CliOverrides = {}
    if (client.language !== 'auto') overrides.language = client.language
    if (client.textType !== 'auto') overrides.textType = client.textType
    this.#resolver = new SettingsResolver(this.registry, overrides)
    this.#explicit = client.configPath ? loadConfigFile(this.#explicitPath()!, this.registry, [], this.#load) : undefined
  }

  async configFor(path: string): Promise<Config | undefined> {
    const config = await (this.#explicit ?? this.#finder.forFile(path))
    if (config) this.#remember(config)
    return config
  }

  async settingsFor(path: string): Promise<FileSettings> {
    return this.#resolver.settingsFor(path, await this.configFor(path))
  }

  /** The same settings with the language fixed; one object per pair, so the linter's prepared rules are reused. */
  withLanguage(settings: FileSettings, language: Language): FileSettings {
    let byLanguage = this.#withLanguage.get(settings)
    if (!byLanguage) {
      byLanguage = new Map()
      this.#withLanguage.set(settings, byLanguage)
    }
    let fixed = byLanguage.get(language)
    if (!fixed) {
      fixed = {...settings, language}
      byLanguage.set(language, fixed)
    }
    return fixed
  }

  /** Word-list files of every config read so far. */
  dictionaries(): string[] {
    return [...new Set([...this.configs.values()].flatMap((config) => config.dictionary))]
  }

  /**
   * The files the settings of `path` come from or would come from: the config candidates (or `configPath`), the
   * configs they extend and their word lists. Their stamps tell a changed config when the client does not watch files.
   */
  async sourcesFor(path: string): Promise<string[]> {
    const config = await this.configFor(path).catch(() => undefined)
    const chain: string[] = []
    const add = (from: Config) => {
      if (from.path) chain.push(from.path)
      chain.push(...from.dictionary)
      for (const parent of from.extends) if (typeof parent !== 'string') add(parent)
    }
    if (config) add(config)
    return [...new Set([...this.candidatesFor(path), ...chain])]
  }

  /** Where the config of `path` is looked for: `configPath`, or each config name from its folder upwards. */
  candidatesFor(path: string): string[] {
    const explicit = this.#explicitPath()
    return explicit ? [explicit] : configCandidates(path)
  }

  #explicitPath(): string | undefined {
    return this.client.configPath ? resolve(this.folder ?? process.cwd(), this.client.configPath) : undefined
  }

  /** Whether a change to this file means the configs must be read again. */
  affectsConfig(path: string): boolean {
    const name = path.split(/[\\/]/).pop() ?? ''
    if (configFileNames.includes(name)) return true
    const absolute = resolve(path)
    return this.dictionaries().includes(absolute) || [...this.configs.keys()].includes(absolute)
  }

  #remember(config: Config): void {
    if (config.path) this.configs.set(config.path, config)
    for (const parent of config.extends) if (typeof parent !== 'string') this.#remember(parent)
  }
}
