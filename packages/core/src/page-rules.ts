import type {Element, Root as HastRoot, Text} from 'hast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Language, RuleMeta, RuleOptions} from './types.js'

/**
 * What a web-page rule sees: the whole parsed page, the part selected as main content, and facts that only the
 * fetcher knows (`klarsprak site`). Page rules report with core's `report(file, …)`, so disables, severities and
 * fingerprints work as for language rules.
 */
export interface PageContext {
  /** The whole page (hast), with positions into `source`. */
  readonly tree: HastRoot
  /** The main content that language rules check (an element, or the root for fragments). */
  readonly main: HastRoot | Element
  readonly source: string
  readonly file: VFile
  /** The language the page is checked in (declared, configured or detected). */
  readonly language: Language
  /** `lang` of `<html>`, as written; `undefined` when missing or empty. */
  readonly declaredLanguage?: string
  /** Prose of the main content (paragraphs, headings, list items), for language detection and word counts. */
  readonly mainText: string
  /** Language detected from the main content's text; `undefined` when there is too little text to say. */
  readonly detectedLanguage: () => Language | undefined
  /** The HTTP `Last-Modified` header, when the page was fetched (site mode). */
  readonly lastModified?: string
  /** The current time; fixed in tests and evaluations. */
  readonly now: Date
  /** The rule's own options from config. */
  readonly options: RuleOptions
  /**
   * The source position of `node.value.slice(from, to)` for a text node of `tree`: exact where the source spells the
   * text differently (character references such as `&aring;`, CRLF line endings, tags the parser ignored).
   */
  readonly textSpan?: (node: Text, from: number, to: number) => Position | undefined
}

/** A rule that reads a whole HTML page rather than its prose: runs for HTML input only. */
export interface PageRule {
  readonly meta: RuleMeta
  check(page: PageContext): void | Promise<void>
}

/** What the caller knows about a page beyond its text (site mode), passed through `LintInput.page`. */
export interface PageInput {
  /** The HTTP `Last-Modified` header: `stale-content`'s fallback when the page itself shows no date. */
  lastModified?: string
  /** The time to judge dates against (default: now). */
  now?: Date
}

/** How the main content of an HTML page is chosen (`klarsprak site --selector/--exclude`). */
export interface HtmlSelection {
  /** CSS selector of the main content; when it matches nothing the default choice applies. */
  selector?: string
  /** CSS selectors removed from the main content (cookie banners, share buttons). */
  exclude?: readonly string[]
}
