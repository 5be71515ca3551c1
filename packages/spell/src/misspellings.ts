import {readFileSync} from 'node:fs'

/**
 * Read a list of known misspellings: one `wrong: right` pair per line, `#` starts a comment. Keys are lower case.
 */
export function readMisspellings(file: URL | string): Map<string, string> {
  return parseMisspellings(readFileSync(file, 'utf8'))
}

export function parseMisspellings(text: string): Map<string, string> {
  const list = new Map<string, string>()
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*/, '').trim()
    if (line === '') continue
    const colon = line.indexOf(':')
    const wrong = colon === -1 ? '' : line.slice(0, colon).trim()
    const right = colon === -1 ? '' : line.slice(colon + 1).trim()
    if (wrong === '' || right === '') throw new Error(`Line ${index + 1}: expected “wrong: right”, got “${raw}”`)
    list.set(wrong.toLowerCase(), right)
  }
  return list
}

/** Words in a list of words or phrases (`terms` may hold phrases such as `Kontaktcenter Sundsvall`). */
export function wordsOf(entries: Iterable<string> | undefined): string[] {
  const words: string[] = []
  for (const entry of entries ?? []) {
    const trimmed = entry.trim()
    if (trimmed === '') continue
    words.push(trimmed)
    if (/\s/.test(trimmed)) words.push(...trimmed.split(/\s+/))
  }
  return words
}

/** Read a word list: one entry per line, `#` starts a comment. */
export function readWordList(file: URL | string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
}
