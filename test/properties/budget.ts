/**
 * How many cases each property runs: 20,000 in all by default (CI), or `PROPERTY_CASES` in all (run.js), split by
 * each property's share. `PROPERTY_SEED` replays a run.
 */
const total = Number(process.env.PROPERTY_CASES ?? 20_000)

export function casesFor(share: number): number {
  return Math.max(1, Math.round(total * share))
}

/**
 * A fixed seed unless asked otherwise: the test run is reproducible, so a red CI always shows the same case.
 * `run.js` explores new seeds (`PROPERTY_RANDOM=1`); `PROPERTY_SEED` replays a given one.
 */
export const seed =
  process.env.PROPERTY_SEED !== undefined
    ? Number(process.env.PROPERTY_SEED)
    : process.env.PROPERTY_RANDOM === '1'
      ? undefined
      : 20_261_207

/** Time for a property: generous, as CI machines are slow and run.js may ask for a million cases. */
export function timeoutFor(share: number): number {
  return Math.max(60_000, casesFor(share) * 50)
}
