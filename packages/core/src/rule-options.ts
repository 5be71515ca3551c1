/**
 * The options a rule declares next to its metadata (`RuleMeta.options`): a small subset of JSON Schema, so that the
 * config loader validates with it and the editors' JSON Schema (klarsprakrc.schema.json) embeds it unchanged.
 */
import {closest} from './closest.js'
import {textTypes, type SharedRuleOptions} from './types.js'

export type OptionSchema =
  | {readonly type: 'boolean'}
  | {readonly type: 'number' | 'integer'; readonly minimum?: number; readonly maximum?: number}
  | {readonly type: 'string'; readonly enum?: readonly string[]}
  | {readonly type: 'array'; readonly items: OptionSchema; readonly minItems?: number; readonly maxItems?: number}
  | {
      readonly type: 'object'
      readonly properties?: Readonly<Record<string, OptionSchema>>
      readonly required?: readonly string[]
      readonly additionalProperties?: OptionSchema | false
    }

/** Option name → schema: what a rule takes besides the shared options. */
export type RuleOptionsSchema = Readonly<Record<string, OptionSchema>>

type StringSchemaOf<T extends string> = string extends T
  ? {readonly type: 'string'; readonly enum?: readonly string[]}
  : {readonly type: 'string'; readonly enum: readonly T[]}

/** The schema a TypeScript option type needs; brackets stop unions (`boolean`, `'a' | 'b'`) from distributing. */
type SchemaOf<T> = [T] extends [boolean]
  ? {readonly type: 'boolean'}
  : [T] extends [number]
    ? Extract<OptionSchema, {type: 'number' | 'integer'}>
    : [T] extends [string]
      ? StringSchemaOf<T>
      : [T] extends [readonly unknown[]]
        ? Extract<OptionSchema, {type: 'array'}>
        : ObjectSchema

type NamedKeys<O> = keyof {[K in keyof O as string extends K ? never : K]: O[K]}

/** The schema of every named key of `O`; `SchemaFor<SharedRuleOptions>` for the shared ones. */
export type SchemaFor<O> = {readonly [K in NamedKeys<O>]-?: SchemaOf<NonNullable<O[K]>>}

/**
 * What a rule's `options` must declare for its `Options` interface: each own option (the shared ones excluded),
 * none missing and, with `satisfies`, none extra, so the interface and the schema cannot drift apart.
 */
export type OptionsSchema<O> = Omit<SchemaFor<O>, keyof SharedRuleOptions>

/** A list of strings, the commonest option type (`ignore`). */
export const stringListOption = {type: 'array', items: {type: 'string'}} as const

/**
 * Options the engine gives every rule (SharedRuleOptions). A config may name them too, so they are allowed; the
 * engine sets them from the top-level `textType`, `dictionary` and `terms` keys.
 */
export const sharedOptionsSchema = {
  textType: {type: 'string', enum: textTypes},
  words: stringListOption,
  terms: stringListOption,
  termList: {
    type: 'array',
    items: {
      type: 'object',
      properties: {prefer: {type: 'string'}, avoid: stringListOption},
      required: ['prefer'],
      additionalProperties: false
    }
  }
} as const satisfies SchemaFor<SharedRuleOptions>

/** One problem in a rule's options: the path below the options object (`ignore[2]`) and what is wrong. */
export interface OptionProblem {
  readonly path: string
  readonly reason: string
}

/** The first problem of a rule's options against its declared schema (shared options allowed), if any. */
export function ruleOptionsProblem(ruleId: string, options: Record<string, unknown>, own: RuleOptionsSchema): OptionProblem | undefined {
  for (const [name, value] of Object.entries(options)) {
    const schema = ownEntry(own, name) ?? ownEntry(sharedOptionsSchema, name)
    if (!schema) return {path: name, reason: unknownOption(ruleId, name, Object.keys(own))}
    const problem = valueProblem(value, schema, name)
    if (problem) return problem
  }
  return undefined
}

/** `record[name]` unless it is inherited: an option called `constructor` is unknown, not Object's constructor. */
function ownEntry(record: RuleOptionsSchema, name: string): OptionSchema | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined
}

function unknownOption(ruleId: string, name: string, known: readonly string[]): string {
  if (known.length === 0) return `unknown option: ${ruleId} has no options of its own`
  const guess = closest(name, known)
  return `unknown option of ${ruleId}; ${guess ? `did you mean \`${guess}\`? ` : ''}it takes ${known.join(', ')}`
}

function valueProblem(value: unknown, schema: OptionSchema, path: string): OptionProblem | undefined {
  const reason = typeProblem(value, schema)
  if (reason) return {path, reason}
  if (schema.type === 'array') {
    for (const [index, item] of (value as unknown[]).entries()) {
      const problem = valueProblem(item, schema.items, `${path}[${index}]`)
      if (problem) return problem
    }
  }
  if (schema.type === 'object') return objectProblem(value as Record<string, unknown>, schema, path)
  return undefined
}

type ObjectSchema = Extract<OptionSchema, {type: 'object'}>

function objectProblem(value: Record<string, unknown>, schema: ObjectSchema, path: string): OptionProblem | undefined {
  const properties = schema.properties ?? {}
  for (const name of schema.required ?? []) {
    if (value[name] === undefined) return {path: `${path}.${name}`, reason: 'missing, but required'}
  }
  for (const [name, item] of Object.entries(value)) {
    const itemSchema = ownEntry(properties, name) ?? schema.additionalProperties
    if (itemSchema === false) return {path: `${path}.${name}`, reason: `unknown key; expected one of ${Object.keys(properties).join(', ')}`}
    const problem = itemSchema && valueProblem(item, itemSchema, `${path}.${name}`)
    if (problem) return problem
  }
  return undefined
}

/** What is wrong with the value itself (its type, range, length or allowed values), ignoring its items. */
function typeProblem(value: unknown, schema: OptionSchema): string | undefined {
  const got = `got ${describe(value)}`
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, ${got}`
    case 'number':
    case 'integer': {
      const whole = schema.type === 'integer'
      const fits =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!whole || Number.isInteger(value)) &&
        value >= (schema.minimum ?? -Infinity) &&
        value <= (schema.maximum ?? Infinity)
      return fits ? undefined : `expected ${whole ? 'a whole number' : 'a number'}${range(schema.minimum, schema.maximum)}, ${got}`
    }
    case 'string':
      if (typeof value !== 'string') return `expected a string, ${got}`
      return schema.enum && !schema.enum.includes(value) ? `expected one of ${schema.enum.join(', ')}, ${got}` : undefined
    case 'array': {
      if (!Array.isArray(value)) return `expected a list, ${got}`
      const fits = value.length >= (schema.minItems ?? 0) && value.length <= (schema.maxItems ?? Infinity)
      return fits ? undefined : `expected a list${range(schema.minItems, schema.maxItems)} items, got ${value.length}`
    }
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : `expected an object, ${got}`
  }
}

function range(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return minimum === maximum ? ` of ${minimum}` : ` from ${minimum} to ${maximum}`
  if (minimum !== undefined) return ` of at least ${minimum}`
  return maximum === undefined ? '' : ` of at most ${maximum}`
}

/** The value as the user wrote it, short: `"25"` tells a string from a number. */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
