import {createHash, randomBytes} from 'node:crypto'
import {closeSync, constants as fs, ftruncateSync, fsyncSync, openSync, unlinkSync, writeSync} from 'node:fs'
import {access, open, readFile, readdir, realpath, rename, stat, unlink} from 'node:fs/promises'
import {constants as os} from 'node:os'
import {basename, dirname, join} from 'node:path'
import {encodeUtf16, encodeWindows1252, type TextEncoding} from './encoding.js'
import {UsageError} from './errors.js'

/**
 * A file that was left as it was, for a reason the user should hear (read-only, changed on disk, not writable…).
 * The message names the file and is ready to print after `klarsprak: `.
 */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteRefused'
  }
}

/** SHA-256 of bytes, to tell whether a file on disk is still what was read. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface WriteOptions {
  bom?: boolean
  encoding?: TextEncoding
  /** The name to show in messages (the path as the user gave it); the path itself by default. */
  label?: string
  /**
   * `digestOf` the bytes the new text was made from. When the file on disk no longer holds them (the user saved an
   * edit during the run), it is left as it was and a `WriteRefused` says so.
   */
  expected?: string
  /** Called once the temporary file is complete, just before the file on disk is compared and replaced (tests). */
  beforeCommit?: (temporary: string) => void | Promise<void>
}

/**
 * Write fixed text to `path` in the file's own encoding, keeping what the user has:
 * - a symbolic link is followed: its target gets the new text and the link stays a link;
 * - the new file gets the old one's owner, group and mode;
 * - a file with one name is replaced through a temporary file next to it and a rename, so a crash never leaves half
 *   a file; a file with several names (hard links) cannot be renamed over without breaking the links, so the new
 *   text is first written in full to a temporary copy next to it and then written into the file in place;
 * - a file whose owner has no write permission (even for root), or that the user may not write, is refused;
 * - with `expected`, a file that changed on disk since it was read is refused.
 *
 * Throws `WriteRefused`, changing nothing, when the file is refused or the encoding cannot hold the text. Temporary
 * files are named `.NAME.PID-RANDOM.klarsprak-tmp` (or `.klarsprak-copy` for a copy written in place); they are
 * removed on SIGINT and SIGTERM, and left-overs of an interrupted earlier run of the same file are cleaned up.
 */
export async function writeFixedText(path: string, value: string, options: WriteOptions = {}): Promise<void> {
  const label = options.label ?? path
  const encoding = options.encoding ?? 'utf-8'
  const bytes =
    encoding === 'utf-8'
      ? Buffer.from((options.bom ? '\ufeff' : '') + value, 'utf8')
      : encoding === 'windows-1252'
        ? encodeWindows1252(value)
        : encodeUtf16(value, encoding)
  if (!bytes) throw new WriteRefused(`${label}: the fixed text has characters that Windows-1252 cannot hold; the file was left as it was`)

  const target = await realpath(path).catch(() => path)
  const original = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new WriteRefused(`${label}: the file could not be written (${error.code ?? error.message}); it was left as it was`)
  })
  if (original) {
    if (!original.isFile()) throw new WriteRefused(`${label}: not a regular file; it was left as it was`)
    if ((original.mode & 0o200) === 0) throw new WriteRefused(`${label}: the file is read-only (its owner has no write permission); it was left as it was`)
    if (!(await access(target, fs.W_OK).then(() => true, () => false))) {
      throw new WriteRefused(`${label}: no permission to write the file; it was left as it was`)
    }
    await removeLeftovers(target, label)
  }

  const unchanged = async () => {
    if (!original || options.expected === undefined) return 'yes'
    const now = await readFile(target).catch(() => undefined)
    if (now === undefined) return 'no'
    const digest = digestOf(now)
    if (digest === options.expected) return 'yes'
    // Already the new text: the same file was fixed under another name (a link) earlier in this run.
    return digest === digestOf(bytes) ? 'done' : 'no'
  }
  const changed = () => new WriteRefused(`${label}: the file changed on disk while it was being checked; it was left as it was (run again to fix it)`)

  // A file with several names is written in place; so is one whose owner a new file cannot be given (not root).
  let inPlace = original !== undefined && original.nlink > 1
  let temporary: string | undefined
  let renamed = false
  try {
    temporary = inPlace ? await copyName(target) : temporaryName(target, 'tmp')
    track(temporary)
    const handle = await open(temporary, 'wx', original ? 0o600 : 0o666)
    try {
      await handle.writeFile(bytes)
      if (original && !inPlace) {
        const created = await handle.stat()
        if (created.uid !== original.uid || created.gid !== original.gid) {
          try {
            await handle.chown(original.uid, original.gid)
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error
            inPlace = true
          }
        }
        // After chown, which clears set-user-ID and set-group-ID bits.
        if (!inPlace) await handle.chmod(original.mode & 0o7777)
      }
      if (inPlace) await handle.datasync()
    } finally {
      await handle.close()
    }
    if (inPlace && temporary.endsWith('.klarsprak-tmp')) {
      // Now a complete copy to write in place from: give it the name that says so.
      const copy = await copyName(target)
      track(copy)
      await rename(temporary, copy)
      untrack(temporary)
      temporary = copy
    }
    await options.beforeCommit?.(temporary)
    const state = await unchanged()
    if (state === 'no') throw changed()
    if (state === 'yes' && inPlace) writeInPlace(target, bytes)
    if (state === 'yes' && !inPlace) {
      await rename(temporary, target)
      renamed = true
    }
  } catch (error) {
    if (error instanceof WriteRefused) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new WriteRefused(`${label}: the fixed text could not be written (${code ?? (error as Error).message}); the file was left as it was`)
  } finally {
    if (temporary !== undefined) {
      if (!renamed) await unlink(temporary).catch(() => undefined)
      untrack(temporary)
    }
  }
}

/**
 * Overwrite the file's bytes, keeping its inode (and so its other names, owner and mode). Synchronous on purpose:
 * a SIGINT or SIGTERM handler runs only between JavaScript tasks, so it can never see a half-written file.
 */
function writeInPlace(path: string, bytes: Uint8Array) {
  const descriptor = openSync(path, 'r+')
  try {
    ftruncateSync(descriptor, 0)
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset, bytes.length - offset, offset)
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

// `.NAME.PID-RANDOM.klarsprak-tmp`, `.NAME.PID-RANDOM-BEFORE.klarsprak-copy` (BEFORE: the file's digest, shortened).
const leftover = /^\.(.+)\.(\d+)-[0-9a-f]{8}(?:-([0-9a-f]{16}))?\.klarsprak-(tmp|copy)$/

function temporaryName(target: string, kind: 'tmp' | 'copy', before = ''): string {
  const random = randomBytes(4).toString('hex')
  return join(dirname(target), `.${basename(target)}.${process.pid}-${random}${before && `-${before}`}.klarsprak-${kind}`)
}

/** A copy's name records what the file held before, so a left-over copy tells whether the file was being written. */
async function copyName(target: string): Promise<string> {
  return temporaryName(target, 'copy', digestOf(await readFile(target)).slice(0, 16))
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Temporary files of `target` left by an earlier run that was killed (`kill -9`, a power cut) are removed; those of
 * a run still going are not touched. A left-over copy is removed when the file holds what it held before the copy
 * was made (the run died before writing it) or the copy's text (it died after); anything else means the run died
 * while writing the file in place: the copy holds the complete fixed text, so it is kept and the file not touched.
 */
async function removeLeftovers(target: string, label: string) {
  const folder = dirname(target)
  const name = basename(target)
  const entries = await readdir(folder).catch(() => [] as string[])
  for (const entry of entries) {
    const match = leftover.exec(entry)
    if (!match || match[1] !== name || isRunning(Number(match[2]))) continue
    const path = join(folder, entry)
    if (match[4] === 'copy') {
      const [copy, current] = await Promise.all([readFile(path).catch(() => undefined), readFile(target).catch(() => undefined)])
      const untouched = current !== undefined && match[3] !== undefined && digestOf(current).startsWith(match[3])
      if (copy && current && !untouched && !copy.equals(current)) {
        throw new WriteRefused(
          `${label}: ${entry} is left from an interrupted run and holds the complete fixed text; the file may be incomplete: compare the two, keep the right one and delete ${entry}`
        )
      }
    }
    await unlink(path).catch(() => undefined)
  }
}

// Temporary files being written now, removed if the process is stopped.
const live = new Set<string>()

function removeLive() {
  for (const path of live) {
    try {
      unlinkSync(path)
    } catch {
      // Already renamed or removed.
    }
  }
  live.clear()
}

function onSignal(signal: NodeJS.Signals) {
  removeLive()
  process.exit(128 + (os.signals[signal] ?? 0))
}

function track(path: string) {
  if (live.size === 0) {
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    process.on('exit', removeLive)
  }
  live.add(path)
}

function untrack(path: string) {
  if (!live.delete(path) || live.size > 0) return
  process.off('SIGINT', onSignal)
  process.off('SIGTERM', onSignal)
  process.off('exit', removeLive)
}

/** Write a file the command owns (the baseline) with the same care as fixed text; a refusal stops the run (exit 2). */
export async function writeAtomically(path: string, value: string, label = path): Promise<void> {
  try {
    await writeFixedText(path, value, {label})
  } catch (error) {
    throw error instanceof WriteRefused ? new UsageError(error.message) : error
  }
}
