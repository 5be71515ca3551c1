// How many findings of each rule a sample draws: at least 40 per rule on the measured part (all, where fewer), at
// least 100 for a rule that fires more than 5 times per 1,000 words; a smaller share of the part rules are tuned on.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {sample, seedOf, seeded} from './random.js'

export const frequentPerThousand = 5
const sizes = {measure: {normal: 40, frequent: 100}, tune: {normal: 20, frequent: 30}}

export function perThousand(count, words) {
  return words === 0 ? 0 : (count / words) * 1000
}

/**
 * `count` findings in the order of a hash of the seed and each finding's id: a random draw that stays the same for
 * the findings a rule change leaves alone, so their labels carry over and only new findings need labelling.
 */
function byRank(group, count, seed) {
  const rank = (finding) => createHash('sha256').update(`${seed}\u0000${finding.id}`).digest('hex')
  return group
    .map((finding) => ({finding, rank: rank(finding)}))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.finding)
}

/**
 * The findings drawn for labelling with `seed`, per rule and part. `method` is how: `rank` (the default, see
 * byRank) or `shuffle`, a seeded shuffle of each group, with which the first (baseline) samples were drawn.
 */
export function drawSample(files, findings, seed, method = 'rank') {
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
    drawn.push(...(method === 'shuffle' ? sample(group, size, seeded(seedOf(`${seed}/${key}`))) : byRank(group, size, `${seed}/${key}`)))
  }
  return drawn
}

const rounds = JSON.parse(readFileSync(new URL('./rounds.json', import.meta.url), 'utf8'))

/** How the sample of `seed` is drawn: `shuffle` for the seeds rounds.json lists as shuffled, else `rank`. */
export function methodOf(seed) {
  return rounds.shuffled.includes(seed) ? 'shuffle' : 'rank'
}
