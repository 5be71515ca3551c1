import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {combineExtensions} from 'micromark-util-combine-extensions'
import type {Construct, Extension, TokenizeContext} from 'micromark-util-types'
import type {Extension as MdastExtension} from 'mdast-util-from-markdown'

/**
 * Markdown with front matter and GFM, as `unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)`
 * parses it, but with each GFM construct switched on only where the text could hold it.
 *
 * GFM costs about as much as all of CommonMark on prose: its literal autolinks (`www.…`, `https://…`,
 * `namn@example.se`) are tried at the start of every word, and its table at the start of every block. A construct
 * that cannot match gives no tokens, so leaving it out where its trigger characters are missing gives the same tree:
 * tables need `|` or an aligned delimiter (`:-`, `-:`), strikethrough `~`, footnotes `[^`, task lists `[ ]`/`[x]`;
 * a literal autolink never spans lines, so each is tried only on lines that have its `@`, `www.` or `http(s)://`.
 */

const enum Feature {
  Autolink = 1,
  Footnote = 2,
  Strikethrough = 4,
  Table = 8,
  TaskList = 16
}

const enum LineFeature {
  Email = 1,
  Www = 2,
  Protocol = 4
}

// The text being parsed and its line features by 1-based line (parsing is synchronous: one text at a time).
let currentText = ''
let lineFeatures: Uint8Array = new Uint8Array(0)

const autolinkFeature: Record<string, LineFeature> = {
  emailAutolink: LineFeature.Email,
  wwwAutolink: LineFeature.Www,
  protocolAutolink: LineFeature.Protocol
}

/**
 * GFM literal autolinks, each tried only on lines with its trigger. The text tokenizer stops plain text at a
 * character only when some construct's `previous` accepts the character before it; wrapping `previous` keeps the
 * text running through words on other lines (where the construct would fail anyway).
 */
const lineAutolinks: Extension = (() => {
  const wrapped = new Map<Construct, Construct>()
  const wrap = (construct: Construct): Construct => {
    let result = wrapped.get(construct)
    if (!result) {
      const feature = autolinkFeature[construct.name ?? '']
      const previous = construct.previous
      if (feature === undefined || !previous) throw new Error(`Unexpected autolink construct ${construct.name}`)
      result = {
        ...construct,
        previous(this: TokenizeContext, code) {
          return previous.call(this, code) && (lineFeatures[this.now().line]! & feature) !== 0
        }
      }
      wrapped.set(construct, result)
    }
    return result
  }
  const text: NonNullable<Extension['text']> = {}
  for (const [code, value] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    text[Number(code)] = Array.isArray(value) ? value.map(wrap) : wrap(value as Construct)
  }
  return {text}
})()

const frontmatterSyntax = frontmatter(['yaml'])
const frontmatterTree = frontmatterFromMarkdown(['yaml'])
/**
 * mdast-util-gfm-autolink-literal also looks for addresses in the text nodes of the whole tree. Top-level blocks
 * whose source has no `@`, `&`, `www` or `http` cannot have one in their text, so it only walks the others (a
 * block on its own gives the same result: the walk skips links, which never hold a whole block).
 */
const autolinkTree: MdastExtension = (() => {
  const extension = gfmAutolinkLiteralFromMarkdown()
  const [findAddresses] = extension.transforms ?? []
  if (!findAddresses || extension.transforms!.length !== 1) throw new Error('Unexpected autolink literal transforms')
  return {
    ...extension,
    transforms: [
      (tree) => {
        for (const block of tree.children) {
          const start = block.position?.start.offset
          const end = block.position?.end.offset
          if (start === undefined || end === undefined || autolinkTrigger.test(currentText.slice(start, end))) findAddresses(block as never)
        }
      }
    ]
  }
})()
const autolinkTrigger = /[@&]|www|http/i
// Without autolinks: footnotes, strikethrough, tables and task lists only add handlers for their own tokens.
const otherGfmTree = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]

interface Setup {
  extensions: Extension[]
  mdastExtensions: MdastExtension[]
}

const setups = new Map<number, Setup>()

function setupFor(features: number): Setup {
  let setup = setups.get(features)
  if (!setup) {
    // In remark-gfm's order: autolink literal, footnote, strikethrough, table, task list.
    const gfm: Extension[] = []
    if (features & Feature.Autolink) gfm.push(lineAutolinks)
    if (features & Feature.Footnote) gfm.push(gfmFootnote())
    if (features & Feature.Strikethrough) gfm.push(gfmStrikethrough())
    if (features & Feature.Table) gfm.push(gfmTable())
    if (features & Feature.TaskList) gfm.push(gfmTaskListItem())
    setup = {
      extensions: [frontmatterSyntax, combineExtensions(gfm)],
      mdastExtensions: features & Feature.Autolink ? [frontmatterTree, autolinkTree, ...otherGfmTree] : [frontmatterTree, ...otherGfmTree]
    }
    setups.set(features, setup)
  }
  return setup
}

/**
 * Which GFM constructs `text` may hold. Autolinks also look at decoded text (mdast-util-gfm-autolink-literal finds
 * addresses in text nodes after `&#64;` or `www\.` are decoded), so any `&`, `@`, `www` or `http` turns them on.
 */
function featuresOf(text: string): number {
  let features = 0
  if (autolinkTrigger.test(text)) features |= Feature.Autolink
  if (text.includes('[^')) features |= Feature.Footnote
  if (text.includes('~')) features |= Feature.Strikethrough
  if (/\||:-|-:/.test(text)) features |= Feature.Table
  if (/\[[\sxX]\]/.test(text)) features |= Feature.TaskList
  return features
}

/** Per line (1-based), which literal autolinks its source characters could start. */
function lineFeaturesOf(text: string): Uint8Array {
  // Line endings as micromark counts them: CRLF, CR or LF.
  const lines = text.split(/\r\n?|\n/)
  const result = new Uint8Array(lines.length + 2)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    let features = 0
    if (line.includes('@')) features |= LineFeature.Email
    if (/www\./i.test(line)) features |= LineFeature.Www
    if (/https?:\/\//i.test(line)) features |= LineFeature.Protocol
    result[index + 1] = features
  }
  return result
}

/** Parse Markdown (front matter, GFM) to mdast. */
export function parseMarkdownSyntax(text: string): Root {
  const features = featuresOf(text)
  if (features & Feature.Autolink) {
    currentText = text
    lineFeatures = lineFeaturesOf(text)
  }
  try {
    return fromMarkdown(text, setupFor(features))
  } finally {
    currentText = ''
    lineFeatures = new Uint8Array(0)
  }
}
