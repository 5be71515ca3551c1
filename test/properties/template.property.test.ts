import fc from 'fast-check'
import {expect, test} from 'vitest'
import {casesFor, seed, timeoutFor} from './budget.js'
import {check} from './harness.js'
import {documents} from './pieces.js'

const share = 0.25

test(
  'template: positions exact, actual at its span; fixes (one case in four) idempotent and in place',
  async () => {
    await fc.assert(
      fc.asyncProperty(documents.template, fc.nat(3), async (value, draw) => {
        const {problems} = await check('template', value, draw === 0)
        expect(problems).toEqual([])
      }),
      {numRuns: casesFor(share), seed}
    )
  },
  timeoutFor(share)
)
