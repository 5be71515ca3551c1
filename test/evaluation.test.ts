import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript shared with `pnpm eval`.
import {evaluationSets, root, score} from './eval/evaluate.js'

interface Score {
  rule: string
  cases: number
  precision: number
  recall: number
  mistakes: unknown[]
}

describe('rule evaluation sets', () => {
  for (const set of evaluationSets() as Array<{language: string; id: string; path: string}>) {
    it(`${set.language} ${set.id}: at least 40 cases, precision and recall ≥ 0.9, as its page says`, async () => {
      const result = (await score(set)) as Score
      expect(result.cases).toBeGreaterThanOrEqual(40)
      expect(result.precision, JSON.stringify(result.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
      expect(result.recall, JSON.stringify(result.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9)
      // The rule's page publishes the same figures.
      const page = readFileSync(join(root, 'rules', `${set.id}.md`), 'utf8')
      const evaluation = page.slice(page.indexOf('## Evaluation'))
      expect(evaluation).toContain(result.precision.toFixed(2))
      expect(evaluation).toContain(result.recall.toFixed(2))
    })
  }
})
