import type {Root as NlcstRoot, Sentence} from 'nlcst'
import type {Plugin} from 'unified'
import type {RuleOptionsSchema} from './rule-options.js'

/** Severity a user can set; `off` turns a rule off. */
export type Severity = 'off' | 'info' | 'warning' | 'error'
/** Severity of a reported message. */
export type MessageSeverity = Exclude<Severity, 'off'>
/** Languages with a rule pack. */
export type Language = 'sv' | 'en'
/** Kinds of text; they adjust thresholds. */
export type TextType = 'web' | 'letter' | 'email' | 'easy-read'

export const textTypes: readonly TextType[] = ['web', 'letter', 'email', 'easy-read']

/**
 * Options every language rule receives from the engine, next to the user's own options for that rule.
 */
export interface SharedRuleOptions {
  /** Kind of text (default `web`). */
  readonly textType?: TextType
  /** Extra accepted words from the project's word lists (config `dictionary`). */
  readonly words?: readonly string[]
  /** Preferred terms from config `terms`; never flagged as misspelled. */
  readonly terms?: readonly string[]
  /** The organisation's term list from config `terms`: each preferred term with the forms to avoid. */
  readonly termList?: readonly {readonly prefer: string; readonly avoid?: readonly string[]}[]
}

export type RuleOptions = SharedRuleOptions & Record<string, unknown>

/** What a rule declares about itself; used for docs, SARIF, config validation and the CLI's `rules` command. */
export interface RuleMeta {
  /** Stable kebab-case id, shared between languages (`plain-words`). */
  readonly id: string
  /** Severity in `klarsprak:recommended` (and `klarsprak:strict`, where `info` becomes `warning`). */
  readonly defaultSeverity: MessageSeverity
  /**
   * Off in `klarsprak:recommended` and `klarsprak:web`, on (with `defaultSeverity`) in `klarsprak:strict` or when a
   * config turns it on: a rule whose findings on real text are not yet right often enough to show unasked.
   */
  readonly offByDefault?: boolean
  /** One line per language, shown by `klarsprak rules` and in SARIF. */
  readonly description: {readonly sv: string; readonly en: string}
  /** `safe`: fixes with one suggestion may be applied by `--fix`. */
  readonly fixable: false | 'safe' | 'suggestion'
  /**
   * Rules whose finding on the same words replaces this rule's (one finding per problem): passive-voice yields to
   * plain-words, which names a better word for `ombeds`.
   */
  readonly yieldsTo?: readonly string[]
  /**
   * The rule's own options (the shared ones come on top); config loading rejects any other option or a wrong type,
   * and the editors' JSON Schema is generated from it. Absent: the rule takes no options of its own. Declare it with
   * `satisfies OptionsSchema<Options>` so it matches the rule's `Options` interface.
   */
  readonly options?: RuleOptionsSchema
}

/** A language rule: metadata plus a retext plugin usable on its own in any unified pipeline. */
export interface LanguageRule {
  readonly meta: RuleMeta
  readonly plugin: Plugin<[RuleOptions?], NlcstRoot>
}

/** Constructor of an nlcst parser (ParseLatin, ParseEnglish or a subclass). */
export interface NlcstParserClass {
  new (): {
    tokenize(value: string): unknown[]
    tokenizeSentencePlugins: Array<(node: never) => void>
    tokenizeParagraphPlugins: Array<(node: never) => void>
    tokenizeRootPlugins: Array<(node: never) => void>
    parse(value?: string): NlcstRoot
  }
}

/** Everything core needs to lint one language. */
export interface LanguagePack {
  readonly language: Language
  /** Parser for prose in Markdown and HTML (line breaks inside a paragraph are not sentence ends). */
  readonly Parser: NlcstParserClass
  /** Parser for plain text, where a line break before a capital often ends a sentence. */
  readonly TextParser?: NlcstParserClass
  readonly rules: readonly LanguageRule[]
  /** Whether a sentence has a passive verb; feeds `passiveShare`. */
  readonly isPassiveSentence?: (sentence: Sentence) => boolean
  /** Loads anything slow (dictionaries) once, before the first file. */
  readonly prepare?: () => Promise<void>
}
