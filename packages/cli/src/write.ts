import {randomBytes} from 'node:crypto'
import {chmod, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Write `value` to `path` through a temporary file in the same folder and a rename, so a crash never leaves half a file. */
export async function writeAtomically(path: string, value: string, bom = false): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.klarsprak-tmp`)
  const mode = (await stat(path).catch(() => undefined))?.mode
  try {
    await writeFile(temporary, (bom ? '\ufeff' : '') + value, 'utf8')
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
