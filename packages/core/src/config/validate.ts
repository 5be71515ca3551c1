import {dirname, resolve} from 'node:path'
import type {RuleRegistry} from '../registry.js'
import {ruleOptionsProblem} from '../rule-options.js'
import {textTypes, type Severity, type TextType} from '../types.js'
import {ConfigError, type Config, type Override, type RuleSetting, type Term} from './types.js'

export const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']
const languages = ['sv', 'en', 'auto'] as const
const topKeys = ['$schema', 'extends', 'language', 'textType', 'rules', 'dictionary', 'terms', 'ignore', 'overrides', 'templates']
const overrideKeys = ['files', 'language', 'textType', 'rules']

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Check a raw config object and normalise it; every problem names the file and the key. */
export function validateConfig(raw: unknown, file: string, registry: RuleRegistry): Config {
  if (!isObject(raw)) throw new ConfigError(file, '', 'expected an object')
  for (const key of Object.keys(raw)) {
    if (!topKeys.includes(key)) throw new ConfigError(file, key, `unknown key; expected one of ${topKeys.slice(1).join(', ')}`)
  }
  const dir = dirname(file)
  const config: Config = {
    path: file,
    dir,
    extends: stringList(raw.extends, file, 'extends', true),
    rules: rules(raw.rules, file, 'rules', registry),
    dictionary: stringList(raw.dictionary, file, 'dictionary').map((path) => resolve(dir, path)),
    terms: terms(raw.terms, file),
    ignore: stringList(raw.ignore, file, 'ignore'),
    overrides: overrides(raw.overrides, file, registry)
  }
  if (raw.language !== undefined) config.language = language(raw.language, file, 'language')
  if (raw.textType !== undefined) config.textType = textType(raw.textType, file, 'textType')
  if (raw.templates !== undefined) config.templates = stringList(raw.templates, file, 'templates').map((path) => resolve(dir, path))
  return config
}

function stringList(value: unknown, file: string, key: string, single = false): string[] {
  if (value === undefined) return []
  if (single && typeof value === 'string') return [value]
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ConfigError(file, key, 'expected a list of strings')
  }
  return value as string[]
}

function language(value: unknown, file: string, key: string): 'sv' | 'en' | 'auto' {
  if (!languages.includes(value as never)) throw new ConfigError(file, key, `expected one of ${languages.join(', ')}`)
  return value as 'sv' | 'en' | 'auto'
}

function textType(value: unknown, file: string, key: string): TextType {
  if (!textTypes.includes(value as TextType)) throw new ConfigError(file, key, `expected one of ${textTypes.join(', ')}`)
  return value as TextType
}

function rules(value: unknown, file: string, key: string, registry: RuleRegistry): Record<string, RuleSetting> {
  if (value === undefined) return {}
  if (!isObject(value)) throw new ConfigError(file, key, 'expected an object of rule ids')
  const result: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value)) {
    const at = `${key}.${id}`
    if (!registry.isKnown(id)) throw new ConfigError(file, at, 'unknown rule id; `klarsprak rules` lists them')
    result[id] = ruleSetting(setting, file, at)
    checkOptions(result[id], id, file, at, registry)
  }
  return result
}

/** Options against the rule's declared schema; the key goes down to the option (`rules.plain-words[1].ignor`). */
function checkOptions(setting: RuleSetting, id: string, file: string, at: string, registry: RuleRegistry): void {
  const schema = registry.optionsOf(id)
  if (!setting.options || !schema) return
  const problem = ruleOptionsProblem(id, setting.options, schema)
  if (problem) throw new ConfigError(file, `${at}[1].${problem.path}`, problem.reason)
}

/** `"warning"` or `["warning", {…options}]`. */
export function ruleSetting(value: unknown, file: string, key: string): RuleSetting {
  if (typeof value === 'string') {
    if (!severities.includes(value as Severity)) throw new ConfigError(file, key, `expected one of ${severities.join(', ')}`)
    return {severity: value as Severity}
  }
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2) {
    const [severity, options] = value as [unknown, unknown]
    const setting = ruleSetting(severity, file, key)
    if (options !== undefined) {
      if (!isObject(options)) throw new ConfigError(file, key, 'expected options as an object: ["warning", {…}]')
      setting.options = options
    }
    return setting
  }
  throw new ConfigError(file, key, 'expected a severity (off, info, warning, error) or [severity, options]')
}

function terms(value: unknown, file: string): Term[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError(file, 'terms', 'expected a list of {prefer, avoid}')
  return value.map((item, index) => {
    const at = `terms[${index}]`
    if (!isObject(item) || typeof item.prefer !== 'string') throw new ConfigError(file, at, 'expected {"prefer": "…", "avoid": ["…"]}')
    for (const key of Object.keys(item)) {
      if (key !== 'prefer' && key !== 'avoid') throw new ConfigError(file, `${at}.${key}`, 'unknown key; expected prefer, avoid')
    }
    const term: Term = {prefer: item.prefer}
    if (item.avoid !== undefined) term.avoid = stringList(item.avoid, file, `${at}.avoid`)
    return term
  })
}

function overrides(value: unknown, file: string, registry: RuleRegistry): Override[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError(file, 'overrides', 'expected a list')
  return value.map((item, index) => {
    const at = `overrides[${index}]`
    if (!isObject(item)) throw new ConfigError(file, at, 'expected an object')
    for (const key of Object.keys(item)) {
      if (!overrideKeys.includes(key)) throw new ConfigError(file, `${at}.${key}`, `unknown key; expected one of ${overrideKeys.join(', ')}`)
    }
    const files = stringList(item.files, file, `${at}.files`, true)
    if (files.length === 0) throw new ConfigError(file, `${at}.files`, 'expected at least one glob')
    const override: Override = {files}
    if (item.language !== undefined) override.language = language(item.language, file, `${at}.language`)
    if (item.textType !== undefined) override.textType = textType(item.textType, file, `${at}.textType`)
    if (item.rules !== undefined) override.rules = rules(item.rules, file, `${at}.rules`, registry)
    return override
  })
}
