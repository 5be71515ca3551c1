// Figures for labelled samples: precision with the lower bound of its 95 % (Wilson) interval, recall, and the
// agreement of two labellers (share and Cohen's kappa).

/** Lower bound of the 95 % Wilson score interval of `hits` out of `n`. */
export function wilsonLower(hits, n, z = 1.96) {
  if (n === 0) return 0
  const p = hits / n
  const centre = p + (z * z) / (2 * n)
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return (centre - spread) / (1 + (z * z) / n)
}

/** Agreement of two label lists over the same items: {n, agreed, share, kappa}. */
export function agreement(pairs) {
  const n = pairs.length
  if (n === 0) return {n, agreed: 0, share: 0, kappa: 0}
  const agreed = pairs.filter(([a, b]) => a === b).length
  const share = agreed / n
  const pa = pairs.filter(([a]) => a === 'tp').length / n
  const pb = pairs.filter(([, b]) => b === 'tp').length / n
  const chance = pa * pb + (1 - pa) * (1 - pb)
  const kappa = chance === 1 ? 1 : (share - chance) / (1 - chance)
  return {n, agreed, share, kappa}
}

export const fixed = (value, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits))
