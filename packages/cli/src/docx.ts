import {readFile, stat} from 'node:fs/promises'
import {maxFileSize} from './read.js'

export type DocxResult = {ok: true; value: string} | {ok: false; reason: {sv: string; en: string}}

/**
 * The text of a Word document with one paragraph per line, so that a finding's line is the paragraph's number in
 * the document (empty paragraphs count). Line breaks inside a paragraph become spaces.
 */
export async function readDocx(path: string): Promise<DocxResult> {
  try {
    if ((await stat(path)).size > maxFileSize) {
      return {ok: false, reason: {sv: 'Filen är för stor (över 10 MB) och kontrollerades inte.', en: 'The file is too large (over 10 MB) and was not checked.'}}
    }
    // mammoth is large; it is loaded only when a Word document is checked.
    const {default: mammoth} = await import('mammoth')
    const {value} = await mammoth.extractRawText({buffer: await readFile(path)})
    const paragraphs = value.replace(/\n\n$/, '').split('\n\n')
    return {ok: true, value: paragraphs.map((paragraph) => paragraph.replace(/[\r\n]/g, ' ')).join('\n') + '\n'}
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    return {ok: false, reason: {sv: `Word-filen kunde inte läsas: ${reason}`, en: `The Word file could not be read: ${reason}`}}
  }
}
