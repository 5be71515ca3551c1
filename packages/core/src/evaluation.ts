import {pathToFileURL} from 'node:url'
import {readDataFile} from './data.js'

/** One labelled sentence of a rule's evaluation set. */
export interface EvaluationCase {
  /** The text to check (one or a few sentences). */
  text: string
  /** The exact texts (`actual`) the rule must flag; empty when the sentence is a trap that must stay clean. */
  flag: string[]
  /** Where the pattern comes from or why it is a trap. */
  note?: string
}

export interface EvaluationSet {
  rule: string
  language: 'sv' | 'en'
  /** Options for the rule while evaluating (optional). */
  options?: Record<string, unknown>
  /** How each case's text is parsed (default `text`); `markdown` or `html` for rules that need markup, such as links. */
  format?: 'text' | 'markdown' | 'html'
  cases: EvaluationCase[]
}

export interface EvaluationScore {
  rule: string
  language: 'sv' | 'en'
  cases: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  /** Cases that went wrong, for the test output. */
  mistakes: Array<{text: string; missed: string[]; unexpected: string[]}>
}

export function loadEvaluationSet(path: string | URL): EvaluationSet {
  const set = readDataFile<EvaluationSet>(typeof path === 'string' ? pathToFileURL(path) : path)
  if (!set || !Array.isArray(set.cases)) throw new Error(`${String(path)}: expected a \`cases\` list`)
  for (const item of set.cases) item.flag ??= []
  return set
}

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Score a rule on its evaluation set: `lint` returns the `actual` texts the rule reported for one case.
 * Matching is by text, case-insensitive, counting repeats.
 */
export async function evaluate(
  set: EvaluationSet,
  lint: (text: string) => Promise<string[]>
): Promise<EvaluationScore> {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const mistakes: EvaluationScore['mistakes'] = []

  for (const item of set.cases) {
    const found = (await lint(item.text)).map(normalize)
    const missed: string[] = []
    const remaining = [...found]
    for (const expected of item.flag) {
      const at = remaining.indexOf(normalize(expected))
      if (at === -1) missed.push(expected)
      else remaining.splice(at, 1)
    }
    truePositives += item.flag.length - missed.length
    falseNegatives += missed.length
    falsePositives += remaining.length
    if (missed.length > 0 || remaining.length > 0) mistakes.push({text: item.text, missed, unexpected: remaining})
  }

  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives)
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives)
  return {
    rule: set.rule,
    language: set.language,
    cases: set.cases.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    mistakes
  }
}
