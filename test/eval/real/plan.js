// How many findings of each rule a sample draws: at least 40 per rule on the measured part (all, where fewer), at
// least 100 for a rule that fires more than 5 times per 1,000 words; a smaller share of the part rules are tuned on.
import {sample, seedOf, seeded} from './random.js'

export const frequentPerThousand = 5
const sizes = {measure: {normal: 40, frequent: 100}, tune: {normal: 20, frequent: 30}}

export function perThousand(count, words) {
  return words === 0 ? 0 : (count / words) * 1000
}

/** The findings drawn for labelling with `seed`, per rule and part. */
export function drawSample(files, findings, seed) {
  const words = files.reduce((sum, file) => sum + file.words, 0)
  const groups = new Map()
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.part}`
    const group = groups.get(key) ?? []
    group.push(finding)
    groups.set(key, group)
  }
  const totals = new Map()
  for (const finding of findings) totals.set(finding.rule, (totals.get(finding.rule) ?? 0) + 1)
  const drawn = []
  for (const [key, group] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [rule, part] = key.split('\u0000')
    const frequent = perThousand(totals.get(rule), words) > frequentPerThousand
    const size = sizes[part][frequent ? 'frequent' : 'normal']
    drawn.push(...sample(group, size, seeded(seedOf(`${seed}/${key}`))))
  }
  return drawn
}
