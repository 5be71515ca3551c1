import type {Root, Sentence, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {byLength, loadTermData, toParadigm, type NounEnding, type TermData} from './data.js'
import {findMixedSpellings} from '@klarsprak/core'
import {spellingNote, spellingReason, termNote, termReason} from './message.js'
import {matchAt, replacementFor, resolveSlots, TermIndex, type TermEntry, type TermMatch} from './term-list.js'
import {childText} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'term-consistency',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Ord som organisationens termlista vill undvika (”dagis” → ”förskola”) och en term som stavas på flera sätt i samma text (”e-tjänst”, ”etjänst”).',
    en: 'Words the organisation’s term list avoids (Swedish “dagis” → “förskola”) and one term spelled in several ways in a text (“e-tjänst”, “etjänst”).'
  },
  options: {
    forms: {type: 'object', additionalProperties: {type: 'array', items: {type: 'string'}, minItems: 4, maxItems: 4}},
    spellings: {type: 'boolean'}
  } satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /**
   * Noun forms the rule cannot guess: a word or word ending → its singular, definite, plural and definite plural
   * (`{"hem": ["hem", "hemmet", "hem", "hemmen"]}` covers `fritidshem` too). Default: none.
   */
  readonly forms?: Readonly<Record<string, readonly string[]>>
  /** Report one term spelled in several ways in a text (`e-tjänst`, `etjänst`). Default: `true`. */
  readonly spellings?: boolean
}

const data = loadTermData()

/**
 * retext plugin: flags words the organisation's term list avoids (`dagiset` → `förskolan`, in the same form) and a
 * term spelled in several ways in one document (`etjänst` where the text mostly writes `e-tjänst`). Usable on its
 * own in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvTermConsistency(options: Options = {}) {
  const nouns = withUserForms(options.forms, data.nouns)
  const entries: readonly TermEntry[] = Array.isArray(options.termList) ? options.termList : []
  const index = new TermIndex(entries, data, nouns)
  const preferred = [...new Set([...(options.terms ?? []), ...entries.map((entry) => entry.prefer)])].filter(
    (term): term is string => typeof term === 'string' && !/\s/.test(term.trim())
  )
  const spellings = options.spellings !== false

  return function (tree: Root, file: VFile) {
    const reported = new Set<Word>()
    if (index.size > 0) for (const sentence of sentencesIn(tree)) checkTerms(sentence, index, reported, file)
    if (!spellings) return
    const findings = findMixedSpellings(tree, {
      stemEndings: data.stemEndings,
      caseIgnored: data.caseIgnored,
      notCompoundParts: data.notCompoundParts,
      spacedCompounds: true,
      preferred,
      skip: reported
    })
    for (const finding of findings) {
      if (hyphenIsTheNorm(finding.actual, finding.expected)) continue
      const start = finding.first.position?.start
      const end = finding.last.position?.end
      report(file, {
        ruleId: meta.id,
        reason: spellingReason(finding.actual, finding.expected, finding.because),
        place: start && end ? {start, end} : undefined,
        actual: finding.actual,
        expected: [finding.expected],
        note: spellingNote(finding.targetExample, finding.targetCount, finding.actual, finding.actualCount)
      })
    }
  }
}

const joint = /^(\p{Ll}+)-(\p{L}+)$/u

/**
 * Whether the spelling already written is the one Swedish writing rules ask for, so asking for the other would be
 * wrong: a compound is written closed (`fokusmarkering`, not `fokus-markering`), and a hyphen follows a short form
 * or abbreviation (`e-tjänst`, `sms-kod`). On labelled real text these were the term-consistency findings an
 * editor rejected.
 */
function hyphenIsTheNorm(actual: string, expected: string): boolean {
  const suggested = joint.exec(expected)
  if (suggested && !actual.includes('-') && suggested[1]!.length >= 4) return actual.toLowerCase() === (suggested[1]! + suggested[2]!).toLowerCase()
  const written = joint.exec(actual)
  if (written && !expected.includes('-') && isShortForm(written[1]!)) return expected.toLowerCase() === (written[1]! + written[2]!).toLowerCase()
  return false
}

/** A first part that is a single letter (`e`) or an abbreviation without a vowel (`sms`, `pdf`). */
function isShortForm(part: string): boolean {
  return part.length === 1 || !/[aeiouyåäö]/iu.test(part)
}

/** User forms go before the built-in endings, so they win over an ending of the same length. */
function withUserForms(
  forms: Options['forms'],
  builtIn: readonly NounEnding[]
): readonly NounEnding[] {
  if (!forms || typeof forms !== 'object') return builtIn
  const user = Object.entries(forms).map(([word, list]) => ({
    ending: word.toLowerCase(),
    forms: toParadigm(list, `term-consistency: forms.${word}`)
  }))
  return byLength([...user, ...builtIn])
}

function checkTerms(sentence: Sentence, index: TermIndex, reported: Set<Word>, file: VFile): void {
  const children = sentence.children
  for (let position = 0; position < children.length; position++) {
    const child = children[position]!
    if (child.type !== 'WordNode') continue
    const patterns = index.candidates(childText(child))
    if (!patterns) continue
    for (const pattern of patterns) {
      const match = matchAt(pattern, children, position)
      if (!match) continue
      const actual = spanText(children, match.start, match.end)
      // A word to avoid that is only another spelling of the preferred term leaves that term alone.
      if (pattern.preferred.lowerForms.has(actual.replace(/\s+/g, ' ').toLowerCase())) continue
      reportTerm(match, children, actual, file)
      for (let covered = match.start; covered <= match.end; covered++) {
        const node = children[covered]!
        if (node.type === 'WordNode') reported.add(node)
      }
      position = match.end
      break
    }
  }
}

function reportTerm(match: TermMatch, children: readonly SentenceContent[], matched: string, file: VFile): void {
  const {pattern} = match
  const fix = fixFor(match, children, data)
  const start = fix?.start ?? match.start
  const actual = start === match.start ? matched : spanText(children, start, match.end)
  const expected = fix ? fix.texts.map((text) => keepCase(actual, pattern.term, text)) : []
  const first = children[start]!.position
  const last = children[match.end]!.position
  report(file, {
    ruleId: meta.id,
    reason: termReason(actual, expected, pattern.preferred.text, pattern.term),
    place: first && last ? {start: first.start, end: last.end} : undefined,
    actual,
    expected,
    note: termNote(pattern.preferred.text, pattern.term)
  })
}

/**
 * The replacement(s) for a match: one when its form is certain; several (not applied by `--fix`) when the form could
 * be one of a few (`dagisen`: `förskolan` or `förskolorna`); none when a form cannot be built.
 */
function fixFor(
  match: TermMatch,
  children: readonly SentenceContent[],
  termData: TermData
): {start: number; texts: string[]} | undefined {
  const slots = resolveSlots(match, children, termData)
  const replacements = slots.map((slot) => replacementFor(match, slot, children, termData))
  const first = replacements[0]
  if (first && replacements.every((each) => each && each.start === first.start && each.text === first.text)) {
    return {start: first.start, texts: [first.text]}
  }
  const choices = [
    ...new Set(replacements.filter((each) => each?.start === match.start).map((each) => each!.text))
  ]
  return choices.length > 1 ? {start: match.start, texts: choices} : undefined
}

function spanText(children: readonly SentenceContent[], start: number, end: number): string {
  let text = ''
  for (let index = start; index <= end; index++) text += childText(children[index]!)
  return text
}

/**
 * Carry the document's capitals over to the replacement (`Dagis` → `Förskola`, `DAGIS` → `FÖRSKOLA`), but not the
 * capitals the configured term itself has (`FK` → `Försäkringskassan`).
 */
export function keepCase(actual: string, avoid: string, replacement: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase() && /\p{Lu}/u.test(actual) && avoid !== avoid.toUpperCase()) {
    return replacement.toUpperCase()
  }
  const first = actual.charAt(0)
  const avoidFirst = avoid.charAt(0)
  if (first !== first.toLowerCase() && avoidFirst === avoidFirst.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

export const rule: LanguageRule = {meta, plugin: retextSvTermConsistency}
