import type {Root, Sentence, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {loadTermData} from './data.js'
import {findMixedSpellings} from '@klarsprak/core'
import {spellingNote, spellingReason, termNote, termReason} from './message.js'
import {
  childText,
  matchAt,
  replacementFor,
  resolveSlots,
  TermIndex,
  type TermEntry,
  type TermMatch
} from './term-list.js'

export const meta: RuleMeta = {
  id: 'term-consistency',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Ord som organisationens termlista vill undvika och en term som stavas på flera sätt i samma text (”e-mail”, ”email”).',
    en: 'Words the organisation’s term list avoids (“citizen” → “resident”) and one term spelled in several ways in a text (“e-mail”, “email”).'
  },
  options: {spellings: {type: 'boolean'}} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Report one term spelled in several ways in a text (`e-mail`, `email`). Default: `true`. */
  readonly spellings?: boolean
}

const data = loadTermData()

/**
 * retext plugin: flags words the organisation's term list avoids (`citizens` → `residents`, in the same form) and
 * a term spelled in several ways in one document (`e-mail` where the text mostly writes `email`). Usable on its own
 * in any unified pipeline with an English nlcst tree.
 */
export default function retextEnTermConsistency(options: Options = {}) {
  const entries: readonly TermEntry[] = Array.isArray(options.termList) ? options.termList : []
  const index = new TermIndex(entries, data)
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
      // English writes many compounds open (`phone number`): a space is not compared.
      notCompoundParts: new Set(),
      spacedCompounds: false,
      preferred,
      skip: reported
    })
    for (const finding of findings) {
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
      // A term to avoid that is only another spelling of the preferred term leaves that term alone.
      if (pattern.preferred.lowerForms.has(actual.replace(/\s+/g, ' ').replaceAll('’', "'").toLowerCase())) continue
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
  const fix = fixFor(match, children)
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

/** One replacement when the form is certain, several when it could be one of a few, none otherwise. */
function fixFor(match: TermMatch, children: readonly SentenceContent[]): {start: number; texts: string[]} | undefined {
  const slots = resolveSlots(match, children, data)
  const replacements = slots.map((slot) => replacementFor(match, slot, children))
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

/** Carry the document's capitals over (`Citizens` → `Residents`), but not the configured term's own (`NHS`). */
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

export const rule: LanguageRule = {meta, plugin: retextEnTermConsistency}
