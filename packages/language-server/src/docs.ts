import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Code, Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Language} from '@klarsprak/core'

/** What a hover shows from a rule's documentation page. */
export interface RuleDoc {
  /** The page's first paragraph (English, as the pages are written), as Markdown. */
  summary?: string
  /** The first invalid example and the first valid one, per language of text. */
  examples: Partial<Record<'main' | 'en', {invalid?: string; valid?: string}>>
}

const processor = unified().use(remarkParse)

/**
 * Folders that may hold the rule pages (`<id>.md`): `KLARSPRAK_RULES_DIR`, `rules/` beside a bundled server (the
 * VS Code extension ships them there), and the repository's `rules/` (three levels above `dist/`).
 */
function candidates(): string[] {
  const found: string[] = []
  if (process.env.KLARSPRAK_RULES_DIR) found.push(process.env.KLARSPRAK_RULES_DIR)
  found.push(fileURLToPath(new URL('./rules/', import.meta.url)))
  found.push(fileURLToPath(new URL('../../../rules/', import.meta.url)))
  return found
}

const cache = new Map<string, RuleDoc | undefined>()

/** The documentation of a rule, read and parsed once; `undefined` when no page is found. */
export function ruleDoc(ruleId: string): RuleDoc | undefined {
  if (cache.has(ruleId)) return cache.get(ruleId)
  let doc: RuleDoc | undefined
  if (/^[a-z0-9-]+$/.test(ruleId)) {
    for (const folder of candidates()) {
      const page = `${folder.replace(/[\\/]$/, '')}/${ruleId}.md`
      if (!existsSync(page)) continue
      try {
        doc = parseRuleDoc(readFileSync(page, 'utf8'))
      } catch {
        doc = undefined
      }
      break
    }
  }
  cache.set(ruleId, doc)
  return doc
}

/**
 * The first paragraph after the title, and the first code block under each `Invalid`/`Valid` heading: those of the
 * main `Examples` section are Swedish text (or English for English-only rules), those under `## English` English.
 */
export function parseRuleDoc(markdown: string): RuleDoc {
  const tree = processor.parse(markdown) as Root
  const doc: RuleDoc = {examples: {}}
  let section: 'main' | 'en' = 'main'
  let kind: 'invalid' | 'valid' | undefined
  const main: {invalid?: string; valid?: string} = {}
  const english: {invalid?: string; valid?: string} = {}
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'paragraph' && doc.summary === undefined) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      doc.summary = start !== undefined && end !== undefined ? markdown.slice(start, end) : toString(node)
      continue
    }
    if (node.type === 'heading') {
      const title = toString(node as Heading).trim().toLowerCase()
      if ((node as Heading).depth === 2) {
        if (title === 'english') section = 'en'
        kind = undefined
      }
      if (title === 'invalid') kind = 'invalid'
      else if (title === 'valid') kind = 'valid'
      else if ((node as Heading).depth <= 3 && title !== 'examples') kind = undefined
      continue
    }
    if (node.type === 'code' && kind) {
      const target = section === 'en' ? english : main
      // The first block under a heading is the input; the next is its expected output.
      target[kind] ??= (node as Code).value
      kind = undefined
    }
  }
  doc.examples.main = main
  if (english.invalid || english.valid) doc.examples.en = english
  return doc
}

/** Examples for a document in `language`: the English section for English, the main section otherwise. */
export function examplesFor(doc: RuleDoc, language: Language, hasSwedish: boolean): {invalid?: string; valid?: string} | undefined {
  const examples = doc.examples
  if (language === 'en') return examples.en ?? (hasSwedish ? undefined : examples.main)
  return hasSwedish ? examples.main : undefined
}
