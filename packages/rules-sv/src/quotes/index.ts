import type {Paragraph, Root, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import {isDeveloperText, readDataFile, report, textOf, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'quotes',
  defaultSeverity: 'info',
  fixable: 'safe',
  description: {
    sv: 'Svenska citattecken: ”…” och ’…’ i stället för "…", “…”, „…“ och «…».',
    en: 'Swedish quotation marks: ”…” and ’…’ instead of "…", “…”, „…“ and «…» (Swedish).'
  }
}

/** The rule has no options of its own. */
export type Options = RuleOptions

interface QuoteData {
  /** Marks that are never Swedish, with their replacement. */
  readonly always: Readonly<Record<string, string>>
}

const data = readDataFile(new URL('../../data/quotes.yml', import.meta.url)) as QuoteData
const always = new Map(Object.entries(data.always))

const swedishDouble = '”'
const swedishSingle = '’'
const note =
  'På svenska ser citattecknen likadana ut i början och i slutet: ”…”. Ett citat inne i ett citat får ’…’. ' +
  'Källa: Myndigheternas skrivregler 13.11.'

/** Tokens after which a straight single quote opens a quotation. */
const opensBefore = new Set(['(', '[', '"', '”', '“', '„', '«', '»', '–', '—', ':'])

interface Finding {
  readonly node: SentenceContent
  readonly replacement: string
}

/**
 * retext plugin: flags straight and foreign quotation marks in Swedish prose (`"…"`, `“…”`, `„…“`, `«…»`, and
 * `'…'` or `‘…’` inside a quote) with the Swedish mark (`”`, `’`) as the fix, one finding per mark. Leaves alone
 * code and URLs (`SourceNode`s), HTML attribute values (`title="…"`), inch marks after a number (`24"`),
 * apostrophes (`Anna's`, `Lars' bil`, `'90-talet`) and Swedish quotes (`”…”`, `’…’`, `»…»`).
 * Usable on its own in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvQuotes(_options: Options = {}) {
  return function (tree: Root, file: VFile) {
    // Developer documentation quotes literal values (`"primary"`, an output string), which keep their straight quotes.
    if (isDeveloperText(file)) return
    for (const paragraph of tree.children) {
      if (paragraph.type === 'ParagraphNode') checkParagraph(paragraph, file)
    }
  }
}

/** Quote state of one paragraph: quotations may span sentences, never paragraphs. */
class QuoteScanner {
  readonly findings: Finding[] = []
  /** A straight double quote is open (the next one closes it). */
  doubleOpen = false
  /** An opening straight single quote waiting for its closing partner. */
  singleOpener: SentenceContent | undefined
  /** The last unpaired guillemet: `«` (flagged already) or `»` (not flagged yet: Swedish if `»…»`). */
  guillemet: {readonly node: SentenceContent; readonly value: string} | undefined
  /** Inside an HTML attribute value: the quote character that ends it. */
  attributeEnd: string | undefined
  /** Between backticks (code in plain text). */
  inCode = false

  scan(children: readonly SentenceContent[]): void {
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue
      const value = node.value
      if (value.charCodeAt(0) === 96 /* ` */) {
        if (/^`+$/.test(value)) this.inCode = !this.inCode
        continue
      }
      if (this.inCode || value.length !== 1) continue
      if (this.attributeEnd !== undefined) {
        if (value === this.attributeEnd) this.attributeEnd = undefined
        continue
      }
      const previous = children[index - 1]
      if (value === '"' || value === "'") {
        // `title="…"`, `\"`: markup or code, not prose.
        if (previous?.type === 'SourceNode') {
          // `www.example.se/?q="x"`: glued to an address that no quotation encloses, it is part of the address.
          const open = value === '"' ? this.doubleOpen : this.singleOpener !== undefined
          if (!open) {
            this.attributeEnd = value
            continue
          }
        } else if (previous && previous.type !== 'WordNode' && previous.type !== 'WhiteSpaceNode') {
          if (previous.value === '=') {
            this.attributeEnd = value
            continue
          }
          if (previous.value === '\\') continue
        }
        if (value === '"') this.straightDouble(node, previous)
        else this.straightSingle(node, previous, children[index + 1])
        continue
      }
      if (value === '»' || value === '«') {
        this.guillemetMark(node, value)
        continue
      }
      const replacement = always.get(value)
      if (replacement !== undefined) this.findings.push({node, replacement})
    }
  }

  straightDouble(node: SentenceContent, previous: SentenceContent | undefined): void {
    // `24"` with no quotation open is an inch mark; after a number inside a quotation it closes it (`"Del 2"`).
    if (!this.doubleOpen && previous?.type === 'WordNode' && endsWithDigit(textOf(previous))) return
    this.findings.push({node, replacement: swedishDouble})
    this.doubleOpen = !this.doubleOpen
  }

  straightSingle(node: SentenceContent, previous: SentenceContent | undefined, next: SentenceContent | undefined) {
    if (this.singleOpener === undefined) {
      if (opensQuotation(previous, next)) this.singleOpener = node
      return
    }
    // A closing mark follows text and precedes a space, punctuation or the end (`'nej'.`, `'nej' sa`).
    if (previous === undefined || previous.type === 'WhiteSpaceNode') {
      if (opensQuotation(previous, next)) this.singleOpener = node
      return
    }
    if (next !== undefined && next.type === 'WordNode') return
    this.findings.push({node: this.singleOpener, replacement: swedishSingle}, {node, replacement: swedishSingle})
    this.singleOpener = undefined
  }

  guillemetMark(node: SentenceContent, value: string): void {
    const open = this.guillemet
    if (value === '«') {
      // `»…«` (Danish, German): both marks are foreign.
      if (open?.value === '»') this.findings.push({node: open.node, replacement: swedishDouble})
      this.findings.push({node, replacement: swedishDouble})
      this.guillemet = open?.value === '»' ? undefined : {node, value}
    } else if (open?.value === '«') {
      this.findings.push({node, replacement: swedishDouble})
      this.guillemet = undefined
    } else {
      // A second `»` closes the Swedish `»…»`; a first one waits to see which pair it belongs to.
      this.guillemet = open ? undefined : {node, value}
    }
  }
}

function checkParagraph(paragraph: Paragraph, file: VFile): void {
  let scanner: QuoteScanner | undefined
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    // Cheap test first: most sentences have no quotation mark at all.
    if (!scanner && !children.some(isCandidate)) continue
    scanner ??= new QuoteScanner()
    scanner.scan(children)
  }
  if (!scanner || scanner.findings.length === 0) return
  const findings = scanner.findings.sort(
    (a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0)
  )
  for (const {node, replacement} of findings) {
    const actual = textValue(node)
    report(file, {
      ruleId: meta.id,
      reason:
        replacement === swedishSingle
          ? `Skriv ’ (svenskt halvt citattecken) i stället för ${actual}.`
          : `Skriv ” (svenskt citattecken) i stället för ${actual}.`,
      place: node,
      actual,
      expected: [replacement],
      note
    })
  }
}

function isCandidate(node: SentenceContent): boolean {
  if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') return false
  const value = node.value
  const first = value.charCodeAt(0)
  // `"`, `'`, a backtick (code in plain text), guillemets and the marks in the data file.
  return first === 34 || first === 39 || first === 96 || value === '»' || value === '«' || always.has(value)
}

/** A single quote opens a quotation after a space, the start or an opening mark, and before a word with a letter. */
function opensQuotation(previous: SentenceContent | undefined, next: SentenceContent | undefined): boolean {
  if (next?.type !== 'WordNode' || !startsWithLetter(textOf(next))) return false
  if (previous === undefined || previous.type === 'WhiteSpaceNode') return true
  return (previous.type === 'PunctuationNode' || previous.type === 'SymbolNode') && opensBefore.has(previous.value)
}

function textValue(node: SentenceContent): string {
  return node.type === 'WordNode' ? textOf(node) : node.value
}

function endsWithDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code >= 48 && code <= 57
}

function startsWithLetter(text: string): boolean {
  return /^\p{L}/u.test(text)
}

export const rule: LanguageRule = {meta, plugin: retextSvQuotes}
