import {readDataFile} from '@klarsprak/core'

/** A noun's four forms: singular, singular definite, plural, plural definite. */
export type Paradigm = readonly [string, string, string, string]

interface RawData {
  nouns: Record<string, string[]>
  guesses: Array<{endings: string[]; paradigms: string[][]}>
  determiners: string[][]
  pluralCues: string[]
  singularCues: string[]
  weakAfter: string[]
  prepositions: string[]
  adjectiveEndings: string[]
  stemEndings: string[]
  notCompoundParts: string[]
  caseIgnored: string[]
}

export interface NounEnding {
  readonly ending: string
  readonly forms: Paradigm
}

export interface TermData {
  /** Known endings, longest first. */
  readonly nouns: readonly NounEnding[]
  readonly guesses: ReadonlyArray<{readonly endings: readonly string[]; readonly paradigms: readonly Paradigm[]}>
  /** Determiner → its gender and its form for the other gender. */
  readonly determiners: ReadonlyMap<string, {readonly neuter: boolean; readonly other: string}>
  readonly pluralCues: ReadonlySet<string>
  readonly singularCues: ReadonlySet<string>
  readonly weakAfter: ReadonlySet<string>
  readonly prepositions: ReadonlySet<string>
  readonly adjectiveEndings: readonly string[]
  readonly stemEndings: readonly string[]
  readonly notCompoundParts: ReadonlySet<string>
  readonly caseIgnored: ReadonlySet<string>
}

export function toParadigm(forms: readonly string[], where: string): Paradigm {
  if (forms.length !== 4 || forms.some((form) => typeof form !== 'string')) {
    throw new Error(`${where}: expected four forms (singular, definite, plural, definite plural)`)
  }
  return [forms[0]!, forms[1]!, forms[2]!, forms[3]!]
}

/** Endings sorted longest first, so the most specific one wins. */
export function byLength(entries: Iterable<NounEnding>): NounEnding[] {
  return [...entries].sort((a, b) => b.ending.length - a.ending.length)
}

export function loadTermData(): TermData {
  const raw = readDataFile<RawData>(new URL('../../data/term-consistency.yml', import.meta.url))
  const determiners = new Map<string, {neuter: boolean; other: string}>()
  for (const [common, neuter] of raw.determiners) {
    determiners.set(common!, {neuter: false, other: neuter!})
    determiners.set(neuter!, {neuter: true, other: common!})
  }
  return {
    nouns: byLength(
      Object.entries(raw.nouns).map(([ending, forms]) => ({ending, forms: toParadigm(forms, `nouns.${ending}`)}))
    ),
    guesses: raw.guesses.map((guess) => ({
      endings: guess.endings,
      paradigms: guess.paradigms.map((forms) => toParadigm(forms, 'guesses'))
    })),
    determiners,
    pluralCues: new Set(raw.pluralCues),
    singularCues: new Set(raw.singularCues),
    weakAfter: new Set(raw.weakAfter),
    prepositions: new Set(raw.prepositions),
    adjectiveEndings: raw.adjectiveEndings,
    stemEndings: [...raw.stemEndings].sort((a, b) => b.length - a.length),
    notCompoundParts: new Set(raw.notCompoundParts),
    caseIgnored: new Set(raw.caseIgnored)
  }
}
