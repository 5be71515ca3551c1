import {basename, extname} from 'node:path'
import {isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import {closest} from '@klarsprak/core'
import {isKind, kindNames} from './kinds.js'
import type {BodyFormat, Template, TemplateMeta, VariableSpec, VariableType} from './types.js'
import {variableTypes} from './types.js'
import {validateData} from './validate.js'

/** A problem in a template file, with its place as offsets into the file. */
export interface SourceProblem {
  ruleId: 'template-metadata'
  message: {sv: string; en: string}
  offset: number
  endOffset: number
}

export interface ParsedTemplate {
  /** Present when the front matter could be read well enough to render and lint the body. */
  template?: Template
  problems: SourceProblem[]
  /** Offset and 0-based line of the body (after the front matter, or the whole file when there is none). */
  bodyOffset: number
  bodyLine: number
  /** `language` of the front matter when it is valid. */
  language?: 'sv' | 'en'
  format: BodyFormat
  /** Where each variable is declared (its name) and where each sample starts, as offsets into the file. */
  ranges: {variables: Record<string, [number, number]>; samples: Array<[number, number]>}
}

const topKeys = ['id', 'kind', 'language', 'title', 'description', 'channels', 'format', 'variables', 'samples']
const variableKeys = ['type', 'required', 'description', 'items']
export const channels = ['email', 'letter', 'phone', 'web', 'sms', 'chat']
const formats: readonly BodyFormat[] = ['text', 'markdown']
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where the front matter is: `---` on the first line, up to the next `---` (or `...`) line. */
function splitFrontMatter(source: string): {yaml: string; yamlOffset: number; bodyOffset: number; opener: [number, number]} | 'unclosed' | undefined {
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(source)
  if (!open) return undefined
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm
  close.lastIndex = open[0].length
  const match = close.exec(source)
  if (!match) return 'unclosed'
  const openerStart = source.startsWith('\ufeff') ? 1 : 0
  return {yaml: source.slice(open[0].length, match.index), yamlOffset: open[0].length, bodyOffset: match.index + match[0].length, opener: [openerStart, openerStart + 3]}
}

/** The first line of `source`, without its line ending. */
function firstLine(source: string): [number, number] {
  const end = source.search(/\r|\n/)
  return [0, end === -1 ? source.length : end]
}

function lineAt(source: string, offset: number): number {
  let line = 0
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++
  return line
}

/** Read a template file: front matter (YAML) and body, with every metadata problem and where it is. */
export function parseTemplateSource(source: string, path: string): ParsedTemplate {
  const problems: SourceProblem[] = []
  const split = splitFrontMatter(source)
  if (split === undefined || split === 'unclosed') {
    const [offset, endOffset] = firstLine(source)
    problems.push({
      ruleId: 'template-metadata',
      message:
        split === undefined
          ? {sv: 'Mallen saknar metadata: börja filen med --- och en YAML-del (id, kind, language, title, variables, samples).', en: 'The template has no front matter: start the file with --- and a YAML block (id, kind, language, title, variables, samples).'}
          : {sv: 'Metadata avslutas aldrig: lägg till en rad med --- efter YAML-delen.', en: 'The front matter never ends: add a line with --- after the YAML block.'},
      offset,
      endOffset
    })
    return {problems, bodyOffset: 0, bodyLine: 0, format: 'text', ranges: {variables: {}, samples: []}}
  }

  const bodyOffset = split.bodyOffset
  const bodyLine = lineAt(source, bodyOffset)
  const document = parseDocument(split.yaml, {prettyErrors: false, uniqueKeys: true})
  // A problem with no place of its own in the YAML (a key that is missing) points at the opening `---`.
  const at = (range: readonly number[] | undefined) =>
    range
      ? {offset: split.yamlOffset + (range[0] ?? 0), endOffset: split.yamlOffset + (range[1] ?? range[0] ?? 0)}
      : {offset: split.opener[0], endOffset: split.opener[1]}
  const problem = (range: readonly number[] | undefined, sv: string, en: string) =>
    problems.push({ruleId: 'template-metadata', message: {sv, en}, ...at(range)})

  for (const error of document.errors) {
    const reason = error.message.split('\n')[0]!
    problem(error.pos, `Metadata är inte giltig YAML: ${reason}`, `The front matter is not valid YAML: ${reason}`)
  }
  if (document.errors.length > 0) return {problems, bodyOffset, bodyLine, format: 'text', ranges: {variables: {}, samples: []}}

  const raw = document.toJS() as unknown
  const rangeOf = (path: ReadonlyArray<string | number>, key = false) => nodeRange(document, path, key)
  if (!isRecord(raw)) {
    problem(document.contents?.range, 'Metadata ska vara en YAML-tabell med id, kind, language, title, variables och samples.', 'The front matter must be a YAML mapping with id, kind, language, title, variables and samples.')
    return {problems, bodyOffset, bodyLine, format: 'text', ranges: {variables: {}, samples: []}}
  }

  for (const key of Object.keys(raw)) {
    if (topKeys.includes(key)) continue
    const suggestion = closest(key, topKeys)
    problem(
      rangeOf([key], true),
      `Okänd nyckel ”${key}” i metadata${suggestion ? `; menade du ”${suggestion}”?` : `; använd ${topKeys.join(', ')}`}`,
      `Unknown front matter key “${key}”${suggestion ? `; did you mean “${suggestion}”?` : `; use ${topKeys.join(', ')}`}`
    )
  }

  const required = (key: string, sv: string, en: string) => {
    if (raw[key] === undefined || raw[key] === null || raw[key] === '') {
      problem(undefined, `Metadata saknar ${key}: ${sv}.`, `The front matter has no ${key}: ${en}.`)
      return false
    }
    return true
  }

  let id = ''
  if (required('id', 'mallens namn, till exempel case-status', 'the template’s name, for example case-status')) {
    if (typeof raw.id !== 'string' || !idPattern.test(raw.id)) {
      problem(rangeOf(['id']), 'id ska vara små bokstäver, siffror och bindestreck, till exempel case-status.', 'id must be lower-case letters, digits and hyphens, for example case-status.')
    } else {
      id = raw.id
      const fileName = basename(path, extname(path))
      if (/\.(?:hbs|handlebars)$/i.test(path) && fileName !== id) {
        problem(rangeOf(['id']), `id ”${id}” och filnamnet ”${fileName}” skiljer sig: döp filen till ${id}${extname(path)}.`, `The id “${id}” and the file name “${fileName}” differ: name the file ${id}${extname(path)}.`)
      }
    }
  }
  let kind = 'custom' as TemplateMeta['kind']
  if (required('kind', `en av ${kindNames.join(', ')}`, `one of ${kindNames.join(', ')}`)) {
    if (isKind(raw.kind)) kind = raw.kind
    else problem(rangeOf(['kind']), `Okänd kind ”${String(raw.kind)}”: använd ${kindNames.join(', ')}.`, `Unknown kind “${String(raw.kind)}”: use ${kindNames.join(', ')}.`)
  }
  let language: 'sv' | 'en' | undefined
  if (required('language', 'sv eller en', 'sv or en')) {
    if (raw.language === 'sv' || raw.language === 'en') language = raw.language
    else problem(rangeOf(['language']), 'language ska vara sv eller en.', 'language must be sv or en.')
  }
  let title = ''
  if (required('title', 'en kort rubrik för mallen', 'a short title for the template')) {
    if (typeof raw.title === 'string') title = raw.title
    else problem(rangeOf(['title']), 'title ska vara en text.', 'title must be text.')
  }
  if (raw.description !== undefined && typeof raw.description !== 'string') {
    problem(rangeOf(['description']), 'description ska vara en text.', 'description must be text.')
  }

  const channelList: string[] = []
  if (raw.channels !== undefined) {
    if (!Array.isArray(raw.channels)) {
      problem(rangeOf(['channels']), `channels ska vara en lista, till exempel [email, letter]; använd ${channels.join(', ')}.`, `channels must be a list, for example [email, letter]; use ${channels.join(', ')}.`)
    } else {
      raw.channels.forEach((channel, index) => {
        if (typeof channel === 'string' && channels.includes(channel)) channelList.push(channel)
        else problem(rangeOf(['channels', index]), `Okänd kanal ${JSON.stringify(channel)}: använd ${channels.join(', ')}.`, `Unknown channel ${JSON.stringify(channel)}: use ${channels.join(', ')}.`)
      })
    }
  }

  let format: BodyFormat = 'text'
  if (raw.format !== undefined) {
    if (formats.includes(raw.format as BodyFormat)) format = raw.format as BodyFormat
    else problem(rangeOf(['format']), 'format ska vara text eller markdown.', 'format must be text or markdown.')
  }

  const variables: Record<string, VariableSpec> = {}
  let variablesValid = true
  if (raw.variables === undefined || raw.variables === null) {
    // A template without variables is allowed (a fixed text), but it has to say so.
    if (raw.variables === undefined) {
      problem(undefined, 'Metadata saknar variables: lista mallens variabler (variables: {} om den inte har några).', 'The front matter has no variables: list the template’s variables (variables: {} when it has none).')
    }
  } else if (!isRecord(raw.variables)) {
    variablesValid = false
    problem(rangeOf(['variables']), 'variables ska vara en tabell: namn: { type: …, required: true }.', 'variables must be a mapping: name: { type: …, required: true }.')
  } else {
    for (const [name, value] of Object.entries(raw.variables)) {
      const spec = variableSpec(name, value, (path, sv, en, key) => problem(rangeOf(['variables', name, ...path], key), sv, en))
      if (spec) variables[name] = spec
      else variablesValid = false
    }
  }

  const samples: Array<Record<string, unknown>> = []
  if (raw.samples === undefined || raw.samples === null) {
    problem(undefined, 'Metadata saknar samples: ge minst ett exempel på data, så att mallen kan visas och granskas.', 'The front matter has no samples: give at least one example of data, so the template can be shown and checked.')
  } else if (!Array.isArray(raw.samples) || raw.samples.length === 0) {
    problem(rangeOf(['samples']), 'samples ska vara en lista med minst ett exempel på data.', 'samples must be a list with at least one example of data.')
  } else {
    raw.samples.forEach((sample, index) => {
      if (!isRecord(sample)) {
        problem(rangeOf(['samples', index]), `Exempel ${index + 1} ska vara en tabell med fält.`, `Sample ${index + 1} must be a mapping of fields.`)
        return
      }
      samples.push(sample)
      if (!variablesValid) return
      for (const found of validateData({variables} as TemplateMeta, sample)) {
        const fieldPath = found.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
        problem(rangeOf(['samples', index, ...fieldPath], found.problem === 'unknown'), `Exempel ${index + 1}: ${found.message.sv}`, `Sample ${index + 1}: ${found.message.en}`)
      }
    })
  }

  const span = (range: readonly number[] | undefined): [number, number] => {
    const place = at(range)
    return [place.offset, place.endOffset]
  }
  const ranges: ParsedTemplate['ranges'] = {variables: {}, samples: []}
  if (isRecord(raw.variables)) for (const name of Object.keys(raw.variables)) ranges.variables[name] = span(rangeOf(['variables', name], true))
  if (Array.isArray(raw.samples)) raw.samples.forEach((_, index) => ranges.samples.push(span(rangeOf(['samples', index]))))
  const parsed: ParsedTemplate = {problems, bodyOffset, bodyLine, format, ranges}
  if (language) parsed.language = language
  if (id && language && variablesValid) {
    const meta: TemplateMeta = {id, kind, language, title, channels: channelList, format, variables, samples}
    if (typeof raw.description === 'string') meta.description = raw.description
    parsed.template = {path, source, meta, body: source.slice(bodyOffset), bodyOffset, bodyLine}
  }
  return parsed
}

function variableSpec(
  name: string,
  value: unknown,
  problem: (path: string[], sv: string, en: string, key?: boolean) => void
): VariableSpec | undefined {
  const types = variableTypes.join(', ')
  if (!namePattern.test(name)) {
    problem([], `Variabelnamnet ”${name}” går inte att använda i Handlebars: använd bokstäver och siffror, till exempel caseNumber.`, `The variable name “${name}” cannot be used in Handlebars: use letters and digits, for example caseNumber.`, true)
    return undefined
  }
  const object = typeof value === 'string' ? {type: value} : value
  if (!isRecord(object)) {
    problem([], `${name}: ange en typ, till exempel { type: string, required: true }.`, `${name}: give a type, for example { type: string, required: true }.`)
    return undefined
  }
  let valid = true
  for (const key of Object.keys(object)) {
    if (!variableKeys.includes(key)) {
      valid = false
      const suggestion = closest(key, variableKeys)
      problem([key], `${name}: okänd nyckel ”${key}”${suggestion ? `; menade du ”${suggestion}”?` : ''}`, `${name}: unknown key “${key}”${suggestion ? `; did you mean “${suggestion}”?` : ''}`, true)
    }
  }
  const type = object.type
  if (!variableTypes.includes(type as VariableType)) {
    problem(['type'], `${name}: okänd typ ${JSON.stringify(type)}; använd ${types}.`, `${name}: unknown type ${JSON.stringify(type)}; use ${types}.`)
    return undefined
  }
  const spec: VariableSpec = {type: type as VariableType, required: false}
  if (object.required !== undefined) {
    if (typeof object.required !== 'boolean') {
      valid = false
      problem(['required'], `${name}: required ska vara true eller false.`, `${name}: required must be true or false.`)
    } else spec.required = object.required
  }
  if (object.description !== undefined) {
    if (typeof object.description === 'string') spec.description = object.description
    else problem(['description'], `${name}: description ska vara en text.`, `${name}: description must be text.`)
  }
  if (spec.type === 'list') {
    const items = object.items
    if (items === undefined) {
      problem(['type'], `${name}: en lista behöver items, till exempel items: string.`, `${name}: a list needs items, for example items: string.`)
      return undefined
    }
    if (items === 'list' || !variableTypes.includes(items as VariableType)) {
      problem(['items'], `${name}: okänd typ i items ${JSON.stringify(items)}; använd ${types} (utom list).`, `${name}: unknown items type ${JSON.stringify(items)}; use ${types} (except list).`)
      return undefined
    }
    spec.items = items as Exclude<VariableType, 'list'>
  } else if (object.items !== undefined) {
    problem(['items'], `${name}: items gäller bara typen list.`, `${name}: items applies to the list type only.`)
  }
  return valid ? spec : undefined
}

/** The range of the node at `path` in the YAML document (or of its key), or of the nearest node above it. */
function nodeRange(document: Document, path: ReadonlyArray<string | number>, key: boolean): readonly number[] | undefined {
  let node: unknown = document.contents
  let range = (node as YamlNode | null)?.range as readonly number[] | undefined
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return range
      const target = last && key ? pair.key : (pair.value ?? pair.key)
      node = target
      range = (target as YamlNode | null)?.range ?? range
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
      range = (node as YamlNode | null)?.range ?? range
    } else {
      return range
    }
  }
  return range
}
