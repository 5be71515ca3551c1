import type {Element, Root} from 'hast'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'hast-util-to-nlcst'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
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
export function parseHtml(file: VFile): ParsedDocument {
  const tree = processor.parse(file) as Root
  const html = select('html', tree)
  const declaredLanguage = typeof html?.properties.lang === 'string' && html.properties.lang ? html.properties.lang : undefined

  const comments: SourceComment[] = []
  visit(tree, 'comment', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) comments.push(...htmlComments(String(file).slice(start, end), start, file))
  })

  const main = select('main', tree) ?? select('[role=main]', tree) ?? select('article', tree)
  // A fragment (`<p>…</p>`) gets an implied body without a position; the root then stands in for it.
  const body = select('body', tree)
  const scope: Root | Element = main ?? (body?.position ? body : tree)
  const excluded = main ? neverProse : furniture + ', ' + neverProse
  for (const element of selectAll(excluded, scope)) {
    element.properties.dataNlcst = element.tagName === 'code' || element.tagName === 'kbd' ? 'source' : 'ignore'
  }

  return {
    format: 'html',
    declaredLanguage,
    proseSample: sample(scope),
    comments,
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      return toNlcst(scope as never, target, Parser as never) as NlcstRoot
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
