// The labelled findings checked on their own excerpts, without the corpus: each label keeps the sentence it was
// made on, and linting that sentence again (as a file of the same type, default config) tells whether a labelled
// true positive is still found and whether a labelled false positive is back. excerpts.json records which were
// so when the figures were last written (`pnpm eval:real --write`); the test fails on any change from that record
// that makes things worse, so a rule change that loses a right finding or brings back a wrong one shows in review.
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, extname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Session} from '../../../packages/cli/dist/session.js'
import {root} from './corpus.js'
import {readLabels} from './labels.js'

const recordPath = join(dirname(fileURLToPath(import.meta.url)), 'excerpts.json')

/** Ids of the labels of `language` whose finding (same rule, same words) is found in the label's own excerpt. */
export async function foundInExcerpts(language) {
  const session = new Session({cwd: root, noConfig: true, overrides: {language}, fix: false})
  const found = new Set()
  for (const label of readLabels(language).values()) {
    const checked = await session.check(`excerpt${extname(label.file) || '.txt'}`, label.excerpt)
    const messages = checked?.result.messages ?? []
    if (messages.some((message) => message.ruleId === label.rule && (label.actual === undefined || message.actual === label.actual))) found.add(label.id)
  }
  return found
}

/** The state to record: true positives missed and false positives still found, per language. */
export async function excerptState(languages) {
  const state = {}
  for (const language of languages) {
    const found = await foundInExcerpts(language)
    const labels = [...readLabels(language).values()]
    state[language] = {
      truePositivesMissed: labels.filter((label) => label.label === 'tp' && !found.has(label.id)).map((label) => label.id).sort(),
      falsePositivesFound: labels.filter((label) => label.label === 'fp' && found.has(label.id)).map((label) => label.id).sort()
    }
  }
  return state
}

export function readExcerptRecord() {
  return JSON.parse(readFileSync(recordPath, 'utf8'))
}

export function writeExcerptRecord(state) {
  writeFileSync(recordPath, JSON.stringify(state, null, 1) + '\n')
}
