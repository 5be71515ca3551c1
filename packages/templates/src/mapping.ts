import type {ContentStatement, Program, Statement} from './ast.js'
import {compile, environment} from './environment.js'
import {lineStarts} from './analyze.js'
import {renderFailure, TemplateRenderError, withoutBlanks} from './render.js'
import type {Template} from './types.js'

// Private-use characters that never occur in templates or data: they delimit what each part of the output came from.
const contentOpen = '\ue000'
const mustacheOpen = '\ue001'
const idEnd = '\ue002'
const partClose = '\ue003'

/** A rendering of one sample, with where each character came from. */
export interface TracedRendering {
  text: string
  /**
   * For each character of `text`: its offset in the body when it is static text of the template, or `-1 - k` when
   * it was written by the k-th expression (`expressions[k]`).
   */
  origins: Int32Array
  /** Offsets in the body of each expression that wrote data. */
  expressions: Array<{start: number; end: number}>
}

interface Traced {
  fn: ReturnType<typeof compile>
  contents: Array<{start: number}>
  expressions: Array<{start: number; end: number}>
}

const traced = new WeakMap<Template, Traced>()

/**
 * Compile a copy of the template in which every piece of static text and every expression's output is wrapped in
 * markers naming its source. The processed AST (whitespace control applied, so the output is exactly what users
 * get) keeps the raw `original` of each text next to the stripped `value`, which locates the value in the file.
 */
function tracedTemplate(template: Template): Traced {
  const known = traced.get(template)
  if (known) return known
  const {language, format} = template.meta
  const env = environment(language, format === 'markdown')
  const program = env.parse(template.body) as unknown as Program
  const starts = lineStarts(template.body)
  const offset = (position: {line: number; column: number}) => Math.min(template.body.length, (starts[position.line - 1] ?? template.body.length) + position.column)
  const contents: Traced['contents'] = []
  const expressions: Traced['expressions'] = []
  // The compilers read `loc` of every node; a marker takes the location of the expression it wraps.
  const marker = (value: string, loc: ContentStatement['loc']): ContentStatement => ({type: 'ContentStatement', value, original: '', loc})

  const mark = (body: Statement[]): Statement[] => {
    const out: Statement[] = []
    for (const node of body) {
      if (node.type === 'ContentStatement') {
        if (node.value && node.loc) {
          const lead = Math.max(0, node.original.indexOf(node.value))
          contents.push({start: offset(node.loc.start) + lead})
          node.value = `${contentOpen}${contents.length - 1}${idEnd}${node.value}${partClose}`
        }
        out.push(node)
      } else if (node.type === 'MustacheStatement') {
        expressions.push({start: offset(node.loc.start), end: offset(node.loc.end)})
        out.push(marker(`${mustacheOpen}${expressions.length - 1}${idEnd}`, node.loc), node, marker(partClose, node.loc))
      } else {
        if (node.type === 'BlockStatement') {
          if (node.program) node.program.body = mark(node.program.body)
          if (node.inverse) node.inverse.body = mark(node.inverse.body)
        }
        out.push(node)
      }
    }
    return out
  }
  program.body = mark(program.body)
  const result = {fn: compile(program, language, format === 'markdown', {noEscape: true}), contents, expressions}
  traced.set(template, result)
  return result
}

/** Render a sample as plain text (values unescaped) and trace each character back to the template. */
export function renderTraced(template: Template, sample: Record<string, unknown>): TracedRendering {
  const {fn, contents, expressions} = tracedTemplate(template)
  let raw: string
  try {
    raw = fn(withoutBlanks(sample))
  } catch (error) {
    throw new TemplateRenderError(template, renderFailure(error, template))
  }
  let text = ''
  const origins: number[] = []
  // What is being written: static text `content` from offset `position`, or the output of expression `expression`.
  let content = -1
  let position = 0
  let expression = -1
  for (let index = 0; index < raw.length; index++) {
    const character = raw[index]!
    if (character === contentOpen || character === mustacheOpen) {
      const end = raw.indexOf(idEnd, index)
      const id = Number(raw.slice(index + 1, end))
      if (character === contentOpen) {
        content = id
        position = contents[id]!.start
      } else {
        expression = id
      }
      index = end
    } else if (character === partClose) {
      if (content !== -1) content = -1
      else expression = -1
    } else {
      text += character
      if (content !== -1) origins.push(position++)
      else origins.push(-1 - Math.max(0, expression))
    }
  }
  return {text, origins: Int32Array.from(origins), expressions}
}
