import type {VFile} from 'vfile'

// Plain-language advice is written for texts to the public. Developer documentation (design systems, API guides,
// READMEs) is written to staff who share its jargon: there passives of what the software does, impersonal `man`,
// LIX pulled up by technical terms and quotation marks around literal values are right as they are. Such texts
// show themselves by their code: on the real-text corpus every file with code at least 5 times per 1,000 words was
// developer documentation, and no press release, letter or page for residents had any.

const perThousand = 5
const code = /```|~~~|`[^`\n]+`|\{@link\s|<code[\s>]|\{\{|\{%/g
const word = /\p{L}+/gu

/**
 * Whether a document's source reads as developer documentation: code (blocks, inline code, `{@link}`, `<code>`,
 * template tags `{{ }}` and `{% %}`) 5+ times per 1,000 words.
 */
export function isDeveloperSource(value: string): boolean {
  const codes = value.match(code)?.length ?? 0
  if (codes === 0) return false
  const words = value.match(word)?.length ?? 0
  return words > 0 && (codes / words) * 1000 >= perThousand
}

/**
 * {@link isDeveloperSource} of the document a rule checks. The engine sets it before the rules run (from the whole
 * document, also when the language server checks one block); a file checked outside the engine is read itself.
 */
export function isDeveloperText(file: VFile): boolean {
  const data = file.data as {developerText?: boolean}
  data.developerText ??= isDeveloperSource(String(file.value))
  return data.developerText
}
