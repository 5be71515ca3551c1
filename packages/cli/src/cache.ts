import {createHash, randomBytes} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {mkdir, readFile, rename, unlink, writeFile} from 'node:fs/promises'
import {dirname, join, basename} from 'node:path'
import type {FileResult, FileSettings} from '@klarsprak/core'

/** Bumped when the stored shape changes, so an old cache file is simply not used. */
const cacheFormat = 1

export const defaultCacheFile = '.klarsprakcache'

interface CacheEntry {
  key: string
  result: FileResult
}

interface CacheFile {
  format: number
  version: string
  entries: Record<string, CacheEntry>
}

/**
 * The version the cache is keyed on: the package version, plus, where they exist, the times the command was last
 * built (the bundle and each package's build info). In this workspace every build then starts a fresh cache, so a
 * changed rule is never hidden behind an old result; an installed package has a fixed build time.
 */
export function toolIdentity(version: string): string {
  const built = ['cli/dist/klarsprak.bundle.cjs', ...['core', 'spell', 'rules-sv', 'rules-en', 'rules-web', 'templates', 'site', 'report', 'cli'].map((name) => `${name}/tsconfig.tsbuildinfo`)]
    .map((file) => {
      try {
        return String(Math.round(statSync(new URL(`../../${file}`, import.meta.url)).mtimeMs))
      } catch {
        return '-'
      }
    })
    .join(',')
  return `${version}+${built}`
}

/** JSON with object keys sorted, so equal settings always give the same text (and hash). */
function stableJson(value: unknown): string {
  if (value instanceof Map) value = Object.fromEntries([...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * What a file's result depends on besides its bytes: language, text type, every rule's severity and options, the
 * contents of the word lists (not their names) and the terms. The config file's path is left out on purpose: moving
 * a config without changing it changes nothing.
 */
export function settingsHash(settings: FileSettings): string {
  const relevant = {language: settings.language, textType: settings.textType, rules: settings.rules, words: settings.words, terms: settings.terms}
  return createHash('sha256').update(stableJson(relevant)).digest('hex')
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The cache key of one file: its bytes, its settings and the tool version. */
export function cacheKey(bytes: Uint8Array, settings: FileSettings, version: string): string {
  return createHash('sha256').update(`${cacheFormat}\u0000${version}\u0000${settingsHash(settings)}\u0000${contentHash(bytes)}`).digest('hex')
}

/**
 * Results per file in one JSON file (`.klarsprakcache`). A file that cannot be read or has another format or tool
 * version is treated as empty and written again; writing goes through a temporary file and a rename, so an
 * interrupted run never leaves a broken cache.
 */
export class ResultCache {
  #entries: Record<string, CacheEntry> = {}
  #changed = false
  hits = 0
  misses = 0

  private constructor(
    readonly path: string,
    readonly version: string
  ) {}

  static async open(path: string, version: string): Promise<ResultCache> {
    const cache = new ResultCache(path, version)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      return cache
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>
      if (data && data.format === cacheFormat && data.version === version && data.entries && typeof data.entries === 'object') {
        cache.#entries = data.entries
      } else {
        cache.#changed = true
      }
    } catch {
      // A damaged cache only costs time: start again and overwrite it.
      cache.#changed = true
    }
    return cache
  }

  /** The stored result for `path`, if it was stored under the same key; a copy, so callers may change it. */
  get(path: string, key: string): FileResult | undefined {
    const entry = this.#entries[path]
    const valid = entry && entry.key === key && entry.result && typeof entry.result === 'object' && Array.isArray(entry.result.messages)
    if (valid) this.hits++
    else this.misses++
    return valid ? structuredClone(entry.result) : undefined
  }

  /** Store a result; the fixed text and fix count are not kept (they belong to one run). */
  set(path: string, key: string, result: FileResult): void {
    const {output: _output, fixed: _fixed, ...kept} = result
    this.#entries[path] = {key, result: structuredClone(kept)}
    this.#changed = true
  }

  delete(path: string): void {
    if (path in this.#entries) {
      delete this.#entries[path]
      this.#changed = true
    }
  }

  /** Drop the entries for which `keep(path)` is false (files that no longer exist), so the cache does not grow forever. */
  prune(keep: (path: string) => boolean): void {
    for (const path of Object.keys(this.#entries)) if (!keep(path)) this.delete(path)
  }

  async save(): Promise<void> {
    if (!this.#changed) return
    const data: CacheFile = {format: cacheFormat, version: this.version, entries: this.#entries}
    await mkdir(dirname(this.path), {recursive: true})
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${randomBytes(4).toString('hex')}.tmp`)
    try {
      await writeFile(temporary, JSON.stringify(data))
      await rename(temporary, this.path)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw error
    }
    this.#changed = false
  }
}

/** The bytes of a file, or `undefined` when it cannot be read (the check itself will report that). */
export function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}
