import Handlebars from 'handlebars'
import type {Language} from '@klarsprak/core'
import {
  formatContact,
  formatDate,
  formatHoursTable,
  formatList,
  formatMoney,
  formatPhone,
  formatTime,
  formatTimeRange,
  formatWeekday,
  HelperInputError,
  type Style
} from './helpers/format.js'
import {addWorkdays} from './helpers/holidays.js'
import type {Program} from './ast.js'

/** Helpers Handlebars itself provides. */
export const builtInHelpers = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const

type HelperBody = (style: Style, values: unknown[], hash: Record<string, unknown>) => unknown

/** The helpers every template may use (templates.md, "Helpers"), each with the number of values it takes. */
const helpers: Record<string, {arity: number; run: HelperBody}> = {
  date: {arity: 1, run: (style, [value]) => formatDate(value, style)},
  weekday: {arity: 1, run: (style, [value]) => formatWeekday(value, style)},
  time: {arity: 1, run: (style, [value]) => formatTime(value, style)},
  timeRange: {arity: 2, run: (style, [from, to]) => formatTimeRange(from, to, style)},
  phone: {arity: 1, run: (style, [value]) => formatPhone(value, style)},
  money: {arity: 1, run: (style, [value]) => formatMoney(value, style)},
  addWorkdays: {
    arity: 2,
    run: (_style, [date, count]) => {
      if (typeof date !== 'string') throw new HelperInputError('addWorkdays', 'a date as YYYY-MM-DD', date)
      if (typeof count !== 'number') throw new HelperInputError('addWorkdays', 'a whole number of working days', count)
      return addWorkdays(date, count)
    }
  },
  list: {arity: 1, run: (style, [value], hash) => formatList(value, style, hash.or === true)},
  contact: {arity: 1, run: (style, [value]) => formatContact(value, style)},
  hoursTable: {arity: 1, run: (style, [value]) => formatHoursTable(value, style)}
}

export const helperNames = Object.keys(helpers)

/** Every helper a template may call. */
export const knownHelpers: ReadonlySet<string> = new Set([...builtInHelpers, ...helperNames])

type Environment = typeof Handlebars & {
  Compiler: new () => {compile(program: Program, options: object): unknown}
  JavaScriptCompiler: new () => {compile(environment: unknown, options: object, context: undefined, asObject: true): unknown}
  parseWithoutProcessing(input: string): unknown
}

const environments = new Map<string, Environment>()

/** An isolated Handlebars environment with the helpers for one language and body format. */
export function environment(language: Language, markdown: boolean): Environment {
  const key = `${language}:${markdown}`
  let found = environments.get(key)
  if (!found) {
    found = Handlebars.create() as Environment
    const style: Style = {language, markdown}
    for (const [name, helper] of Object.entries(helpers)) {
      found.registerHelper(name, function (...args: unknown[]) {
        const options = args.pop() as {hash?: Record<string, unknown>}
        if (args.length !== helper.arity) {
          throw new HelperInputError(name, `${helper.arity} ${helper.arity === 1 ? 'value' : 'values'}`, `${args.length}`)
        }
        return helper.run(style, args, options.hash ?? {})
      })
    }
    environments.set(key, found)
  }
  return found
}

export interface CompileOptions {
  /** Leave values unescaped (plain text output). */
  noEscape: boolean
}

/**
 * Compile a template body in strict mode: a missing variable throws instead of printing nothing, and only the
 * registered helpers may be called. `program`, when given, is a processed AST to compile instead of `body` (the
 * linter compiles a marked copy of it).
 */
export function compile(body: string | Program, language: Language, markdown: boolean, options: CompileOptions): Handlebars.TemplateDelegate {
  const env = environment(language, markdown)
  const settings = {
    strict: true,
    noEscape: options.noEscape,
    knownHelpers: Object.fromEntries([...knownHelpers].map((name) => [name, true])),
    knownHelpersOnly: true,
    data: true
  }
  if (typeof body === 'string') return env.compile(body, settings)
  // A processed AST goes straight to the compilers, so whitespace control is not applied a second time.
  const compiled = new env.Compiler().compile(body, settings)
  const spec = new env.JavaScriptCompiler().compile(compiled, settings, undefined, true)
  return env.template(spec as never)
}
