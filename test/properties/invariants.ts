import type {FileResult, LintMessage} from '../../packages/core/dist/index.js'
import type {Format} from './pieces.js'

/**
 * What must hold for every finding on every document (issue 13): its span is inside the document, its line and
 * column agree with its offsets, it never splits a surrogate pair or a CRLF, and the source text it covers, with
 * references and escapes decoded, is the text the rule reported (`actual`). Each check returns the problems found,
 * so a failing case names all of them.
 */

/** 1-based line and column of each offset, with CRLF, CR and LF as line endings (as vfile-location and LSP count). */
export function lineStarts(value: string): number[] {
  const starts = [0]
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 13 && value.charCodeAt(at + 1) === 10) continue
    if (code === 10 || code === 13) starts.push(at + 1)
  }
  return starts
}

export function pointOf(starts: readonly number[], offset: number): {line: number; column: number} {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low]! + 1}
}

/** Whether `offset` falls between the halves of a surrogate pair or between the CR and LF of a CRLF. */
export function splitsCharacter(value: string, offset: number): boolean {
  if (offset <= 0 || offset >= value.length) return false
  const before = value.charCodeAt(offset - 1)
  const after = value.charCodeAt(offset)
  const pair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
  return pair || (before === 13 && after === 10)
}

const named: Record<string, string> = {amp: '&', aring: 'å', Auml: 'Ä', nbsp: '\u00A0', quot: '"', lt: '<', gt: '>', apos: "'"}

/** Decode the character references the generator writes; an unknown name stays literal, as both parsers keep it. */
export function decodeReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{0,30});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X'
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
      return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code)
    }
    return named[name] ?? whole
  })
}

/**
 * The text a reader sees in a source span, for comparing with `actual`: references and (Markdown) escapes decoded,
 * tags and inline markup characters left out, white space (line endings, container prefixes) collapsed to one space.
 */
export function visibleText(format: Format, span: string, decode = true): string {
  // NUL: micromark replaces it with U+FFFD, an HTML parser drops it from text.
  let text = format === 'html' ? span.replace(/\u0000/g, '') : format === 'markdown' ? span.replace(/\u0000/g, '\uFFFD') : span
  // Scripts and styles are never prose; a finding may span one (a word repeated on both sides of it).
  if (format === 'html') text = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
  // A line break element is white space in the text; other tags are nothing (`&amp;<a>ord` reads `&ord`).
  if (format === 'markdown' || format === 'html') text = text.replace(/<br\s*\/?>/gi, ' ').replace(tag, '')
  if (format === 'markdown') {
    // An autolink's brackets (a span may end inside them, at the end of the address).
    text = text.replace(/<(?=[a-z][\w+.-]*(?::|$)|[^<>\s@]+@)/gi, '')
    // An escaped `&` starts no reference: escapes are held out of the decoding (as private-use characters).
    text = withoutImageMarks(text)
    if (!decode) return collapse(withoutMarkup(decodeReferences(text)))
    // `actual` loses every `![` as an image mark (visibleActual), also one that is `!\[` here: so must the source.
    text = text.replace(/!\\\[/g, '[')
    const escaped = text.replace(/\\([!-/:-@[-`{-~]|\r\n|\r|\n)/g, (_, character: string) => (character === '&' ? '\u{F0026}' : character))
    text = withoutMarkup(decodeReferences(escaped).replace(/\u{F0026}/gu, '&'))
  } else if (format === 'html') {
    text = decodeReferences(text)
  }
  return collapse(text)
}

/** An HTML (or JSX-like) start or end tag, or a comment; not an autolink (`<https://…>`), which is text. */
const tag = /<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g

/**
 * `actual` as compared: in Markdown, link targets, footnote references, brackets and emphasis characters are left out
 * on both sides, as each can be markup or literal text (`[^1]` without a definition, `\*`, Markdown in an HTML block).
 */
function visibleActual(format: Format, actual: string): string {
  return collapse(format === 'markdown' ? withoutMarkup(withoutImageMarks(actual)) : actual)
}

/** The `!` of an image (`![alt](src)`), but not an escaped `\!` before a link. */
function withoutImageMarks(text: string): string {
  return text.replace(/(^|[^\\])!\[/g, '$1[')
}

function withoutMarkup(text: string): string {
  return text
    .replace(/\]\([^()\s]*(?:\s+"[^"]*")?\)/g, '')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/[[\]*_~>]/g, '')
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The problems with one finding on `value` (empty when it is sound). */
export function findingProblems(format: Format, value: string, starts: readonly number[], message: LintMessage): string[] {
  const problems: string[] = []
  const {offset, endOffset} = message
  const label = `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} [${offset}, ${endOffset})`
  if (message.ruleId === 'parse-error') return [`${label}: parse error: ${message.message}`]
  if (offset === undefined || endOffset === undefined) return [`${label}: no offsets`]
  if (!(offset >= 0 && offset <= endOffset && endOffset <= value.length)) return [`${label}: outside the document (length ${value.length})`]
  const start = pointOf(starts, offset)
  const end = pointOf(starts, endOffset)
  if (start.line !== message.line || start.column !== message.column) problems.push(`${label}: start is ${start.line}:${start.column} by its offset`)
  if (end.line !== message.endLine || end.column !== message.endColumn) problems.push(`${label}: end is ${end.line}:${end.column} by its offset`)
  if (splitsCharacter(value, offset) || splitsCharacter(value, endOffset)) problems.push(`${label}: splits a surrogate pair or CRLF`)
  if (message.actual !== undefined) {
    const seen = visibleText(format, value.slice(offset, endOffset))
    const actual = visibleActual(format, message.actual)
    // In an HTML block, Markdown escapes are literal text (references are decoded all the same).
    const literal = format === 'markdown' && seen !== actual && visibleText(format, value.slice(offset, endOffset), false) === actual
    if (seen !== actual && !literal) {
      problems.push(`${label}: source ${JSON.stringify(value.slice(offset, endOffset))} is not actual ${JSON.stringify(message.actual)}`)
    }
  }
  return problems
}

/** The problems with all findings of a result. */
export function resultProblems(format: Format, value: string, result: FileResult): string[] {
  const starts = lineStarts(value)
  return result.messages.flatMap((message) => findingProblems(format, value, starts, message))
}
