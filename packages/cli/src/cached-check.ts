import {existsSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import type {FileSettings} from '@klarsprak/core'
import {ResultCache, cacheKey, defaultCacheFile, readBytes, toolIdentity} from './cache.js'
import {checkAll, type CheckProgress, type RuleFailureReport} from './pool.js'
import {Session, type CheckedFile, type SessionOptions} from './session.js'
import {version} from './version.js'

/** Where `--cache` keeps its file: `--cache-location` (a file, or a folder to put `.klarsprakcache` in) or the working folder. */
export function cachePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, defaultCacheFile)
  const path = resolve(cwd, location)
  const folder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory())
  return folder ? join(path, defaultCacheFile) : path
}

interface Pending {
  index: number
  path: string
  absolute: string
  settings: FileSettings
  key: string
}

/**
 * `checkAll` with the result cache: files whose bytes, settings and tool version are unchanged get their stored
 * result without being linted. `--fix` always lints (a stored result has no fixed text) and stores what it leaves.
 * Call `finish` after fixed files have been written, so the cache describes the files as they are on disk.
 */
export async function checkWithCache(
  paths: readonly string[],
  options: SessionOptions,
  jobs: number,
  location: string | undefined,
  onProgress?: (progress: CheckProgress) => void
): Promise<{
  checked: Array<CheckedFile | undefined>
  failures: RuleFailureReport[]
  cache: ResultCache
  finish: (dryRun: boolean) => Promise<void>
}> {
  const identity = toolIdentity(version)
  const cache = await ResultCache.open(cachePath(options.cwd, location), identity)
  const session = new Session(options)
  await session.ready()

  const checked: Array<CheckedFile | undefined> = new Array(paths.length)
  const pending: Pending[] = []
  const toLint: Array<{index: number; path: string}> = []
  for (const [index, path] of paths.entries()) {
    const absolute = resolve(options.cwd, path)
    const bytes = readBytes(absolute)
    const {settings, ignored} = await session.settingsFor(absolute)
    if (bytes !== undefined && !ignored) {
      const key = cacheKey(bytes, settings, identity)
      const stored = options.fix ? undefined : cache.get(path, key)
      if (stored) {
        // bom and encoding matter only when fixed text is written, and a stored result has none.
        checked[index] = {result: stored, bom: false, encoding: 'utf-8'}
        continue
      }
      pending.push({index, path, absolute, settings, key})
    }
    toLint.push({index, path})
  }

  const linted = await checkAll(
    toLint.map((item) => item.path),
    options,
    jobs,
    onProgress && ((progress) => onProgress({done: progress.done, total: toLint.length}))
  )
  toLint.forEach((item, position) => (checked[item.index] = linted.checked[position]))

  const finish = async (dryRun: boolean) => {
    for (const item of pending) {
      const file = checked[item.index]
      if (!file) continue
      const bytes = readBytes(item.absolute)
      if (bytes === undefined) continue
      const key = cacheKey(bytes, item.settings, identity)
      if (file.result.output === undefined) {
        // Store only if the file did not change while it was being checked.
        if (key === item.key) cache.set(item.path, key, file.result)
      } else if (!dryRun && key !== item.key) {
        // The fixed text was written: the remaining findings describe the file as it is now.
        cache.set(item.path, key, file.result)
      }
    }
    const checkedPaths = new Set(paths)
    cache.prune((path) => checkedPaths.has(path) || existsSync(resolve(options.cwd, path)))
    await cache.save()
  }
  return {checked, failures: linted.failures, cache, finish}
}
