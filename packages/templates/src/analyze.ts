import type {BlockStatement, Expression, Hash, Location, MustacheStatement, PathExpression, Program, Statement} from './ast.js'
import {closest} from '@klarsprak/core'
import {environment, knownHelpers} from './environment.js'
import type {TemplateMeta, VariableSpec} from './types.js'

/** A finding of a template rule, with offsets into the body. */
export interface BodyFinding {
  ruleId: 'template-syntax' | 'template-unknown-variable' | 'template-unknown-helper' | 'template-unescaped-output'
  message: {sv: string; en: string}
  start: number
  end: number
}

export interface BodyComment {
  value: string
  start: number
  end: number
}

export interface BodyAnalysis {
  /** `undefined` when the body does not parse (then `findings` holds the syntax error). */
  program?: Program
  /** Ranges of static text, as offsets into the body. */
  contents: Array<{start: number; end: number}>
  comments: BodyComment[]
  findings: BodyFinding[]
  /** Declared root variables that the body refers to. */
  used: Set<string>
}

/**
 * Offsets of the starts of lines, for turning Handlebars' line/column into offsets. Lines end as Handlebars' lexer
 * counts them (and vfile-location): at CRLF, LF or a lone CR. Counting only LF would put everything after a lone CR
 * on the wrong line, up to offsets past the end of the file.
 */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

type Fields = Readonly<Record<string, Pick<VariableSpec, 'type' | 'items'>>>

const contactFields: Fields = {name: {type: 'string'}, role: {type: 'string'}, phone: {type: 'phone'}, email: {type: 'email'}, url: {type: 'url'}}
const hoursRowFields: Fields = {days: {type: 'string'}, opens: {type: 'time'}, closes: {type: 'time'}, note: {type: 'string'}}

/** What `this` is in a part of the template. */
type Scope =
  | {kind: 'root'; fields: Fields}
  | {kind: 'object'; name: string; fields: Fields}
  | {kind: 'value'; name: string}
  | {kind: 'unknown'}

interface Frame {
  scope: Scope
  /** `as |item index|` names of `each`, and what they are. */
  params: Map<string, Scope | 'index'>
}

/** The fields of a value of this type, when it has any. */
function scopeOf(name: string, spec: Pick<VariableSpec, 'type' | 'items'> | undefined, item: boolean): Scope {
  if (!spec) return {kind: 'unknown'}
  if (item) {
    if (spec.type === 'hours') return {kind: 'object', name: `${name}[]`, fields: hoursRowFields}
    if (spec.type === 'list') return scopeOf(`${name}[]`, spec.items ? {type: spec.items} : undefined, false)
    return {kind: 'unknown'}
  }
  if (spec.type === 'contact') return {kind: 'object', name, fields: contactFields}
  return {kind: 'value', name}
}

/**
 * Parse a body (with exact positions) and check what it refers to: variables that are not declared, helpers that
 * are not registered, partials (not available), and triple-stash output. `meta` is absent when the front matter is
 * unusable; then only the syntax is checked.
 */
export function analyzeBody(body: string, meta: Pick<TemplateMeta, 'variables' | 'format' | 'language'> | undefined): BodyAnalysis {
  const starts = lineStarts(body)
  const offset = (position: {line: number; column: number}) => Math.min(body.length, (starts[position.line - 1] ?? body.length) + position.column)
  const analysis: BodyAnalysis = {contents: [], comments: [], findings: [], used: new Set()}
  const env = environment(meta?.language ?? 'sv', meta?.format === 'markdown')

  let program: Program
  try {
    program = env.parseWithoutProcessing(body) as Program
  } catch (error) {
    analysis.findings.push(syntaxFinding(error, env, body, starts))
    return analysis
  }
  analysis.program = program
  const find = (ruleId: BodyFinding['ruleId'], loc: Location, sv: string, en: string) =>
    analysis.findings.push({ruleId, message: {sv, en}, start: offset(loc.start), end: offset(loc.end)})

  const rootFields: Fields = meta?.variables ?? {}
  const frames: Frame[] = [{scope: meta ? {kind: 'root', fields: rootFields} : {kind: 'unknown'}, params: new Map()}]

  /** Resolve a path in the current scopes; reports it when it names nothing. Returns what it refers to. */
  const resolvePath = (path: PathExpression): {spec?: Pick<VariableSpec, 'type' | 'items'>; name: string} | undefined => {
    if (path.data) {
      // `@root.x` is a root variable; `@index`, `@first`, `@last` and `@key` are set by `each`.
      if (path.parts[0] === 'root' && path.parts.length > 1) return resolveIn({kind: 'root', fields: rootFields}, path.parts.slice(1), path, true)
      return undefined
    }
    const frame = frames[frames.length - 1 - path.depth]
    if (!frame) {
      find('template-unknown-variable', path.loc, `${path.original} går ut ur mallen: det finns inte så många nivåer ovanför.`, `${path.original} goes outside the template: there are not that many levels above.`)
      return undefined
    }
    const [first, ...rest] = path.parts
    if (first === undefined) return frame.scope.kind === 'root' ? undefined : {name: 'this'}
    if (path.depth === 0 && !path.original.startsWith('this') && frames.some((candidate) => candidate.params.has(first))) {
      const param = [...frames].reverse().find((candidate) => candidate.params.has(first))!.params.get(first)!
      if (param === 'index') return undefined
      return resolveIn(param, rest, path, false)
    }
    return resolveIn(frame.scope, path.parts, path, frame.scope.kind === 'root')
  }

  const resolveIn = (
    scope: Scope,
    parts: readonly string[],
    path: PathExpression,
    markUsed: boolean
  ): {spec?: Pick<VariableSpec, 'type' | 'items'>; name: string} | undefined => {
    if (scope.kind === 'unknown' || parts.length === 0) return undefined
    const [first, ...rest] = parts as [string, ...string[]]
    if (scope.kind === 'value') {
      find('template-unknown-variable', path.loc, `${scope.name} har inga fält: ${path.original} finns inte. Skriv {{this}} för själva värdet.`, `${scope.name} has no fields: ${path.original} does not exist. Write {{this}} for the value itself.`)
      return undefined
    }
    const spec = scope.fields[first]
    if (!spec) {
      const suggestion = closest(first, Object.keys(scope.fields))
      const hint = {sv: suggestion ? ` Menade du ”${suggestion}”?` : '', en: suggestion ? ` Did you mean “${suggestion}”?` : ''}
      if (scope.kind === 'root') {
        find('template-unknown-variable', path.loc, `Variabeln ”${first}” används men är inte deklarerad i variables.${hint.sv}`, `The variable “${first}” is used but not declared in variables.${hint.en}`)
      } else {
        find('template-unknown-variable', path.loc, `${scope.name} har inget fält ”${first}”: använd ${Object.keys(scope.fields).join(', ')}.${hint.sv}`, `${scope.name} has no field “${first}”: use ${Object.keys(scope.fields).join(', ')}.${hint.en}`)
      }
      return undefined
    }
    if (markUsed && scope.kind === 'root') analysis.used.add(first)
    const name = scope.kind === 'root' ? first : `${scope.name}.${first}`
    if (rest.length === 0) return {spec, name}
    return resolveIn(scopeOf(name, spec, false), rest, path, false)
  }

  const expression = (node: Expression | undefined) => {
    if (!node) return
    if (node.type === 'PathExpression') resolvePath(node)
    else if (node.type === 'SubExpression') call(node.path, node.params, node.hash)
  }

  const hash = (node: Hash | undefined) => {
    for (const pair of node?.pairs ?? []) expression(pair.value)
  }

  /** A helper call: the helper must exist; its values are looked up. */
  const call = (path: PathExpression | Expression, params: Expression[], hashNode: Hash | undefined) => {
    if (path.type === 'PathExpression') {
      const name = path.original
      if (!knownHelpers.has(name)) {
        const suggestion = closest(name, knownHelpers)
        find(
          'template-unknown-helper',
          path.loc,
          `Hjälpfunktionen ”${name}” finns inte.${suggestion ? ` Menade du ”${suggestion}”?` : ''} Använd ${[...knownHelpers].join(', ')}.`,
          `The helper “${name}” does not exist.${suggestion ? ` Did you mean “${suggestion}”?` : ''} Use ${[...knownHelpers].join(', ')}.`
        )
      }
    } else {
      expression(path)
    }
    for (const param of params) expression(param)
    hash(hashNode)
  }

  const isHelperCall = (node: MustacheStatement | BlockStatement) =>
    node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || (node.path.type === 'PathExpression' && knownHelpers.has(node.path.original))

  const walk = (statements: Statement[]) => {
    for (const node of statements) {
      switch (node.type) {
        case 'ContentStatement':
          if (node.loc) analysis.contents.push({start: offset(node.loc.start), end: offset(node.loc.end)})
          break
        case 'CommentStatement':
          analysis.comments.push({value: node.value.trim(), start: offset(node.loc.start), end: offset(node.loc.end)})
          break
        case 'MustacheStatement':
        case 'Decorator':
          if (node.type === 'Decorator') {
            find('template-unknown-helper', node.loc, 'Dekoratorer ({{* …}}) går inte att använda i mallar.', 'Decorators ({{* …}}) cannot be used in templates.')
            break
          }
          if (!node.escaped && meta?.format === 'markdown') {
            find(
              'template-unescaped-output',
              node.loc,
              'Oskyddad utdata: {{{…}}} skriver värdet utan att skydda HTML-tecken. Skriv {{…}} i stället.',
              'Unescaped output: {{{…}}} writes the value without escaping HTML characters. Write {{…}} instead.'
            )
          }
          if (isHelperCall(node)) call(node.path, node.params, node.hash)
          else expression(node.path)
          break
        case 'BlockStatement':
        case 'DecoratorBlock':
          block(node)
          break
        case 'PartialStatement':
        case 'PartialBlockStatement':
          find('template-unknown-helper', node.loc, 'Delmallar ({{> …}}) går inte att använda: skriv texten i mallen.', 'Partials ({{> …}}) cannot be used: write the text in the template.')
          break
      }
    }
  }

  const block = (node: BlockStatement) => {
    const name = node.path.type === 'PathExpression' ? node.path.original : ''
    const inner = (scope: Scope, params: Map<string, Scope | 'index'> = new Map()) => {
      if (node.program) {
        frames.push({scope, params})
        walk(node.program.body)
        frames.pop()
      }
    }
    const current = frames[frames.length - 1]!.scope
    if (name === 'each' || name === 'with') {
      call(node.path, [], node.hash)
      const [subject] = node.params
      const resolved = subject?.type === 'PathExpression' ? resolvePath(subject) : (expression(subject), undefined)
      const scope = resolved ? scopeOf(resolved.name, resolved.spec, name === 'each') : {kind: 'unknown' as const}
      const params = new Map<string, Scope | 'index'>()
      const [itemName, indexName] = node.program?.blockParams ?? []
      if (itemName) params.set(itemName, scope)
      if (indexName) params.set(indexName, 'index')
      // With or without block params, `this` inside the block is the item.
      inner(scope, params)
    } else if (isHelperCall(node)) {
      call(node.path, node.params, node.hash)
      inner(current)
    } else {
      // `{{#field}}…{{/field}}`: a section over a value.
      const resolved = node.path.type === 'PathExpression' ? resolvePath(node.path) : undefined
      inner(resolved ? scopeOf(resolved.name, resolved.spec, resolved.spec?.type === 'list' || resolved.spec?.type === 'hours') : current)
    }
    if (node.inverse) walk(node.inverse.body)
  }

  walk(program.body)
  return analysis
}

function syntaxFinding(error: unknown, env: ReturnType<typeof environment>, body: string, starts: number[]): BodyFinding {
  const message = error instanceof Error ? error.message : String(error)
  const lexer = (env as unknown as {Parser?: {lexer?: {yylloc?: {first_line: number; first_column: number; last_line: number; last_column: number}}}}).Parser?.lexer
  const known = error as {lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number}
  let start: number
  let end: number
  if (known.lineNumber !== undefined && known.column !== undefined) {
    start = (starts[known.lineNumber - 1] ?? 0) + known.column
    end = known.endLineNumber !== undefined && known.endColumn !== undefined ? (starts[known.endLineNumber - 1] ?? 0) + known.endColumn : start
  } else if (lexer?.yylloc) {
    start = (starts[lexer.yylloc.first_line - 1] ?? 0) + lexer.yylloc.first_column
    end = (starts[lexer.yylloc.last_line - 1] ?? 0) + lexer.yylloc.last_column
  } else {
    start = 0
    end = 0
  }
  start = Math.min(start, body.length)
  end = Math.max(start, Math.min(end, body.length))
  const detail = message.split('\n').at(-1)!.replace(/ - \d+:\d+$/, '')
  const atEnd = /got 'EOF'/.test(detail)
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(detail)
  if (mismatch) {
    return {
      ruleId: 'template-syntax',
      message: {
        sv: `Blocket {{#${mismatch[1]}}} stängs med {{/${mismatch[2]}}}: skriv {{/${mismatch[1]}}}.`,
        en: `The block {{#${mismatch[1]}}} is closed with {{/${mismatch[2]}}}: write {{/${mismatch[1]}}}.`
      },
      start,
      end
    }
  }
  return {
    ruleId: 'template-syntax',
    message: atEnd
      ? {
          sv: 'Mallen tar slut mitt i ett uttryck eller block: stäng varje {{#…}} med {{/…}} och varje {{ med }}.',
          en: 'The template ends inside an expression or block: close every {{#…}} with {{/…}} and every {{ with }}.'
        }
      : {
          sv: `Handlebars kan inte tolka mallen här (${detail}): kontrollera {{ och }}.`,
          en: `Handlebars cannot parse the template here (${detail}): check the {{ and }}.`
        },
    start,
    end
  }
}
