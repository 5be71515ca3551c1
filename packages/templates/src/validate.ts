import {closest} from '@klarsprak/core'
import {parseIsoDate} from './helpers/holidays.js'
import type {DataProblem, Template, TemplateMeta, VariableSpec, VariableType} from './types.js'

type Spec = Pick<VariableSpec, 'type' | 'items'>

const contactFields: Record<string, Spec> = {
  name: {type: 'string'},
  role: {type: 'string'},
  phone: {type: 'phone'},
  email: {type: 'email'},
  url: {type: 'url'}
}
const hoursFields: Record<string, Spec & {required?: boolean}> = {
  days: {type: 'string', required: true},
  opens: {type: 'time'},
  closes: {type: 'time'},
  note: {type: 'string'}
}

/** What each type expects, in words, per language. */
const expectation: Record<VariableType, {sv: string; en: string}> = {
  string: {sv: 'en text på en rad', en: 'text on one line'},
  text: {sv: 'en text', en: 'text'},
  number: {sv: 'ett tal', en: 'a number'},
  money: {sv: 'ett belopp i kronor, till exempel 1250', en: 'an amount in kronor, for example 1250'},
  boolean: {sv: 'true eller false', en: 'true or false'},
  date: {sv: 'ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15', en: 'a date as YYYY-MM-DD, for example 2026-12-15'},
  time: {sv: 'en tid som TT:MM, till exempel 08:30', en: 'a time as HH:MM, for example 08:30'},
  datetime: {sv: 'datum och tid som ÅÅÅÅ-MM-DDTTT:MM', en: 'a date and time as YYYY-MM-DDTHH:MM'},
  phone: {sv: 'ett telefonnummer, till exempel 08-123 45 67', en: 'a phone number, for example 08-123 45 67'},
  email: {sv: 'en e-postadress', en: 'an e-mail address'},
  url: {sv: 'en webbadress som börjar med https://', en: 'a web address starting with https://'},
  contact: {sv: 'en kontakt {name, role, phone, email, url}', en: 'a contact {name, role, phone, email, url}'},
  hours: {sv: 'en lista med öppettider {days, opens, closes, note}', en: 'a list of opening hours {days, opens, closes, note}'},
  list: {sv: 'en lista', en: 'a list'}
}

export function describeType(spec: Spec, language: 'sv' | 'en'): string {
  if (spec.type === 'list' && spec.items) {
    return language === 'sv' ? `en lista där varje post är ${expectation[spec.items].sv}` : `a list in which each item is ${expectation[spec.items].en}`
  }
  return expectation[spec.type][language]
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  return text.length > 50 ? text.slice(0, 47) + '…' : text
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/
const datetimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/

/** Whether a single value fits a scalar type. */
function scalarFits(type: VariableType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return (typeof value === 'string' && !/[\r\n]/.test(value)) || (typeof value === 'number' && Number.isFinite(value))
    case 'text':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return typeof value === 'string' && parseIsoDate(value) !== undefined
    case 'time':
      return typeof value === 'string' && timePattern.test(value)
    case 'datetime': {
      const match = typeof value === 'string' ? datetimePattern.exec(value) : null
      return match !== null && parseIsoDate(match[1]!) !== undefined
    }
    case 'phone':
      return typeof value === 'string' && /^\+?[\d\s()\-–]+$/.test(value) && value.replace(/\D/g, '').length >= 5
    case 'email':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
    case 'url':
      try {
        return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol)
      } catch {
        return false
      }
    default:
      return false
  }
}

class Checker {
  readonly problems: DataProblem[] = []

  typeProblem(field: string, spec: Spec, value: unknown): void {
    const given = shown(value)
    this.problems.push({
      field,
      problem: 'type',
      expected: describeType(spec, 'en'),
      given,
      message: {
        sv: `${field}: väntade ${describeType(spec, 'sv')}, fick ${given}`,
        en: `${field}: expected ${describeType(spec, 'en')}, got ${given}`
      }
    })
  }

  missing(field: string, spec: Spec): void {
    this.problems.push({
      field,
      problem: 'missing',
      expected: describeType(spec, 'en'),
      message: {
        sv: `${field}: saknas, men måste finnas (${describeType(spec, 'sv')})`,
        en: `${field}: missing, but required (${describeType(spec, 'en')})`
      }
    })
  }

  unknown(field: string, name: string, known: readonly string[]): void {
    const suggestion = closest(name, known)
    const list = known.join(', ')
    const problem: DataProblem = {
      field,
      problem: 'unknown',
      expected: `one of ${list}`,
      given: name,
      message: suggestion
        ? {sv: `${field}: okänt fält; menade du ”${suggestion}”?`, en: `${field}: unknown field; did you mean “${suggestion}”?`}
        : {sv: `${field}: okänt fält; mallen har ${list || 'inga fält'}`, en: `${field}: unknown field; the template has ${list || 'no fields'}`}
    }
    if (suggestion) problem.suggestion = suggestion
    this.problems.push(problem)
  }

  /** Check the fields of an object against a field list; returns false when it is not an object at all. */
  /** Check the fields of an object: declared ones in order, then the unknown ones. */
  fields(prefix: string, value: Record<string, unknown>, fields: Record<string, Spec & {required?: boolean}>): void {
    for (const [name, spec] of Object.entries(fields)) {
      const item = value[name]
      const field = prefix ? `${prefix}.${name}` : name
      if (!isBlank(item)) this.value(field, spec, item)
      else if (spec.required) this.missing(field, spec)
    }
    const names = Object.keys(fields)
    for (const name of Object.keys(value)) {
      if (!Object.hasOwn(fields, name)) this.unknown(prefix ? `${prefix}.${name}` : name, name, names)
    }
  }

  value(field: string, spec: Spec, value: unknown): void {
    switch (spec.type) {
      case 'contact': {
        if (!isRecord(value)) return this.typeProblem(field, spec, value)
        this.fields(field, value, contactFields)
        if (isBlank(value.phone) && isBlank(value.email) && isBlank(value.url)) {
          this.problems.push({
            field,
            problem: 'contact',
            expected: 'at least one of phone, email, url',
            given: shown(value),
            message: {
              sv: `${field}: kontakten behöver ett sätt att nå någon: phone, email eller url`,
              en: `${field}: the contact needs a way to reach someone: phone, email or url`
            }
          })
        }
        return
      }
      case 'hours': {
        if (!Array.isArray(value)) return this.typeProblem(field, spec, value)
        value.forEach((row, index) => {
          const at = `${field}[${index}]`
          if (!isRecord(row)) return this.typeProblem(at, {type: 'hours'}, row)
          this.fields(at, row, hoursFields)
          if (isBlank(row.opens) !== isBlank(row.closes)) {
            const missing = isBlank(row.opens) ? 'opens' : 'closes'
            this.missing(`${at}.${missing}`, {type: 'time'})
          }
        })
        return
      }
      case 'list': {
        if (!Array.isArray(value)) return this.typeProblem(field, spec, value)
        const items = spec.items ?? 'string'
        value.forEach((item, index) => this.value(`${field}[${index}]`, {type: items}, item))
        return
      }
      default:
        if (!scalarFits(spec.type, value)) this.typeProblem(field, spec, value)
    }
  }
}

/**
 * Check data against a template's variables. Every problem is returned at once: missing required fields, values
 * of the wrong type, contacts with no way to reach anyone, and unknown fields (with the closest declared name).
 */
export function validateData(template: Template | TemplateMeta, data: unknown): DataProblem[] {
  const meta = 'meta' in template ? template.meta : template
  const checker = new Checker()
  if (!isRecord(data)) {
    checker.problems.push({
      field: '',
      problem: 'type',
      expected: 'an object of fields',
      given: shown(data),
      message: {sv: `Datan ska vara ett objekt med fält, inte ${shown(data)}`, en: `The data must be an object of fields, not ${shown(data)}`}
    })
    return checker.problems
  }
  checker.fields('', data, meta.variables)
  return checker.problems
}
