import {readDataFile} from '@klarsprak/core'

interface RawEntry {
  forms?: string[]
  expected?: string | string[]
  byWordBefore?: Record<string, string>
  allCaps?: boolean
  common?: boolean
  source?: string
}

/** An abbreviation from `data/abbreviation.yml` with its written-out form. */
export interface AbbreviationEntry {
  /** Forms as listed (lower case), before variants are added. */
  readonly forms: readonly string[]
  /** Every way of writing it that the rule finds (`t.ex.`, `t.ex`, `t. ex.`). */
  readonly variants: readonly string[]
  /** Written-out form(s); several are alternatives to choose between. */
  readonly expected: readonly string[]
  /** Written-out form after a given word (`ett s.k.` → `så kallat`). */
  readonly byWordBefore: ReadonlyMap<string, string>
  /** Whether capitals (`OBS`) are the abbreviation too, not an acronym. */
  readonly allCaps: boolean
  /** One of the few that MS accepts in running text (`t.ex.`, `bl.a.`): reported only where it starts a sentence. */
  readonly common: boolean
  readonly source?: string
}

const dataUrl = new URL('../../data/abbreviation.yml', import.meta.url)

/** Read and check the abbreviation list; throws on a malformed entry or a form listed twice. */
export function loadAbbreviations(url: URL = dataUrl): AbbreviationEntry[] {
  const raw = readDataFile(url) as {entries?: RawEntry[]} | null
  if (!raw || !Array.isArray(raw.entries)) throw new Error(`${url.pathname}: expected a list of \`entries\``)
  const seen = new Set<string>()
  return raw.entries.map((item, index) => {
    const where = `${url.pathname}: entry ${index + 1}`
    const forms = item.forms ?? []
    const expected = typeof item.expected === 'string' ? [item.expected] : (item.expected ?? [])
    if (forms.length === 0 || expected.length === 0) throw new Error(`${where}: needs forms and expected`)
    const variants = [...new Set(forms.flatMap(variantsOf))]
    for (const variant of variants) {
      if (variant !== variant.toLowerCase()) throw new Error(`${where}: ${variant} must be lower case`)
      if (seen.has(variant)) throw new Error(`${where}: ${variant} is listed twice`)
      seen.add(variant)
    }
    return {
      forms,
      variants,
      expected,
      byWordBefore: new Map(Object.entries(item.byWordBefore ?? {})),
      allCaps: item.allCaps === true,
      common: item.common === true,
      ...(item.source ? {source: item.source} : {})
    }
  })
}

/** `t.ex.` → `t.ex.`, `t.ex`, `t. ex.`; `t ex` → `t ex`, `t ex.`; `dvs.` → `dvs.`. */
export function variantsOf(form: string): string[] {
  const variants = [form]
  const dots = form.split('.').length - 1
  if (dots >= 2 && form.endsWith('.')) {
    variants.push(form.slice(0, -1), form.slice(0, -1).replaceAll('.', '. ') + '.')
  } else if (dots === 0 && form.includes(' ')) {
    variants.push(form + '.')
  }
  return variants
}
