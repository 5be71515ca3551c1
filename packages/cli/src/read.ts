import {open} from 'node:fs/promises'

/** Files above this size are not checked (they are almost never prose written by a person). */
export const maxFileSize = 10 * 1024 * 1024

export type ReadResult = {ok: true; value: string; bom: boolean} | {ok: false; reason: {sv: string; en: string}}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Read a text file, refusing what is too large, binary or not valid UTF-8, with a reason for the user. */
export async function readTextFile(path: string): Promise<ReadResult> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return {ok: false, reason: {sv: `Filen kunde inte läsas (${code}).`, en: `The file could not be read (${code}).`}}
  }
  try {
    const {size} = await handle.stat()
    if (size > maxFileSize) {
      const mb = (size / 1024 / 1024).toFixed(1)
      return {
        ok: false,
        reason: {sv: `Filen är för stor (${mb} MB, högst 10 MB) och kontrollerades inte.`, en: `The file is too large (${mb} MB, at most 10 MB) and was not checked.`}
      }
    }
    const buffer = await handle.readFile()
    return decode(buffer)
  } finally {
    await handle.close()
  }
}

/** Decode UTF-8 text (a BOM is accepted and remembered); binary data and invalid UTF-8 are refused. */
export function decode(buffer: Uint8Array): ReadResult {
  const head = buffer.subarray(0, 8000)
  if (head.includes(0)) {
    return {ok: false, reason: {sv: 'Filen verkar vara binär, inte text.', en: 'The file looks binary, not like text.'}}
  }
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
  try {
    return {ok: true, value: decoder.decode(bom ? buffer.subarray(3) : buffer), bom}
  } catch {
    return {
      ok: false,
      reason: {sv: 'Filen är inte giltig UTF-8: spara den som UTF-8 och kör igen.', en: 'The file is not valid UTF-8: save it as UTF-8 and run again.'}
    }
  }
}
