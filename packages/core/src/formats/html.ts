import type {Element, Root, RootContent, Text} from 'hast'
import type {Point, Position} from 'unist'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'hast-util-to-nlcst'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {LinkInfo} from '../links.js'
import type {HtmlSelection} from '../page-rules.js'
import type {NlcstParserClass} from '../types.js'
import {htmlComments} from './comments.js'
import {DecodedText, mapDecoded, markupEnd, PageSource, textModeIn, type SourceSpans, type TextMode} from './html-source.js'
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

  const pageSource = new PageSource(String(file), tree)
  let place: Place | undefined
  return {
    format: 'html',
    declaredLanguage,
    proseSample: sample(scope),
    comments,
    page: {tree, main: scope, textSpan: (node, from, to) => textSpan(pageSource, (place ??= location(file)), node, from, to)},
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      return proseOf(tree, scope, pageSource, Parser, target)
    }
  }
}

/**
 * The prose of the checked part of the page, and of its title, meta description and image alt texts, as nlcst with
 * exact positions. hast-util-to-nlcst lays the tokens of each text node end to end from the node's start, which is
 * right only when the node's value is its source spelling. So it is given a copy of the tree whose positions are in
 * the decoded text (every text node's value, laid end to end), and each position it makes is mapped back through
 * the source span of every decoded character (`PageSource`).
 */
function proseOf(tree: Root, scope: Root | Element, pageSource: PageSource, Parser: NlcstParserClass, target: VFile): NlcstRoot {
  const source = String(target)
  const place = location(target)
  const decoded = new DecodedText()
  const points: Point[] = []
  const linkRanges = new Map<Element, [number, number]>()
  const at = (start: number, end: number): Position => {
    const position = {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}}
    points.push(position.start, position.end)
    return position
  }

  // hast-util-to-nlcst reads the position of text nodes, of `br`, `wbr` and source elements (`code`), and of the
  // tree; the copies of other elements get none.
  const mirror = <T extends Root | Element>(node: T, mode: TextMode, outer: [number, number]): T => {
    const start = decoded.length
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    const range: [number, number] = from !== undefined && to !== undefined ? [from, to] : outer
    const children: RootContent[] = []
    const element = node.type === 'element' ? (node as Element) : undefined
    if (element && (element.tagName === 'br' || element.tagName === 'wbr')) {
      // hast-util-to-nlcst turns these into one character of white space at the element's start.
      decoded.append(element.tagName === 'br' ? '\n' : ' ', Int32Array.of(range[0]), Int32Array.of(range[1]))
    }
    const childMode = element ? textModeIn(element.tagName) : mode
    for (const child of node.children) {
      if (child.type === 'text') {
        const begin = decoded.length
        if (pageSource.isVerbatim(child)) {
          decoded.appendVerbatim(child.value, child.position!.start.offset!)
        } else {
          const length = child.value.length
          const spans = pageSource.spansOf(child, childMode) ?? {starts: new Int32Array(length).fill(range[0]), ends: new Int32Array(length).fill(range[1])}
          decoded.append(child.value, spans.starts, spans.ends)
        }
        children.push({type: 'text', value: child.value, position: at(begin, decoded.length)})
      } else if (child.type === 'element') {
        children.push(mirror(child, childMode, range))
      } else {
        children.push(child)
      }
    }
    if (!element) return {...node, children}
    if (element.tagName === 'a') linkRanges.set(element, [start, decoded.length])
    const positioned = element.tagName === 'br' || element.tagName === 'wbr' || element.tagName === 'code' || element.properties.dataNlcst === 'source'
    return {...node, children, position: positioned ? at(start, decoded.length) : undefined}
  }

  const copy = mirror(scope, 'data', [0, source.length]) as Root | Element
  // What search results and screen readers show is prose too: the title, the meta description, image alt text.
  const extra: Element[] = []
  for (const text of pageTexts(tree, scope, pageSource)) {
    const lead = text.value.length - text.value.trimStart().length
    const value = text.value.trim()
    const begin = decoded.length
    decoded.append(value, text.spans.starts.subarray(lead, lead + value.length), text.spans.ends.subarray(lead, lead + value.length))
    const position = at(begin, decoded.length)
    extra.push({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value, position}], position})
  }

  const text = decoded.text
  const inText = location(text)
  for (const point of points) {
    const found = inText.toPoint(point.offset!)
    if (found) {
      point.line = found.line
      point.column = found.column
    }
  }
  const root: Root = {
    type: 'root',
    children: [...(copy.type === 'root' ? copy.children : [copy]), ...extra],
    position: {start: inText.toPoint(0)!, end: inText.toPoint(text.length)!}
  }

  target.data.links = linksIn(scope, linkRanges, decoded, place)
  const prose = toNlcst(root as never, new VFile(text), Parser as never) as NlcstRoot
  toSourcePositions(prose, decoded, place)
  const first = place.toPoint(0)
  const last = place.toPoint(source.length)
  if (first && last) prose.position = {start: first, end: last}
  if (extra.length > 0) prose.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  return prose
}

/** Replace every position in `tree` (offsets into the decoded text) with the source span of those characters. */
function toSourcePositions(tree: NlcstRoot, decoded: DecodedText, place: Place): void {
  const convert = (position: Position | undefined): Position | undefined => {
    if (!position) return undefined
    const range = decoded.toSource(position.start.offset ?? 0, position.end.offset ?? 0)
    const start = range && place.toPoint(range[0])
    const end = range && place.toPoint(range[1])
    return start && end ? {start, end} : undefined
  }
  type Node = {position?: Position; children?: Node[]}
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      const before = node.position
      const position = convert(before)
      if (position) node.position = position
      else delete node.position
      const children = node.children
      if (!children) continue
      // A word of one text node (the usual case) has the same span as its text.
      const only = children.length === 1 ? children[0]! : undefined
      if (position && before && only && !only.children && only.position?.start.offset === before.start.offset && only.position?.end.offset === before.end.offset) {
        only.position = position
        continue
      }
      walk(children)
    }
  }
  walk(tree.children as never)
}

/** The source position of `node.value.slice(from, to)` of a text node of the page. */
function textSpan(pageSource: PageSource, place: Place, node: Text, from: number, to: number): Position | undefined {
  const range = pageSource.spanOf(node, from, to)
  const start = range && place.toPoint(range[0])
  const end = range && place.toPoint(range[1])
  return start && end ? {start, end} : undefined
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

/** Links in the checked part of the page, with the position of their visible text (without surrounding white space). */
function linksIn(scope: Root | Element, ranges: ReadonlyMap<Element, [number, number]>, decoded: DecodedText, place: Place): LinkInfo[] {
  const links: LinkInfo[] = []
  const text = decoded.text
  visit(scope, 'element', (node) => {
    if (node.properties.dataNlcst === 'ignore') return 'skip'
    if (node.tagName !== 'a') return undefined
    const range = ranges.get(node)
    const value = toString(node)
    if (!range || value.trim() === '') return 'skip'
    let [from, to] = range
    while (from < to && /\s/.test(text[from]!)) from++
    while (to > from && /\s/.test(text[to - 1]!)) to--
    const span = decoded.toSource(from, to)
    const start = span && place.toPoint(span[0])
    const end = span && place.toPoint(span[1])
    const href = node.properties.href
    if (start && end) links.push({text: value.trim(), url: typeof href === 'string' ? href : '', position: {start, end}})
    return 'skip'
  })
  return links
}

type Place = ReturnType<typeof location>

interface PageText {
  value: string
  spans: SourceSpans
}

/**
 * `<title>`, `<meta name="description">` and image `alt` text (in the checked part), each with the source span of
 * every character. A value whose source could not be matched character by character is skipped.
 */
function pageTexts(tree: Root, scope: Root | Element, pageSource: PageSource): PageText[] {
  const found: Array<PageText | undefined> = []
  const title = select('head > title', tree) ?? select('title', tree)
  const titleText = title?.children[0]
  if (titleText?.type === 'text' && titleText.value.trim() !== '') {
    const spans = pageSource.spansOf(titleText, 'rcdata')
    if (spans?.exact) found.push({value: titleText.value, spans})
  }
  const description = select('meta[name=description]', tree)
  if (description) found.push(attributeText(description, 'content', pageSource.source))
  visit(scope, 'element', (node) => {
    if (node.properties.dataNlcst === 'ignore') return 'skip'
    if (node.tagName === 'img') found.push(attributeText(node, 'alt', pageSource.source))
    return undefined
  })
  return found.filter((text) => text !== undefined)
}

/** The value of attribute `name` of `element`, with the source span of each of its characters. */
function attributeText(element: Element, name: string, source: string): PageText | undefined {
  const value = element.properties[name]
  const start = element.position?.start.offset
  const end = element.position?.end.offset
  if (typeof value !== 'string' || value.trim() === '' || start === undefined || end === undefined) return undefined
  const tagEnd = markupEnd(source, start)
  const tag = source.slice(start, tagEnd === -1 ? end : tagEnd)
  const match = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, 'i').exec(tag)
  if (!match) return undefined
  const from = start + match.index + match[0].length
  const quote = match[1]
  const close = quote ? source.indexOf(quote, from) : from + /^[^\s>]*/.exec(source.slice(from, start + tag.length))![0].length
  if (close === -1) return undefined
  const spans = mapDecoded(source, from, close, value, 'attribute')
  return spans.exact ? {value, spans} : undefined
}
