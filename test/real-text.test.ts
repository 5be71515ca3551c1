import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {corpusPresent, root} from './eval/real/corpus.js'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {foundInExcerpts, readExcerptRecord} from './eval/real/excerpts.js'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {readLabels} from './eval/real/labels.js'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {figuresFile, pageSection, ruleTable, summarise} from './eval/real/publish.js'
import {createRegistry} from '../packages/cli/dist/session.js'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {computeFigures} from './eval/real/figures.js'
// @ts-expect-error: plain JavaScript shared with `pnpm eval:real`.
import {lintCorpus} from './eval/real/lint.js'

interface Label {
  id: string
  file: string
  line: number
  rule: string
  actual?: string
  excerpt: string
  label: 'tp' | 'fp'
  reason: string
  labeller: string
  seed: string
}

const languages = ['sv', 'en'] as const
const data = JSON.parse(readFileSync(join(root, figuresFile), 'utf8')) as {languages: Record<string, {seed: string; rules: Record<string, unknown>}>}

describe('real-text labels', () => {
  for (const language of languages) {
    it(`${language}: every label is complete data with a short excerpt`, () => {
      const labels = [...(readLabels(language) as Map<string, Label>).values()]
      expect(labels.length).toBeGreaterThan(300)
      for (const label of labels) {
        expect(['tp', 'fp'], label.id).toContain(label.label)
        expect(label.file, label.id).toMatch(new RegExp(`^${language}/`))
        expect(label.line, label.id).toBeGreaterThan(0)
        expect(label.reason.length, label.id).toBeGreaterThan(0)
        expect(label.seed && label.labeller, label.id).toBeTruthy()
        expect(label.excerpt.length, label.id).toBeLessThanOrEqual(400)
      }
    })

    // Runs on a fresh clone: only the labels' own excerpts are needed, not the corpus.
    it(`${language}: no labelled true positive is lost and no labelled false positive comes back (excerpts)`, async () => {
      const record = readExcerptRecord()[language] as {truePositivesMissed: string[]; falsePositivesFound: string[]}
      const found = (await foundInExcerpts(language)) as Set<string>
      const labels = [...(readLabels(language) as Map<string, Label>).values()]
      const show = (label: Label) => `${label.file}:${label.line} ${label.rule} ”${label.actual ?? ''}” (${label.reason})`
      const lost = labels.filter((label) => label.label === 'tp' && !found.has(label.id) && !record.truePositivesMissed.includes(label.id))
      const back = labels.filter((label) => label.label === 'fp' && found.has(label.id) && !record.falsePositivesFound.includes(label.id))
      expect(lost.map(show), 'true positives no longer found').toEqual([])
      expect(back.map(show), 'false positives found again').toEqual([])
    }, 120_000)
  }

  it('the README\'s rule table is the one generated from rules/real-text.json', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain(ruleTable(createRegistry(), data) as string)
  })

  it('every rule page shows the figures of rules/real-text.json', () => {
    for (const rule of new Set(Object.values(data.languages).flatMap((figures) => Object.keys(figures.rules)))) {
      const section = pageSection(rule, data) as string
      const page = readFileSync(join(root, 'rules', `${rule}.md`), 'utf8')
      expect(page, rule).toContain(section)
    }
  })
})

describe.runIf(corpusPresent('sv'))('real-text evaluation on the corpus', () => {
  for (const language of languages) {
    it(`${language}: rules/real-text.json holds the figures the rules give now`, async () => {
      const figures = computeFigures(language, data.languages[language]!.seed, await lintCorpus(language))
      const now = summarise({[language]: figures}).languages[language]
      expect(now).toEqual(data.languages[language])
    }, 300_000)
  }
})
