/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring characters
 * each cost 1 (`recieve` → `receive` is 1). Compares code points, not UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  if (left.length === 0) return right.length
  if (right.length === 0) return left.length
  // Three rolling rows: two rows back (for swaps), previous and current.
  let before = new Array<number>(right.length + 1).fill(0)
  let previous = Array.from({length: right.length + 1}, (_, index) => index)
  let current = new Array<number>(right.length + 1).fill(0)
  for (let i = 1; i <= left.length; i++) {
    current[0] = i
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1)
      }
      current[j] = best
    }
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[right.length]!
}

/**
 * The one clear correction among Hunspell's `suggestions` for `word`, if there is one: the first suggestion, when it
 * is at most `maxDistance` edits away (ignoring case) and no other suggestion is as close. `kommunn` with
 * `kommun`, `kommunen` has no clear correction; `tillsammns` with `tillsammans`, `tillsamman` has.
 */
export function clearSuggestion(word: string, suggestions: readonly string[], maxDistance = 2): string | undefined {
  const [first, ...others] = suggestions
  if (first === undefined) return undefined
  const lower = word.toLowerCase()
  const distance = editDistance(lower, first.toLowerCase())
  if (distance > maxDistance) return undefined
  for (const other of others) {
    if (editDistance(lower, other.toLowerCase()) <= distance) return undefined
  }
  return first
}
