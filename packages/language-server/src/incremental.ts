import type {Root as NlcstRoot} from 'nlcst'
import {VFile} from 'vfile'
import {
  computeStats,
  detectProseLanguage,
  isDeveloperSource,
  languageFromTag,
  sentenceLengthLimit,
  type FileStats,
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

/** Per-block passes need neither fingerprints nor figures: the whole-document pass makes those. */
const blockPass = {fingerprints: false, stats: false} as const

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
  /** Whether the whole document read as developer documentation then (core's isDeveloperSource). */
  developerText: boolean
  tree: NlcstRoot
  /** Findings of the per-block rules, in block coordinates; inline directives not applied yet. */
  messages: LintMessage[]
  /** How far the tree's positions are currently moved from block coordinates. */
  shiftOffset: number
  shiftLine: number
}

interface Entry {
  /** Text checked: the block, plus the document's link definitions when the block may use them. */
  source: string
  /** Length of the block itself (the rest of `source` is appended link definitions, which yield no findings). */
  length: number
  /** The block parsed on its own; made only when needed (a new block, or one of the first for language detection). */
  parsed?: ParsedDocument
  /** Comments that may hold inline directives, in block coordinates. */
  comments?: ParsedDocument['comments']
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

  /** The document as assembled by the last check, for {@link stats}. */
  #last: {root: NlcstRoot; settings: FileSettings; language: Language; stats?: FileStats} | undefined

  constructor(
    readonly linter: Linter,
    readonly format: Extract<DocumentFormat, 'markdown' | 'text'>,
    /** What the result holds besides findings; an editor needs neither fingerprints nor (on every change) figures. */
    readonly options: {fingerprints?: boolean; stats?: boolean} = {}
  ) {}

  /** Figures of the document as last checked (computed on first request, as core's engine computes them). */
  stats(): FileStats | undefined {
    const last = this.#last
    if (!last) return undefined
    if (!last.stats) {
      const pack = this.linter.registry.packs.get(last.language)
      const longSentence = Number(last.settings.rules.get('sentence-length')?.options?.max) || sentenceLengthLimit[last.settings.textType]
      last.stats = computeStats(last.root, {longSentence, isPassiveSentence: pack?.isPassiveSentence})
    }
    return last.stats
  }

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

    for (const block of blocks) {
      const source = definitions && block.text.includes('[') ? `${block.text}\n\n${definitions}\n` : block.text
      // The same text may occur twice; each occurrence needs its own tree (trees are moved to their place).
      let key = source
      for (let count = 1; next.has(key); count++) key = `${count}\u0000${source}`
      const entry = previous.get(key) ?? {source, length: block.text.length}
      next.set(key, entry)
      used.push({block, entry})
    }
    this.#entries = next

    const language = await this.#language(path, settings, used)
    const blockSettings = withLanguage(language)
    const developerText = isDeveloperSource(value)
    const stale = used.filter(({entry}) => entry.checked?.settings !== blockSettings || entry.checked.developerText !== developerText)
    this.rechecked = stale.length
    if (stale.length > 8 && stale.length > used.length / 4) {
      // Opening, or new settings: one pass over the whole text is several times faster than block by block.
      await this.#checkAll(path, value, used, blockSettings, language, developerText)
    } else {
      for (const {entry} of stale) {
        if (!isCurrent()) throw new Superseded()
        entry.checked = await this.#checkBlock(path, entry, blockSettings, language, developerText)
      }
    }
    if (!isCurrent()) throw new Superseded()
    return this.#lintWhole(path, value, used, blockSettings, developerText)
  }

  async #parsed(path: string, entry: Entry): Promise<ParsedDocument> {
    entry.parsed ??= await parseDocument(new VFile({path, value: entry.source}), this.format)
    entry.comments ??= entry.parsed.comments
    return entry.parsed
  }

  /**
   * Check the whole text with the per-block rules in one pass, then hand each block its paragraphs, findings and
   * comments (the blocks are cut where the text parses the same in pieces as whole, so this equals checking each).
   */
  async #checkAll(
    path: string,
    value: string,
    used: Array<{block: Block; entry: Entry}>,
    settings: FileSettings,
    language: Language,
    developerText: boolean
  ) {
    const parsed = await parseDocument(new VFile({path, value}), this.format)
    let tree: NlcstRoot | undefined
    const document: ParsedDocument = {
      ...parsed,
      comments: [],
      toNlcst(Parser, file) {
        tree = parsed.toNlcst(Parser, file)
        return tree
      }
    }
    const result = await this.linter.lint({path, value, format: this.format, document, developerText}, settings, {
      skipRules: wholeDocumentRules,
      ...blockPass
    })
    const paragraphs = tree?.children ?? []
    if (tree) ownPositions(tree)
    const messages = result.messages
    const comments = parsed.comments
    let paragraph = 0
    let message = 0
    let comment = 0
    for (let index = 0; index < used.length; index++) {
      const {block, entry} = used[index]!
      const end = index + 1 < used.length ? used[index + 1]!.block.offset : Number.POSITIVE_INFINITY
      const lines = block.line - 1
      const children: NlcstRoot['children'] = []
      for (; paragraph < paragraphs.length && (paragraphs[paragraph]!.position?.start.offset ?? 0) < end; paragraph++) {
        children.push(paragraphs[paragraph]!)
      }
      const own: LintMessage[] = []
      for (; message < messages.length && offsetOf(messages[message]!, value) < end; message++) {
        const found = messages[message]!
        const moved: LintMessage = {...found, line: found.line - lines, endLine: found.endLine - lines}
        if (found.offset !== undefined) moved.offset = found.offset - block.offset
        if (found.endOffset !== undefined) moved.endOffset = found.endOffset - block.offset
        own.push(moved)
      }
      entry.comments = []
      for (; comment < comments.length && comments[comment]!.offset < end; comment++) {
        const found = comments[comment]!
        const moved = {...found, line: found.line - lines, endLine: found.endLine - lines, offset: found.offset - block.offset}
        if (found.endOffset !== undefined) moved.endOffset = found.endOffset - block.offset
        entry.comments.push(moved)
      }
      entry.checked = {
        language,
        settings,
        developerText,
        tree: {type: 'RootNode', children},
        messages: own,
        shiftOffset: block.offset,
        shiftLine: lines
      }
    }
  }

  async #checkBlock(path: string, entry: Entry, settings: FileSettings, language: Language, developerText: boolean): Promise<Checked> {
    let tree: NlcstRoot | undefined
    const parsed = await this.#parsed(path, entry)
    // Directives are applied on the whole document: a disable comment may cover later blocks.
    const document: ParsedDocument = {
      ...parsed,
      comments: [],
      toNlcst(Parser, file) {
        tree = parsed.toNlcst(Parser, file)
        return tree
      }
    }
    const result = await this.linter.lint({path, value: entry.source, format: this.format, document, developerText}, settings, {
      skipRules: wholeDocumentRules,
      ...blockPass
    })
    const built: NlcstRoot = {type: 'RootNode', children: []}
    // What comes from the appended definitions (an invalid one reads as a paragraph) belongs to their own block.
    const inBlock = (offset: number | undefined) => offset === undefined || offset < entry.length
    if (tree) built.children = tree.children.filter((child) => inBlock(child.position?.start.offset))
    ownPositions(built)
    const messages = result.messages.filter((message) => inBlock(message.offset))
    entry.comments = (entry.comments ?? []).filter((comment) => comment.offset < entry.length)
    return {language, settings, developerText, tree: built, messages, shiftOffset: 0, shiftLine: 0}
  }

  async #lintWhole(
    path: string,
    value: string,
    used: Array<{block: Block; entry: Entry}>,
    settings: FileSettings,
    developerText: boolean
  ): Promise<FileResult> {
    const children: NlcstRoot['children'] = []
    const extraMessages: LintMessage[] = []
    const comments: ParsedDocument['comments'] = []
    for (const {block, entry} of used) {
      const checked = entry.checked!
      const lines = block.line - 1
      moveTree(checked, block.offset, lines)
      for (const child of checked.tree.children) children.push(child)
      for (const message of checked.messages) {
        const moved: LintMessage = {...message, line: message.line + lines, endLine: message.endLine + lines}
        if (message.offset !== undefined) moved.offset = message.offset + block.offset
        if (message.endOffset !== undefined) moved.endOffset = message.endOffset + block.offset
        extraMessages.push(moved)
      }
      for (const comment of entry.comments ?? []) {
        const moved = {...comment, line: comment.line + lines, endLine: comment.endLine + lines, offset: comment.offset + block.offset}
        if (comment.endOffset !== undefined) moved.endOffset = comment.endOffset + block.offset
        comments.push(moved)
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
    const document: ParsedDocument = {
      format: this.format,
      proseSample: '',
      comments,
      toNlcst: () => root
    }
    const result = await this.linter.lint({path, value, format: this.format, document, developerText}, settings, {
      onlyRules: wholeDocumentRules,
      extraMessages,
      fingerprints: this.options.fingerprints === true,
      stats: this.options.stats === true
    })
    this.#last = {root, settings, language: result.language}
    if (this.options.stats === true) this.#last.stats = result.stats
    return result

  }

  /**
   * The document's language, decided as core's engine does: settings, then front matter, then detection on the
   * prose of the first paragraphs (only the first blocks are parsed for it).
   */
  async #language(path: string, settings: FileSettings, used: Array<{entry: Entry}>): Promise<Language> {
    const packs = this.linter.registry.packs
    if (settings.language !== 'auto') return settings.language
    const first = used[0] ? await this.#parsed(path, used[0].entry) : undefined
    const declared = languageFromTag(first?.declaredLanguage)
    if (declared && packs.has(declared)) return declared
    let sample = ''
    for (const {entry} of used) {
      if (sample.length >= 5000) break
      const {proseSample} = await this.#parsed(path, entry)
      if (proseSample) sample += (sample ? '\n' : '') + proseSample
    }
    if (sample !== this.#lastSample || !this.#lastLanguage) {
      const detected = await detectProseLanguage(sample)
      this.#lastSample = sample
      this.#lastLanguage = detected && packs.has(detected) ? detected : packs.has('sv') ? 'sv' : [...packs.keys()][0]!
    }
    return this.#lastLanguage
  }
}

/** Where a finding starts, as an offset (from its line when it has none). */
function offsetOf(message: LintMessage, value: string): number {
  if (message.offset !== undefined) return message.offset
  let offset = 0
  for (let line = 1; line < message.line && offset !== -1; line++) offset = value.indexOf('\n', offset) + 1
  return offset === -1 ? value.length : offset + message.column - 1
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
