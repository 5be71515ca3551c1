import type {Root as NlcstRoot} from 'nlcst'
import {VFile} from 'vfile'
import {
  detectProseLanguage,
  languageFromTag,
  parseDocument,
  type DocumentFormat,
  type FileResult,
  type FileSettings,
  type Language,
  type Linter,
  type LintMessage,
  type ParsedDocument
} from '@klarsprak/core'
import {countLines, definitionsOf, markdownBlocks, textBlocks, type Block} from './blocks.js'

/**
 * Rules that need the whole document, not one block: LIX of the whole text (and of paragraphs, reported only when
 * there are several), one term spelled in several ways, a capitalised unknown word that the text also writes in
 * the middle of a sentence (a name, for `spelling`), and capitals that the text also writes in lower case
 * (`exclamation`). They run on the document assembled from the cached block trees; every other rule runs per block.
 */
export const wholeDocumentRules: ReadonlySet<string> = new Set(['readability-lix', 'term-consistency', 'spelling', 'exclamation'])

/** Thrown (and caught by the caller) when a newer version of the document arrived while checking. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version')
    this.name = 'Superseded'
  }
}

interface Checked {
  /** Language and settings it was checked with. */
  language: Language
  settings: FileSettings
  tree: NlcstRoot
  /** Findings of the per-block rules, in block coordinates; inline directives not applied yet. */
  messages: LintMessage[]
  /** How far the tree's positions are currently moved from block coordinates. */
  shiftOffset: number
  shiftLine: number
}

interface Entry {
  /** Text parsed: the block, plus the document's link definitions when the block may use them. */
  source: string
  parsed: ParsedDocument
  checked?: Checked
}

/**
 * Checks one open document block by block: a change re-checks only the blocks whose text changed and reuses the
 * others (their prose trees and findings), then runs the whole-document rules, inline directives, statistics and
 * fingerprints on the document assembled from the blocks. The result is the same as core's `Linter.lint` on the
 * whole text (the tests compare them).
 */
export class IncrementalDocument {
  #entries = new Map<string, Entry>()
  #lastSample = ''
  #lastLanguage: Language | undefined

  constructor(
    readonly linter: Linter,
    readonly format: Extract<DocumentFormat, 'markdown' | 'text'>
  ) {}

  /** Number of blocks checked (not reused) by the last call; for tests and the benchmark. */
  rechecked = 0

  async lint(
    path: string,
    value: string,
    settings: FileSettings,
    withLanguage: (language: Language) => FileSettings,
    isCurrent: () => boolean = () => true
  ): Promise<FileResult> {
    const blocks = this.format === 'markdown' ? markdownBlocks(value) : textBlocks(value)
    const definitions = this.format === 'markdown' ? definitionsOf(value) : ''
    const previous = this.#entries
    const next = new Map<string, Entry>()
    const used: Array<{block: Block; entry: Entry}> = []

    // Parse (cheap, language-independent) every block whose text is new.
    for (const block of blocks) {
      const source = definitions && block.text.includes('[') ? `${block.text}\n\n${definitions}\n` : block.text
      // The same text may occur twice; each occurrence needs its own tree (trees are moved to their place).
      let key = source
      for (let count = 1; next.has(key); count++) key = `${count}\u0000${source}`
      let entry = previous.get(key)
      if (!entry) {
        const file = new VFile({path, value: source})
        entry = {source, parsed: await parseDocument(file, this.format)}
      }
      next.set(key, entry)
      used.push({block, entry})
    }
    this.#entries = next

    const language = await this.#language(settings, used)
    const blockSettings = withLanguage(language)
    this.rechecked = 0
    for (const {entry} of used) {
      if (entry.checked?.settings === blockSettings) continue
      if (!isCurrent()) throw new Superseded()
      entry.checked = await this.#checkBlock(path, entry, blockSettings, language)
      this.rechecked++
    }
    if (!isCurrent()) throw new Superseded()
    return this.#lintWhole(path, value, used, blockSettings)
  }

  async #checkBlock(path: string, entry: Entry, settings: FileSettings, language: Language): Promise<Checked> {
    let tree: NlcstRoot | undefined
    const {parsed} = entry
    // Directives are applied on the whole document: a disable comment may cover later blocks.
    const document: ParsedDocument = {
      ...parsed,
      comments: [],
      toNlcst(Parser, file) {
        tree = parsed.toNlcst(Parser, file)
        return tree
      }
    }
    const result = await this.linter.lint({path, value: entry.source, format: this.format, document}, settings, {
      skipRules: wholeDocumentRules
    })
    const built = tree ?? {type: 'RootNode', children: []}
    ownPositions(built)
    return {language, settings, tree: built, messages: result.messages, shiftOffset: 0, shiftLine: 0}
  }

  async #lintWhole(path: string, value: string, used: Array<{block: Block; entry: Entry}>, settings: FileSettings): Promise<FileResult> {
    const children: NlcstRoot['children'] = []
    const extraMessages: LintMessage[] = []
    const comments: ParsedDocument['comments'] = []
    for (const {block, entry} of used) {
      const checked = entry.checked!
      const lines = block.line - 1
      moveTree(checked, block.offset, lines)
      children.push(...checked.tree.children)
      for (const message of checked.messages) {
        const moved: LintMessage = {...message, line: message.line + lines, endLine: message.endLine + lines}
        if (message.offset !== undefined) moved.offset = message.offset + block.offset
        if (message.endOffset !== undefined) moved.endOffset = message.endOffset + block.offset
        extraMessages.push(moved)
      }
      for (const comment of entry.parsed.comments) {
        comments.push({...comment, line: comment.line + lines, endLine: comment.endLine + lines, offset: comment.offset + block.offset})
      }
    }
    const root: NlcstRoot = {
      type: 'RootNode',
      children,
      position: {
        start: {line: 1, column: 1, offset: 0},
        end: {line: countLines(value) + 1, column: value.length - value.lastIndexOf('\n'), offset: value.length}
      }
    }
    const first = used[0]?.entry.parsed
    const document: ParsedDocument = {
      format: this.format,
      declaredLanguage: first?.declaredLanguage,
      proseSample: '',
      comments,
      toNlcst: () => root
    }
    return this.linter.lint({path, value, format: this.format, document}, settings, {onlyRules: wholeDocumentRules, extraMessages})
  }

  /** The document's language, decided as core's engine does: settings, then front matter, then detection. */
  async #language(settings: FileSettings, used: Array<{entry: Entry}>): Promise<Language> {
    const packs = this.linter.registry.packs
    if (settings.language !== 'auto') return settings.language
    const declared = languageFromTag(used[0]?.entry.parsed.declaredLanguage)
    if (declared && packs.has(declared)) return declared
    let sample = ''
    for (const {entry} of used) {
      if (sample.length >= 5000) break
      if (entry.parsed.proseSample) sample += (sample ? '\n' : '') + entry.parsed.proseSample
    }
    if (sample !== this.#lastSample || !this.#lastLanguage) {
      const detected = await detectProseLanguage(sample)
      this.#lastSample = sample
      this.#lastLanguage = detected && packs.has(detected) ? detected : packs.has('sv') ? 'sv' : [...packs.keys()][0]!
    }
    return this.#lastLanguage
  }
}

interface Positioned {
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  children?: Positioned[]
}

/** Give every node position objects of its own, so that moving a tree never moves a shared point twice. */
function ownPositions(node: Positioned): void {
  const position = node.position
  if (position) {
    node.position = {start: {...position.start}, end: {...position.end}}
  }
  if (node.children) for (const child of node.children) ownPositions(child)
}

function moveTree(checked: Checked, offset: number, lines: number): void {
  const byOffset = offset - checked.shiftOffset
  const byLines = lines - checked.shiftLine
  if (byOffset === 0 && byLines === 0) return
  const move = (node: Positioned) => {
    const position = node.position
    if (position) {
      position.start.line += byLines
      position.end.line += byLines
      if (position.start.offset !== undefined) position.start.offset += byOffset
      if (position.end.offset !== undefined) position.end.offset += byOffset
    }
    if (node.children) for (const child of node.children) move(child)
  }
  for (const child of checked.tree.children) move(child as Positioned)
  checked.shiftOffset = offset
  checked.shiftLine = lines
}
