import type {Element, Root as HastRoot, Text} from 'hast'
import type {Position} from 'unist'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type {NlcstParserClass} from '../types.js'

/** `lines`: plain text in which every line is a paragraph (text extracted from Word documents). */
export type FormatName = 'markdown' | 'html' | 'text' | 'lines'

/** A comment in the source that may hold a `klarsprak-…` directive. */
export interface SourceComment {
  /** The comment's text without `<!--`/`-->` or `{{!--`/`--}}`. */
  value: string
  /** 1-based lines the comment starts and ends on. */
  line: number
  endLine: number
  offset: number
  /** Just past the comment's last character (`-->`, `--}}`), when known. */
  endOffset?: number
}

/** A parsed source document, before it is turned into prose (nlcst). */
export interface ParsedDocument {
  format: FormatName
  /** `lang` from front matter or `<html lang>`, when present. */
  declaredLanguage?: string
  /** Prose for language detection (no code, no markup). */
  proseSample: string
  comments: SourceComment[]
  /**
   * HTML only: the whole page and its main content, for page rules, and the exact source position of part of a
   * text node's value (character references, line endings and ignored tags taken into account).
   */
  page?: {tree: HastRoot; main: HastRoot | Element; textSpan?: (node: Text, from: number, to: number) => Position | undefined}
  /** Build the prose tree with the given parser class. */
  toNlcst(Parser: NlcstParserClass, file: VFile): NlcstRoot
}
