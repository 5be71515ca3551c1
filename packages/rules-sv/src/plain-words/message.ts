/** `”a”`, `”a” eller ”b”`, `”a”, ”b” eller ”c”`: Swedish list of quoted alternatives. */
export function quoteList(items: readonly string[]): string {
  const quoted = items.map((item) => `”${item}”`)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} eller ${quoted[quoted.length - 1]}`
}

/** The reason of a plain-words message: what to write instead of `actual`. */
export function plainWordsReason(actual: string, expected: readonly string[], hint: readonly string[]): string {
  if (expected.length > 0) return `Skriv ${quoteList(expected)} i stället för ”${actual}”.`
  if (hint.length > 0) return `Skriv om med ${quoteList(hint)} i stället för ”${actual}”.`
  return `Skriv om meningen utan ”${actual}”.`
}
