/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours), case-insensitive. */
export function distance(a: string, b: string): number {
  const left = a.toLowerCase()
  const right = b.toLowerCase()
  let before: number[] = []
  let previous = Array.from({length: right.length + 1}, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
    }
    before = previous
    previous = current
  }
  return previous[right.length]!
}

/** The candidate closest to `name`, when it is close enough to be the name that was meant (a typo). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const value = distance(name, candidate)
    if (value < bestDistance) {
      best = candidate
      bestDistance = value
    }
  }
  // Short names need a closer match: `foo` is not a typo of `log`.
  const allowed = name.length <= 2 ? 0 : name.length <= 4 ? 1 : Math.max(2, Math.floor(name.length / 3))
  return bestDistance <= allowed ? best : undefined
}
