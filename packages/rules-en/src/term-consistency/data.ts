import {readDataFile} from '@klarsprak/core'

interface RawData {
  irregularPlurals: Record<string, string>
  pluralCues: string[]
  singularCues: string[]
  prepositions: string[]
  stemEndings: string[]
  caseIgnored: string[]
}

export interface TermData {
  /** Singular → plural for words that do not add -s, -es or -ies; longest singular first. */
  readonly irregularPlurals: ReadonlyArray<readonly [string, string]>
  readonly pluralCues: ReadonlySet<string>
  readonly singularCues: ReadonlySet<string>
  readonly prepositions: ReadonlySet<string>
  readonly stemEndings: readonly string[]
  readonly caseIgnored: ReadonlySet<string>
}

export function loadTermData(): TermData {
  const raw = readDataFile<RawData>(new URL('../../data/term-consistency.yml', import.meta.url))
  return {
    irregularPlurals: Object.entries(raw.irregularPlurals).sort((a, b) => b[0].length - a[0].length),
    pluralCues: new Set(raw.pluralCues),
    singularCues: new Set(raw.singularCues),
    prepositions: new Set(raw.prepositions),
    stemEndings: [...raw.stemEndings].sort((a, b) => b.length - a.length),
    caseIgnored: new Set(raw.caseIgnored)
  }
}
