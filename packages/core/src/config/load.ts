import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createRequire} from 'node:module'
import type {RuleRegistry} from '../registry.js'
import {presetNames} from './presets.js'
import {ConfigError, type Config} from './types.js'
import {validateLeniently} from './lenient.js'
import {validateConfig} from './validate.js'

export interface LoadOptions {
  /**
   * Lenient loading (the language server): each part of a file that is wrong is reported here and left out, and the
   * rest applies; a file that cannot be read at all still throws. Without it the first problem throws (the command).
   */
  onError?: (error: ConfigError) => void
}

/** Config file names, in the order they are looked for in each folder (config.md). */
export const configFileNames = [
  '.klarsprakrc',
  '.klarsprakrc.json',
  '.klarsprakrc.yaml',
  '.klarsprakrc.yml',
  'klarsprak.config.js',
  'klarsprak.config.mjs',
  'package.json'
]

/** Read, parse and validate one config file (and the files it extends). */
export async function loadConfigFile(path: string, registry: RuleRegistry, seen: string[] = [], options: LoadOptions = {}): Promise<Config> {
  const file = resolve(path)
  if (seen.includes(file)) throw new ConfigError(file, 'extends', `circular: ${[...seen, file].join(' → ')}`)
  const raw = await readRaw(file)
  const {onError} = options
  const config = onError ? validateLeniently(raw, file, registry, onError) : validateConfig(raw, file, registry)
  const parents = await Promise.all(
    config.extends.map(async (entry): Promise<string | Config | undefined> => {
      try {
        return await loadParent(entry, config, registry, [...seen, file], options)
      } catch (error) {
        // Leniently, a parent that cannot be used is left out and the rest of the chain applies.
        if (!onError || !(error instanceof ConfigError)) throw error
        onError(error)
        return undefined
      }
    })
  )
  config.extends = parents.filter((parent) => parent !== undefined)
  return config
}

async function loadParent(entry: string | Config, config: Config, registry: RuleRegistry, seen: string[], options: LoadOptions): Promise<string | Config> {
  if (typeof entry !== 'string' || entry.startsWith('klarsprak:')) {
    if (typeof entry === 'string' && !(presetNames as readonly string[]).includes(entry)) {
      throw new ConfigError(config.path ?? '', 'extends', `unknown preset \`${entry}\`; expected one of ${presetNames.join(', ')}`)
    }
    return entry
  }
  return loadConfigFile(resolve(config.dir, entry), registry, seen, options)
}

async function readRaw(file: string): Promise<unknown> {
  const name = basename(file)
  if (name.endsWith('.js') || name.endsWith('.mjs')) {
    try {
      const module = (await import(pathToFileURL(file).href)) as {default?: unknown}
      return module.default
    } catch (error) {
      throw new ConfigError(file, '', `cannot load: ${(error as Error).message}`)
    }
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(file, '', `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  try {
    if (name === 'package.json') return (JSON.parse(text) as {klarsprak?: unknown}).klarsprak
    if (name.endsWith('.json')) return JSON.parse(text)
    // YAML is a superset of JSON, so it reads `.klarsprakrc` in either form; loaded only when a config needs it.
    const {parse} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
    return parse(text)
  } catch (error) {
    throw new ConfigError(file, '', `invalid ${name.endsWith('.json') ? 'JSON' : 'YAML/JSON'}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** Finds the config file that applies to each folder (first found upwards wins), once per folder. */
export class ConfigFinder {
  readonly #byDir = new Map<string, Promise<Config | undefined>>()

  constructor(
    readonly registry: RuleRegistry,
    readonly options: LoadOptions = {}
  ) {}

  forFile(path: string): Promise<Config | undefined> {
    return this.forDir(dirname(resolve(path)))
  }

  forDir(dir: string): Promise<Config | undefined> {
    let found = this.#byDir.get(dir)
    if (!found) {
      found = this.#lookup(dir)
      this.#byDir.set(dir, found)
    }
    return found
  }

  async #lookup(dir: string): Promise<Config | undefined> {
    for (const name of configFileNames) {
      const candidate = join(dir, name)
      if (!existsSync(candidate)) continue
      if (name === 'package.json' && !hasKlarsprakField(candidate)) continue
      return loadConfigFile(candidate, this.registry, [], this.options)
    }
    const parent = dirname(dir)
    return parent === dir ? undefined : this.forDir(parent)
  }
}

function hasKlarsprakField(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as {klarsprak?: unknown}).klarsprak !== undefined
  } catch {
    return false
  }
}
