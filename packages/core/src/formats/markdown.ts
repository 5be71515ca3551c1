import type {Html, Root, Yaml} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'mdast-util-to-nlcst'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import type {NlcstParserClass} from '../types.js'
import {htmlComments} from './comments.js'
import type {ParsedDocument, SourceComment} from './types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

// Not prose: code, raw HTML, front matter, link definitions. Inline code becomes a SourceNode.
const ignore = ['code', 'html', 'yaml', 'toml', 'definition', 'math', 'inlineMath']

export function parseMarkdown(file: VFile): ParsedDocument {
  const tree = processor.parse(file) as Root
  let declaredLanguage: string | undefined
  const comments: SourceComment[] = []
  const proseParts: string[] = []

  for (const node of tree.children) {
    if (node.type === 'yaml') declaredLanguage = frontMatterLanguage(node)
  }
  visit(tree, (node) => {
    if (node.type === 'html') comments.push(...htmlComments((node as Html).value, node.position?.start.offset ?? 0, file))
    if (ignore.includes(node.type) || node.type === 'inlineCode') return 'skip'
    if (node.type === 'paragraph' || node.type === 'heading') {
      proseParts.push(toString(node))
      if (proseParts.length > 40) return false
      return 'skip'
    }
    return undefined
  })

  return {
    format: 'markdown',
    declaredLanguage,
    proseSample: proseParts.join('\n'),
    comments,
    toNlcst(Parser: NlcstParserClass, target: VFile): NlcstRoot {
      return toNlcst(tree, target, Parser as never, {ignore}) as NlcstRoot
    }
  }
}

function frontMatterLanguage(node: Yaml): string | undefined {
  try {
    const data = parseYaml(node.value) as unknown
    if (data && typeof data === 'object' && 'lang' in data) {
      const lang = (data as {lang: unknown}).lang
      if (typeof lang === 'string') return lang
    }
  } catch {
    // Broken front matter is not this step's business; the language is then detected.
  }
  return undefined
}
