import {open} from 'node:fs/promises'
import {decodeWindows1252, utf16Of, type TextEncoding} from './encoding.js'
import {digestOf} from './write.js'

/** Files above this size are not checked (they are almost never prose written by a person). */
export const maxFileSize = 10 * 1024 * 1024

/** Why standard input was not checked: reading stopped at the limit, so its whole size is not known. */
export const stdinTooLarge = {
  sv: 'Texten på standard in är större än 10 MB och kontrollerades inte.',
  en: 'The text on standard input is larger than 10 MB and was not checked.'
}

/** Whether text is over the limit files have (counted in UTF-8 bytes, as a file of it would be). */
export function isTooLarge(text: string): boolean {
  return text.length > maxFileSize || Buffer.byteLength(text) > maxFileSize
}

/**
 * Standard input as text, read only up to just past `maxBytes`: a larger input (or an endless one) is cut there,
 * which `isTooLarge` then tells, so memory stays bounded whatever is piped in.
 */
export async function readBoundedStream(stream: AsyncIterable<Buffer | string>, maxBytes = maxFileSize): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    chunks.push(buffer)
    size += buffer.length
    if (size > maxBytes) break
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '')
}

export type ReadResult =
  | {ok: true; value: string; bom: boolean; encoding: TextEncoding; digest?: string}
  | {ok: false; reason: {sv: string; en: string}}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Read a text file, refusing what is too large, binary or not valid UTF-8, with a reason for the user. */
export async function readTextFile(path: string): Promise<ReadResult> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    if (code === 'ELOOP') {
      return {ok: false, reason: {sv: 'Filen är en symbolisk länk som leder tillbaka till sig själv (ELOOP).', en: 'The file is a symbolic link that leads back to itself (ELOOP).'}}
    }
    return {ok: false, reason: {sv: `Filen kunde inte läsas (${code}).`, en: `The file could not be read (${code}).`}}
  }
  try {
    const {size} = await handle.stat()
    if (size > maxFileSize) {
      const mb = (size / 1024 / 1024).toFixed(1)
      return {
        ok: false,
        reason: {sv: `Filen är för stor (${mb.replace(".", ",")} MB, högst 10 MB) och kontrollerades inte.`, en: `The file is too large (${mb} MB, at most 10 MB) and was not checked.`}
      }
    }
    const buffer = await handle.readFile()
    const read = decode(buffer)
    // What was read, so `--fix` can tell whether the file changed on disk before it writes the fixed text.
    if (read.ok) read.digest = digestOf(buffer)
    return read
  } finally {
    await handle.close()
  }
}

/**
 * Decode text: UTF-16 with a byte order mark (Windows tools still save text so), UTF-8 (a BOM is accepted and
 * remembered), else Windows-1252, which older municipal systems still write; binary data is refused.
 */
export function decode(buffer: Uint8Array): ReadResult {
  const utf16 = utf16Of(buffer)
  if (utf16) {
    try {
      const value = new TextDecoder(utf16, {fatal: true, ignoreBOM: true}).decode(buffer.subarray(2))
      if (!value.includes('\u0000')) return {ok: true, value, bom: true, encoding: utf16}
    } catch {
      // Not valid UTF-16 after all: judged as any other bytes below.
    }
  }
  const head = buffer.subarray(0, 8000)
  if (head.includes(0)) {
    return {ok: false, reason: {sv: 'Filen verkar vara binär, inte text.', en: 'The file looks binary, not like text.'}}
  }
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
  try {
    return {ok: true, value: decoder.decode(bom ? buffer.subarray(3) : buffer), bom, encoding: 'utf-8'}
  } catch {
    // Not UTF-8: every byte sequence is valid Windows-1252, and text without NUL bytes that is not UTF-8 almost
    // always is Windows-1252 or Latin-1.
    return {ok: true, value: decodeWindows1252(buffer), bom: false, encoding: 'windows-1252'}
  }
}
