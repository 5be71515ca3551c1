import type {Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {stringListOption, isDeveloperText, matchCase, report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {quoteList} from '../plain-words/message.js'
import {PhraseIndex, type PhraseMatch} from '../plain-words/phrase-index.js'
import {lowerTextsOf} from '../word-text.js'
import {loadAbbreviations, type AbbreviationEntry} from './data.js'

export const meta: RuleMeta = {
  id: 'abbreviation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Förkortningar i löptext som bör skrivas ut (”t.ex.” → ”till exempel”).',
    en: 'Abbreviations in running text that should be written out (Swedish “t.ex.” → “till exempel”).'
  },
  options: {ignore: stringListOption, common: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Abbreviations to accept, as written in the list (`t.ex.`, `bl.a.`); covers every variant. Default: none. */
  readonly ignore?: readonly string[]
  /**
   * Also report the common abbreviations that Myndigheternas skrivregler accepts in running text (`t.ex.`, `bl.a.`,
   * `m.m.`, `dvs.`, `osv.`, `m.fl.`) where they do not start a sentence. Default: false.
   */
  readonly common?: boolean
}

const entries = loadAbbreviations()
let sharedIndex: PhraseIndex<AbbreviationEntry> | undefined

function abbreviationIndex(): PhraseIndex<AbbreviationEntry> {
  if (sharedIndex) return sharedIndex
  const index = new PhraseIndex<AbbreviationEntry>()
  for (const entry of entries) for (const variant of entry.variants) index.add(variant, entry)
  sharedIndex = index
  return index
}

// What may touch an abbreviation without white space: brackets, quotes and dashes before it; punctuation after it.
// Anything else (`/etc/hosts`) means it is part of something that is not prose.
const openers = new Set(['(', '[', '{', '"', '”', '’', "'", '«', '–', '—'])
const closers = /^[.,;:!?)\]}"”’'»–—]+$/u
/** After these the abbreviation's dot also ends the sentence, so the fix keeps a dot (`el m.m.` → `el med mera.`). */
const sentenceClosers = /^[)\]}"”’'»]+$/u
const note =
  'Förkortningar gör texten svårare att läsa, och skärmläsare och översättningstjänster hanterar dem dåligt.'

/**
 * retext plugin: flags abbreviations in running text (`fr.o.m.`, `ca`, `p.g.a.`) and suggests the written-out form.
 * The common ones that Myndigheternas skrivregler accepts (`t.ex.`, `bl.a.`) only where they start a sentence,
 * unless `common` is set; in developer documentation, which its readers read with its abbreviations, every
 * abbreviation only there. Usable on its own in any unified pipeline with a Swedish nlcst tree (SwedishParser).
 */
export default function retextSvAbbreviation(options: Options = {}) {
  const index = abbreviationIndex()
  const ignoredForms = new Set((options.ignore ?? []).map((form) => form.toLowerCase()))
  const ignored = new Set(entries.filter((entry) => entry.variants.some((variant) => ignoredForms.has(variant))))

  return function (tree: Root, file: VFile) {
    const developer = isDeveloperText(file)
    const reported = (entry: AbbreviationEntry, atStart: boolean) =>
      atStart || (!developer && (!entry.common || options.common === true))
    for (const sentence of sentencesIn(tree)) checkSentence(sentence, index, ignored, reported, file)
  }
}

function checkSentence(
  sentence: Sentence,
  index: PhraseIndex<AbbreviationEntry>,
  ignored: ReadonlySet<AbbreviationEntry>,
  reported: (entry: AbbreviationEntry, atStart: boolean) => boolean,
  file: VFile
): void {
  const children = sentence.children
  const texts = lowerTextsOf(sentence)
  for (let position = 0; position < children.length; position++) {
    // The lookup first: most words start no entry.
    if (!index.has(texts[position]!) || children[position]!.type !== 'WordNode') continue
    const match = index.match(children, texts, position, (found) => {
      return !ignored.has(found.value) && standsAlone(found, children) && !isAcronym(found, children)
    })
    if (!match) continue
    if (!reported(match.value, startsSentence(children, match.start))) {
      position = match.end
      continue
    }

    const entry = match.value
    const actual = toString(children.slice(match.start, match.end + 1))
    const before = previousWord(children, texts, match.start)
    const chosen = before === undefined ? undefined : entry.byWordBefore.get(before)
    const writtenOut = (chosen ? [chosen] : entry.expected).map((value) => matchCase(actual.charAt(0), value))
    const endsSentence = actual.endsWith('.') && onlyClosersAfter(children, match.end)
    const first = children[match.start]!.position
    const last = children[match.end]!.position
    report(file, {
      ruleId: meta.id,
      reason: `Skriv ${quoteList(writtenOut)} i stället för ”${actual}”.`,
      place: first && last ? {start: first.start, end: last.end} : undefined,
      actual,
      expected: endsSentence ? writtenOut.map((value) => value + '.') : writtenOut,
      note: entry.source ? `${note} Källa: ${entry.source}.` : note
    })
    position = match.end
  }
}

/** Not glued to other text: `/etc/hosts`, `ca-värde` or `x.t.ex` are not abbreviations in prose. */
function standsAlone(match: PhraseMatch<AbbreviationEntry>, children: readonly SentenceContent[]): boolean {
  const before = children[match.start - 1]
  if (before && before.type !== 'WhiteSpaceNode' && !openers.has(toString(before))) return false
  const after = children[match.end + 1]
  return !after || after.type === 'WhiteSpaceNode' || closers.test(toString(after))
}

/** `CA`, `ETC`: capitals make it an acronym unless the list says the capitals are the abbreviation (`OBS`). */
function isAcronym(match: PhraseMatch<AbbreviationEntry>, children: readonly SentenceContent[]): boolean {
  if (match.value.allCaps) return false
  const letters = toString(children.slice(match.start, match.end + 1)).replace(/[^\p{L}]/gu, '')
  return letters.length > 1 && /\p{Lu}/u.test(letters.slice(1))
}

/** Nothing but white space, a bullet or an opening bracket or quote before `index`. */
function startsSentence(children: readonly SentenceContent[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const child = children[at]!
    if (child.type === 'WhiteSpaceNode' || openers.has(toString(child))) continue
    return false
  }
  return true
}

function previousWord(children: readonly SentenceContent[], texts: readonly string[], from: number) {
  for (let index = from - 1; index >= 0; index--) {
    const type = children[index]!.type
    if (type === 'WhiteSpaceNode') continue
    return type === 'WordNode' ? texts[index] : undefined
  }
  return undefined
}

function onlyClosersAfter(children: readonly SentenceContent[], end: number): boolean {
  for (let index = end + 1; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'PunctuationNode' || !sentenceClosers.test(child.value)) return false
  }
  return true
}

export const rule: LanguageRule = {meta, plugin: retextSvAbbreviation}
