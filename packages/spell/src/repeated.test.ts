import {describe, expect, it} from 'vitest'
import type {Misspelling} from './document.js'
import {groupRepeated} from './repeated.js'

const uses = (...words: string[]): Misspelling[] =>
  words.map((actual, index) => ({node: {type: 'WordNode'}, actual, position: {start: {line: index + 1, column: 1}, end: {line: index + 1, column: 2}}}))

describe('groupRepeated', () => {
  it('reports a word used three times once, as a possible term, at its first use', () => {
    const result = groupRepeated(uses('validatorn', 'skolla', 'Validatorn', 'validatorn'), new Set())
    expect(result.map((m) => [m.actual, m.occurrences, m.position?.start.line])).toEqual([
      ['validatorn', 3, 1],
      ['skolla', undefined, 2]
    ])
  })

  it('reports every use below the threshold', () => {
    expect(groupRepeated(uses('validatorn', 'validatorn'), new Set()).map((m) => m.occurrences)).toEqual([undefined, undefined])
    expect(groupRepeated(uses('validatorn', 'validatorn'), new Set(), {minOccurrences: 2})).toHaveLength(1)
  })

  it('reports every use of a repeated word one or two edits from a word the text spells right', () => {
    expect(groupRepeated(uses('kommunn', 'kommunn', 'kommunn'), new Set(['kommun']))).toHaveLength(3)
    expect(groupRepeated(uses('handläggre', 'handläggre', 'handläggre'), new Set(['handläggare']))).toHaveLength(3)
    // One edit is the limit below eight letters: `tooltip` is no typo of `topp`.
    expect(groupRepeated(uses('tooltip', 'tooltip', 'tooltip'), new Set(['topp', 'tooltips2']))).toHaveLength(1)
  })

  it('always reports each use of a known misspelling', () => {
    const known = uses('sammarbete', 'sammarbete', 'sammarbete').map((m) => ({...m, correction: 'samarbete'}))
    expect(groupRepeated(known, new Set())).toHaveLength(3)
  })
})
