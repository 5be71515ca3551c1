/**
 * Markup in the text of a Markdown page that micromark leaves as text: template tags (`{{ namn }}`, `{% if %}`),
 * component tags it does not take for HTML (`<FButton @click="spara">`, `<Kort titel={x} />`) and the lines of
 * container directives (`::: warning`, `:::api`). None of it is prose; a template tag stands for a value, so it is
 * kept as source (a word the rules skip, as inline code), the rest is left out.
 */

export interface MarkupRange {
  start: number
  end: number
  /** Kept as a source node (a placeholder in the sentence) rather than left out. */
  source: boolean
}

const templateTag = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g
const componentTag = /<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g
// The fence and name of a directive line (`::: messagebox`, `:::api{#x}`); a title after the name is prose.
const directive = /(^|\n)([ \t]*:{3,}[ \t]*[\w-]*(?:\{[^}\n]*\})?)/g

/** Markup ranges in `value` (a text node's decoded text), in order. `lineStart`: the value starts a line. */
export function markupIn(value: string, lineStart: boolean): MarkupRange[] {
  if (!value.includes('{') && !value.includes('<') && !value.includes(':::')) return []
  const ranges: MarkupRange[] = []
  for (const match of value.matchAll(templateTag)) ranges.push({start: match.index, end: match.index + match[0].length, source: true})
  for (const match of value.matchAll(componentTag)) ranges.push({start: match.index, end: match.index + match[0].length, source: false})
  for (const match of value.matchAll(directive)) {
    if (match.index === 0 && match[1] === '' && !lineStart) continue
    const start = match.index + match[1]!.length
    ranges.push({start, end: start + match[2]!.length, source: false})
  }
  ranges.sort((a, b) => a.start - b.start)
  // Overlaps (a tag inside a template tag) keep the range that starts first.
  const kept: MarkupRange[] = []
  for (const range of ranges) if (range.end > range.start && (kept.length === 0 || range.start >= kept[kept.length - 1]!.end)) kept.push(range)
  return kept
}
