import fc from 'fast-check'
import {expect, test} from 'vitest'
import {casesFor, seed, timeoutFor} from './budget.js'
import {check} from './harness.js'
import {documents, type Format} from './pieces.js'

/**
 * The property every format is tested with, over `share` of the cases: generated documents pass every check of
 * harness.ts, and one case in four is also fixed.
 */
export function formatProperty(format: Format, share: number): void {
  test(
    `${format}: positions exact, actual at its span; fixes (one case in four) idempotent and in place`,
    async () => {
      await fc.assert(
        fc.asyncProperty(documents[format], fc.nat(3), async (value, draw) => {
          const {problems} = await check(format, value, draw === 0)
          expect(problems).toEqual([])
        }),
        {numRuns: casesFor(share), seed}
      )
    },
    timeoutFor(share)
  )
}
