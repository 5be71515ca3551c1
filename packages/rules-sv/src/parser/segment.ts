import type {Paragraph, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {continuingAbbreviations, terminalAbbreviations} from './abbreviations.js'

const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const digit = /\p{N}/u
const terminalMark = /^[.!?…]+$/
const closer = /^[)\]}'’”"»]+$/
const opener = /^[([{'‘’”"«–—-]+$/
const bullet = /^[-–—*•·]$/

export interface SegmentOptions {
  /** Whether a single line break before a capital, digit or bullet ends a sentence (plain text). */
  readonly lineBreaks?: boolean
}

/**
 * Paragraph plugin that replaces ParseLatin's sentence splitting with rules for Swedish: no break after
 * abbreviations such as `kl.`, `tel.`, `nov.`, `kap.`, `fr.o.m.`; a break after `m.m.`, `osv.` or a number when a
 * capital letter follows; a break at blank lines.
 */
export function createSegmenter(options: SegmentOptions = {}) {
  const lineBreaks = options.lineBreaks === true

  return function segmentSwedish(paragraph: Paragraph): void {
    const tokens: SentenceContent[] = []
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') tokens.push(...child.children)
      else tokens.push(child as SentenceContent)
    }

    const out: Paragraph['children'] = []
    let current: SentenceContent[] = []

    const flush = () => {
      let start = 0
      let end = current.length
      while (start < end && current[start]!.type === 'WhiteSpaceNode') start++
      while (end > start && current[end - 1]!.type === 'WhiteSpaceNode') end--
      for (let i = 0; i < start; i++) out.push(current[i] as WhiteSpace)
      if (end > start) out.push(toSentence(current.slice(start, end)))
      for (let i = end; i < current.length; i++) out.push(current[i] as WhiteSpace)
      current = []
    }

    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!

      if (token.type === 'WhiteSpaceNode') {
        const breaks = lineCount(token.value)
        if (breaks >= 2 || (lineBreaks && breaks === 1 && startsLine(tokens, index + 1))) {
          flush()
          out.push(token)
        } else {
          current.push(token)
        }
        continue
      }

      current.push(token)
      if (!isTerminal(token)) continue

      const run = runBefore(current)
      // Closing quotes, brackets and more marks (`?!`) stay with the sentence they close.
      let next = index + 1
      while (next < tokens.length && isCloserOrMark(tokens[next]!)) {
        current.push(tokens[next]!)
        next++
      }
      index = next - 1

      const space = tokens[next]
      if (space?.type !== 'WhiteSpaceNode') continue
      const first = firstCharacterAfter(tokens, next + 1)
      if (first === undefined) continue
      if (endsSentence(toString(token), run, first)) flush()
    }

    flush()
    paragraph.children = out
  }
}

function lineCount(value: string): number {
  return value.split(/\r\n|\r|\n/).length - 1
}

function isTerminal(node: SentenceContent): boolean {
  if (node.type === 'PunctuationNode') return terminalMark.test(node.value)
  // ParseLatin keeps the last dot of initialisms inside the word (`m.m.`, `s.k.`).
  return node.type === 'WordNode' && toString(node).endsWith('.')
}

function isCloserOrMark(node: SentenceContent): boolean {
  if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') return false
  return closer.test(node.value) || terminalMark.test(node.value)
}

/** The text of the non-space run that ends at the terminal mark (`fr.o.m.`, `350.`, `(kl.`). */
function runBefore(current: SentenceContent[]): string {
  let value = ''
  for (let i = current.length - 1; i >= 0; i--) {
    const node = current[i]!
    if (node.type === 'WhiteSpaceNode') break
    value = toString(node) + value
  }
  return value.replace(/^[([{'‘’”"«]+/u, '')
}

/** First letter or digit that starts what follows a possible sentence end (skipping opening quotes). */
function firstCharacterAfter(tokens: SentenceContent[], from: number): string | undefined {
  for (let i = from; i < tokens.length; i++) {
    const node = tokens[i]!
    if (node.type === 'WhiteSpaceNode') return undefined
    const value = toString(node)
    if ((node.type === 'PunctuationNode' || node.type === 'SymbolNode') && opener.test(value)) continue
    return value.charAt(0)
  }
  return undefined
}

function endsSentence(mark: string, run: string, next: string): boolean {
  if (mark !== '.' && !mark.endsWith('.')) {
    // `!`, `?`: a break unless the sentence clearly goes on; an ellipsis only before a capital.
    return mark.includes('…') ? upper.test(next) : !lower.test(next)
  }
  if (/^\.{2,}$/.test(mark)) return upper.test(next)

  const key = run.toLowerCase()
  if (continuingAbbreviations.has(key)) return false
  if (terminalAbbreviations.has(key)) return upper.test(next)
  // Initials (`A. Berg`, `K.A. Berg`).
  if (/^(?:\p{Lu}\.)+$/u.test(run)) return false
  // A number before a capital ends a sentence (`… är 350. Kontakta`); before a small letter it is an ordinal.
  if (/^\p{N}+\.$/u.test(run)) return upper.test(next)
  return upper.test(next) || digit.test(next) || !lower.test(next)
}

/** Whether the line that starts at `from` begins a new sentence (capital, digit or list bullet). */
function startsLine(tokens: SentenceContent[], from: number): boolean {
  const node = tokens[from]
  if (!node) return false
  const value = toString(node)
  return upper.test(value.charAt(0)) || digit.test(value.charAt(0)) || bullet.test(value)
}

function toSentence(children: SentenceContent[]): Sentence {
  const sentence: Sentence = {type: 'SentenceNode', children}
  const head = children[0]?.position
  const tail = children[children.length - 1]?.position
  if (head && tail) sentence.position = {start: head.start, end: tail.end}
  return sentence
}
