import {ruleUrl} from './report.js'
import type {FileResult, RuleDescriptor} from './result.js'
import type {PageRule} from './page-rules.js'
import type {RuleOptionsSchema} from './rule-options.js'
import type {Language, LanguagePack, LanguageRule, MessageSeverity, RuleMeta} from './types.js'

export interface RegisteredRule {
  readonly meta: RuleMeta
  readonly implementations: Partial<Record<Language, LanguageRule>>
}

/** Rules the engine itself reports, and rules of the contract that other packages implement. */
const builtIn: readonly RuleMeta[] = [
  {
    id: 'parse-error',
    defaultSeverity: 'error',
    fixable: false,
    description: {sv: 'Filen kunde inte läsas eller tolkas.', en: 'The file could not be read or parsed.'}
  },
  {
    id: 'unused-disable',
    defaultSeverity: 'info',
    fixable: false,
    description: {sv: 'En klarsprak-disable-kommentar som inte tystar något.', en: 'A klarsprak-disable comment that silences nothing.'}
  },
  {
    id: 'fetch-error',
    defaultSeverity: 'error',
    fixable: false,
    description: {sv: 'Sidan kunde inte hämtas (klarsprak site).', en: 'The page could not be fetched (klarsprak site).'}
  }
]

/** Ids of rules.md that no installed package implements yet: accepted in config so that valid configs load. */
const reserved: Readonly<Record<string, MessageSeverity>> = {
  'nominal-style': 'info',
  'number-format': 'info',
  'range-dash': 'info',
  'time-format': 'info',
  'date-format': 'warning',
  quotes: 'info',
  exclamation: 'info',
  'inclusive-language': 'info',
  'term-consistency': 'warning',
  'link-text': 'warning',
  'missing-lang': 'error',
  'stale-content': 'warning',
  'page-contact': 'info',
  'template-syntax': 'error',
  'template-metadata': 'error',
  'template-unknown-variable': 'error',
  'template-unused-variable': 'warning',
  'template-unknown-helper': 'error',
  'template-required-content': 'error',
  'template-unescaped-output': 'warning'
}

/** Rules beyond the language packs' own. */
export interface RegistryExtras {
  readonly rules?: readonly RuleMeta[]
  readonly pageRules?: readonly PageRule[]
}

/** Every rule by id, with its implementation per language. */
export class RuleRegistry {
  readonly packs: ReadonlyMap<Language, LanguagePack>
  /** Rules that read whole HTML pages (`missing-lang`, …); the engine runs them on HTML input. */
  readonly pageRules: readonly PageRule[]
  readonly #rules = new Map<string, RegisteredRule>()

  /**
   * @param packs language packs with their rules
   * @param extra.rules rules that other packages report themselves (such as the template rules), listed with the
   *   built-in ones
   * @param extra.pageRules rules that read whole HTML pages; the engine runs them on HTML input
   */
  constructor(packs: readonly LanguagePack[], {rules: extraRules = [], pageRules = []}: RegistryExtras = {}) {
    this.packs = new Map(packs.map((pack) => [pack.language, pack]))
    this.pageRules = pageRules
    for (const meta of builtIn) this.#rules.set(meta.id, {meta, implementations: {}})
    for (const meta of extraRules) this.#rules.set(meta.id, {meta, implementations: {}})
    for (const rule of pageRules) this.#rules.set(rule.meta.id, {meta: rule.meta, implementations: {}})
    for (const pack of packs) {
      for (const rule of pack.rules) {
        const known = this.#rules.get(rule.meta.id)
        if (known) known.implementations[pack.language] = rule
        else this.#rules.set(rule.meta.id, {meta: rule.meta, implementations: {[pack.language]: rule}})
      }
    }
  }

  get(id: string): RegisteredRule | undefined {
    return this.#rules.get(id)
  }

  /** Implemented and built-in rules, sorted by id. */
  all(): RegisteredRule[] {
    return [...this.#rules.values()].sort((a, b) => a.meta.id.localeCompare(b.meta.id))
  }

  /** Whether config may name this id (implemented, built in, or reserved by the contract). */
  isKnown(id: string): boolean {
    return this.#rules.has(id) || Object.hasOwn(reserved, id)
  }

  /**
   * The options a rule takes: those its implementations declare, together (an option of the Swedish rule only, such
   * as spelling's `acceptEnglish`, is allowed in a config shared by both languages). `undefined` for an id that is
   * only reserved here, whose options no installed package declares.
   */
  optionsOf(id: string): RuleOptionsSchema | undefined {
    const rule = this.#rules.get(id)
    if (!rule) return undefined
    const options: Record<string, RuleOptionsSchema[string]> = {}
    for (const meta of [rule.meta, ...Object.values(rule.implementations).map((implementation) => implementation.meta)]) {
      for (const [name, schema] of Object.entries(meta.options ?? {})) {
        if (options[name] && JSON.stringify(options[name]) !== JSON.stringify(schema)) {
          throw new Error(`${id}: the languages declare option \`${name}\` differently`)
        }
        options[name] = schema
      }
    }
    return options
  }

  /** Default severity of any known id (the severity it has when on). */
  defaultSeverity(id: string): MessageSeverity | undefined {
    return this.#rules.get(id)?.meta.defaultSeverity ?? reserved[id]
  }

  /** Whether a rule is off unless a config or `klarsprak:strict` turns it on (RuleMeta.offByDefault). */
  offByDefault(id: string): boolean {
    return this.#rules.get(id)?.meta.offByDefault === true
  }

  /** The rules that can have run on `files`: those of the files' languages, and any rule that reported something. */
  rulesThatRan(files: readonly FileResult[]): RuleDescriptor[] {
    const languages = new Set(files.map((file) => file.language))
    const reported = new Set(files.flatMap((file) => file.messages.map((message) => message.ruleId)))
    return this.all()
      .filter((rule) => reported.has(rule.meta.id) || [...languages].some((language) => rule.implementations[language]))
      .map((rule) => ({id: rule.meta.id, description: rule.meta.description.en, url: ruleUrl(rule.meta.id), defaultSeverity: rule.meta.defaultSeverity}))
  }

  knownIds(): string[] {
    return [...new Set([...this.#rules.keys(), ...Object.keys(reserved)])].sort()
  }
}
