/** Figures the server's `klarsprak/stats` request returns. */
export interface DocumentStats {
  language: 'sv' | 'en'
  words: number
  sentences: number
  lix: number | null
}

const labels = {
  sv: {words: 'ord', sentences: 'meningar', lix: 'LIX', tooltip: 'Klarspråk: läsbarhet (LIX) och antal ord i dokumentet'},
  en: {words: 'words', sentences: 'sentences', lix: 'LIX', tooltip: 'Klarspråk: readability (LIX) and word count of the document'}
}

/** `LIX 38 · 1 234 ord` (Swedish digit grouping and decimal comma), or the English form. */
export function statusText(stats: DocumentStats): string {
  const label = labels[stats.language]
  const locale = stats.language === 'sv' ? 'sv-SE' : 'en-GB'
  const words = stats.words.toLocaleString(locale)
  const lix = stats.lix === null ? '–' : Math.round(stats.lix).toLocaleString(locale)
  return `${label.lix} ${lix} · ${words} ${label.words}`
}

export function statusTooltip(stats: DocumentStats): string {
  const label = labels[stats.language]
  const locale = stats.language === 'sv' ? 'sv-SE' : 'en-GB'
  const lix = stats.lix === null ? '–' : stats.lix.toLocaleString(locale, {maximumFractionDigits: 1})
  return `${label.tooltip}\n${label.lix} ${lix}, ${stats.words.toLocaleString(locale)} ${label.words}, ${stats.sentences.toLocaleString(locale)} ${label.sentences}`
}
