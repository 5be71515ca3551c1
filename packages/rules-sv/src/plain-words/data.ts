import {readDataFile} from '@klarsprak/core'

/** One way to write a form's replacement in the data: one choice, several choices, or `null` (rewrite). */
type RawReplacement = string | string[] | null

interface RawEntry {
  forms?: Record<string, RawReplacement>
  phrase?: string
  expected?: string[]
  hint?: string | string[]
  note?: string
  source?: string
  notAfter?: string[]
  notBefore?: string[]
  onlyBefore?: string[]
  notAfterInSentence?: string[]
  notInDeveloperText?: boolean
  notFirst?: boolean
  imperative?: Record<string, RawReplacement>
}

/** A word or phrase group from `data/plain-words.yml`, with every inflected form. */
export interface PlainWordEntry {
  /** Form found → its replacements (empty: no drop-in replacement, the sentence needs rewriting). */
  readonly forms: ReadonlyMap<string, readonly string[]>
  /** What to rewrite with when a form has no drop-in replacement. */
  readonly hint: readonly string[]
  readonly note?: string
  readonly source?: string
  /** Skip the match when the word right before it is one of these. */
  readonly notAfter?: ReadonlySet<string>
  /** Skip the match when the word or mark right after it is one of these (`#number`: any number). */
  readonly notBefore?: ReadonlySet<string>
  /** Only match when the word or mark right after it is one of these (`#number`: any number). */
  readonly onlyBefore?: ReadonlySet<string>
  /** Skip the match when one of these words comes earlier in the same sentence (`och … samt`). */
  readonly notAfterInSentence?: ReadonlySet<string>
  /** Skip the entry in developer documentation, where the word is the field's own (`email`, `initiera`). */
  readonly notInDeveloperText?: boolean
  /** Skip the match when it opens the sentence (`Samt att …`). */
  readonly notFirst?: boolean
  /** Form → replacements when it opens the sentence and reads as an imperative (`Inkom med` → `Skicka in`). */
  readonly imperative?: ReadonlyMap<string, readonly string[]>
}

const dataUrl = new URL('../../data/plain-words.yml', import.meta.url)

export interface PlainWordsData {
  readonly entries: readonly PlainWordEntry[]
  /** Adverbs that go between a verb and its particle in a fix (`kom inte in`). */
  readonly sentenceAdverbs: ReadonlySet<string>
}

/** Read and check the word list; throws on a malformed entry or a form listed twice. */
export function loadPlainWords(url: URL = dataUrl): PlainWordsData {
  const raw = readDataFile(url) as {entries?: unknown; sentenceAdverbs?: unknown} | null
  if (!raw || !Array.isArray(raw.entries)) throw new Error(`${url.pathname}: expected a list of \`entries\``)
  const sentenceAdverbs = new Set(Array.isArray(raw.sentenceAdverbs) ? (raw.sentenceAdverbs as string[]) : [])
  const seen = new Set<string>()
  const entries: PlainWordEntry[] = (raw.entries as RawEntry[]).map((item, index) => {
    const where = `${url.pathname}: entry ${index + 1}`
    const rawForms: Record<string, RawReplacement> = item.forms ?? {}
    if (item.phrase !== undefined) rawForms[item.phrase] = item.expected ?? null
    const forms = new Map<string, readonly string[]>()
    for (const [form, replacement] of Object.entries(rawForms)) {
      if (form !== form.toLowerCase() || form.trim() !== form) throw new Error(`${where}: form ${form} must be lower case`)
      if (seen.has(form)) throw new Error(`${where}: ${form} is listed twice`)
      seen.add(form)
      forms.set(form, toList(replacement, where))
    }
    if (forms.size === 0) throw new Error(`${where}: no forms`)
    const hint = item.hint === undefined ? defaultHint(forms) : toList(item.hint, where)
    return {
      forms,
      hint,
      ...(item.note ? {note: item.note} : {}),
      ...(item.source ? {source: item.source} : {}),
      ...(item.notAfter ? {notAfter: new Set(item.notAfter)} : {}),
      ...(item.notBefore ? {notBefore: new Set(item.notBefore)} : {}),
      ...(item.onlyBefore ? {onlyBefore: new Set(item.onlyBefore)} : {}),
      ...(item.notAfterInSentence ? {notAfterInSentence: new Set(item.notAfterInSentence)} : {}),
      ...(item.notInDeveloperText ? {notInDeveloperText: true} : {}),
      ...(item.notFirst ? {notFirst: true} : {}),
      ...(item.imperative ? {imperative: imperativeForms(item.imperative, forms, where)} : {})
    }
  })
  return {entries, sentenceAdverbs}
}

function imperativeForms(
  raw: Record<string, RawReplacement>,
  forms: ReadonlyMap<string, readonly string[]>,
  where: string
): ReadonlyMap<string, readonly string[]> {
  const result = new Map<string, readonly string[]>()
  for (const [form, replacement] of Object.entries(raw)) {
    if (!forms.has(form)) throw new Error(`${where}: imperative ${form} is not one of the entry's forms`)
    result.set(form, toList(replacement, where))
  }
  return result
}

function toList(value: RawReplacement, where: string): string[] {
  if (value === null) return []
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new Error(`${where}: replacements must be text`)
  }
  return list
}

/** By default a rewrite is hinted with the first form's replacements (`erhållna` → rewrite with ”få”). */
function defaultHint(forms: ReadonlyMap<string, readonly string[]>): readonly string[] {
  for (const replacements of forms.values()) if (replacements.length > 0) return replacements
  return []
}
