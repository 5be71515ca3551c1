import type {Element, Root, Text} from 'hast'
import type {Paragraph as MdastParagraph} from 'mdast'
import type {Position} from 'unist'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'hast-util-to-nlcst'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {LinkInfo} from '../links.js'
import {blockToNlcst} from '../nlcst/from-mdast.js'
import type {HtmlSelection} from '../page-rules.js'
import type {NlcstParserClass} from '../types.js'
import {htmlComments} from './comments.js'
import type {ParsedDocument, SourceComment} from './types.js'

const processor = unified().use(rehypeParse).freeze()

/** Page furniture that is not the page's own text when no main element exists. */
const furniture = 'header, nav, footer, aside, script, style, noscript, form, template, [hidden], [aria-hidden=true]'
/** Never prose, wherever it is. */
const neverProse = 'script, style, noscript, template, [hidden], [aria-hidden=true], pre, code, kbd, samp, var'

/**
 * Parse HTML and select its main content: `main`, `[role=main]` or `article`, else `body` without header, nav,
 * footer, aside, scripts, forms and hidden elements.
 */
export function parseHtml(file: VFile, selection: HtmlSelection = {}): ParsedDocument {
  const tree = processor.parse(file) as Root
  const html = select('html', tree)
  const declaredLanguage = typeof html?.properties.lang === 'string' && html.properties.lang ? html.properties.lang : undefined

  const comments: SourceComment[] = []
  visit(tree, 'comment', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) comments.push(...htmlComments(String(file).slice(start, end), start, file))
  })

  const chosen = selection.selector ? select(selection.selector, tree) : undefined
  const main = chosen ?? select('main', tree) ?? select('[role=main]', tree) ?? select('article', tree)
  // A fragment (`<p>…</p>`) gets an implied body without a position; the root then stands in for it.
  const body = select('body', tree)
  const scope: Root | Element = main ?? (body?.position ? body : tree)
  let excluded = main ? neverProse : furniture + ', ' + neverProse
  if (selection.exclude && selection.exclude.length > 0) excluded += ', ' + selection.exclude.join(', ')
  for (const element of selectAll(excluded, scope)) {
    element.properties.dataNlcst = element.tagName === 'code' || element.tagName === 'kbd' ? 'source' : 'ignore'
  }

  return {
    format: 'html',
    declaredLanguage,
    proseSample: sample(scope),
    comments,
    page: {tree, main: scope},
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      target.data.links = linksIn(scope)
      const root = toNlcst(scope as never, target, Parser as never) as NlcstRoot
      // What search results and screen readers show is prose too: the title, the meta description, image alt text.
      const place = location(target)
      const parser = new Parser()
      const extra: NlcstRoot['children'] = []
      for (const text of pageTexts(tree, scope, String(target), place)) {
        const paragraph: MdastParagraph = {type: 'paragraph', children: [{type: 'text', value: text.value, position: text.position}], position: text.position}
        const converted = blockToNlcst(paragraph, parser, place, String(target))
        if (converted) extra.push(converted)
      }
      if (extra.length > 0) {
        root.children = [...root.children, ...extra].sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
      }
      return root
    }
  }
}

function sample(scope: Root | Element): string {
  const parts: string[] = []
  visit(scope, 'element', (node) => {
    if (node.properties.dataNlcst === 'ignore') return 'skip'
    if (/^(p|h[1-6]|li|td|dd|figcaption)$/.test(node.tagName)) {
      parts.push(toString(node))
      return parts.length > 40 ? false : 'skip'
    }
    return undefined
  })
  return parts.join('\n')
}

/** Links in the checked part of the page, with the position of their visible text. */
function linksIn(scope: Root | Element): LinkInfo[] {
  const links: LinkInfo[] = []
  visit(scope, 'element', (node) => {
    if (node.properties.dataNlcst === 'ignore') return 'skip'
    if (node.tagName !== 'a') return undefined
    const texts: Text[] = []
    visit(node, 'text', (text) => {
      if (text.value.trim() !== '') texts.push(text)
    })
    const start = texts[0]?.position?.start
    const end = texts[texts.length - 1]?.position?.end
    const href = node.properties.href
    if (start && end) links.push({text: toString(node).trim(), url: typeof href === 'string' ? href : '', position: {start, end}})
    return 'skip'
  })
  return links
}

type Place = ReturnType<typeof location>

interface PageText {
  value: string
  position: Position
}

/**
 * `<title>`, `<meta name="description">` and image `alt` text (in the checked part), each with its exact position
 * in the source. A value whose source spelling differs (character references) is skipped: its positions could not
 * be mapped back character by character.
 */
function pageTexts(tree: Root, scope: Root | Element, source: string, place: Place): PageText[] {
  const found: Array<PageText | undefined> = []
  const title = select('head > title', tree) ?? select('title', tree)
  const titleText = title?.children[0]
  if (titleText?.type === 'text' && titleText.position && titleText.value.trim() !== '') {
    const start = titleText.position.start.offset!
    if (source.slice(start, titleText.position.end.offset) === titleText.value) found.push(trimmed(titleText.value, start, place))
  }
  const description = select('meta[name=description]', tree)
  if (description) found.push(attributeText(description, 'content', source, place))
  visit(scope, 'element', (node) => {
    if (node.properties.dataNlcst === 'ignore') return 'skip'
    if (node.tagName === 'img') found.push(attributeText(node, 'alt', source, place))
    return undefined
  })
  return found.filter((text) => text !== undefined)
}

function attributeText(element: Element, name: string, source: string, place: Place): PageText | undefined {
  const value = element.properties[name]
  const start = element.position?.start.offset
  const end = element.position?.end.offset
  if (typeof value !== 'string' || value.trim() === '' || start === undefined || end === undefined) return undefined
  const tag = source.slice(start, end)
  const match = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, 'i').exec(tag)
  if (!match) return undefined
  const at = start + match.index + match[0].length
  if (source.slice(at, at + value.length) !== value) return undefined
  return trimmed(value, at, place)
}

function trimmed(value: string, offset: number, place: Place): PageText | undefined {
  const lead = value.length - value.trimStart().length
  const text = value.trim()
  const start = place.toPoint(offset + lead)
  const end = place.toPoint(offset + lead + text.length)
  return start && end ? {value: text, position: {start, end}} : undefined
}
