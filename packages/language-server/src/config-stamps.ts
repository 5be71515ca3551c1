import {existsSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {configFileNames} from '@klarsprak/core'

/**
 * Every place a config for `path` may come from: each config name in its folder and the folders above, up to the
 * first folder that has one. `package.json` does not end the walk (it is a config only with a `klarsprak` field), but
 * is listed, so that adding that field is seen.
 */
export function configCandidates(path: string): string[] {
  const files: string[] = []
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const here = configFileNames.map((name) => join(dir, name))
    files.push(...here)
    if (here.some((file) => !file.endsWith('package.json') && existsSync(file))) return files
    if (dirname(dir) === dir) return files
  }
}

/**
 * Modification stamps of the files each open document's settings come from (config candidates, extended configs,
 * word lists), so that a change is seen on open and save also by clients that do not watch files. A stamp is taken
 * when a file is first used after a reload, and compared later: a few `stat` calls, nothing read.
 */
export class ConfigStamps {
  readonly #stamps = new Map<string, string>()
  readonly #byDocument = new Map<string, readonly string[]>()
  /** Documents tracked since the last reload: their sources cannot have changed (configs are cached until then). */
  readonly #fresh = new Set<string>()

  /** Whether `uri`'s sources are known since the last reload, so that a check need not list them again. */
  tracks(uri: string): boolean {
    return this.#fresh.has(uri)
  }

  /** Remember the files `uri`'s settings were read from; files seen before keep their stamp (the one that was read). */
  track(uri: string, files: readonly string[]): void {
    this.#byDocument.set(uri, files)
    this.#fresh.add(uri)
    for (const file of files) if (!this.#stamps.has(file)) this.#stamps.set(file, stampOf(file))
  }

  forget(uri: string): void {
    this.#byDocument.delete(uri)
    this.#fresh.delete(uri)
  }

  /** After a reload every file is read again; stamps are taken anew as documents are checked. */
  clear(): void {
    this.#stamps.clear()
    this.#fresh.clear()
  }

  /**
   * The files among `extra` and every tracked document's files that changed since they were stamped (their stamps
   * move on), and the documents that use them.
   */
  changed(extra: readonly string[]): {files: Set<string>; documents: string[]} {
    const files = new Set<string>()
    for (const file of new Set([...extra, ...[...this.#byDocument.values()].flat()])) {
      const before = this.#stamps.get(file)
      const now = stampOf(file)
      this.#stamps.set(file, now)
      if (before !== undefined && before !== now) files.add(file)
    }
    const documents = [...this.#byDocument].filter(([, used]) => used.some((file) => files.has(file))).map(([uri]) => uri)
    return {files, documents}
  }
}

/** Size, time and inode: an editor that saves by renaming a new file over the old one changes the inode. */
function stampOf(file: string): string {
  try {
    const stat = statSync(file, {throwIfNoEntry: false})
    return stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : '-'
  } catch {
    // A folder on the way is a file, or cannot be read: there is no config there.
    return '-'
  }
}
