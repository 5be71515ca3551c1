import {randomBytes} from 'node:crypto'
import {chmod, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {encodeWindows1252, type TextEncoding} from './encoding.js'

/**
 * Write `value` to `path` in its original encoding, through a temporary file in the same folder and a rename, so a
 * crash never leaves half a file. Throws, changing nothing, when the encoding cannot hold the text.
 */
export async function writeAtomically(path: string, value: string, bom = false, encoding: TextEncoding = 'utf-8'): Promise<void> {
  const bytes = encoding === 'utf-8' ? Buffer.from((bom ? '\ufeff' : '') + value, 'utf8') : encodeWindows1252(value)
  if (!bytes) throw new Error(`${path}: the fixed text has characters that Windows-1252 cannot hold; the file was left as it was`)
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.klarsprak-tmp`)
  const mode = (await stat(path).catch(() => undefined))?.mode
  try {
    await writeFile(temporary, bytes)
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
