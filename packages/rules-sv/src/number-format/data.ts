import {readDataFile} from '@klarsprak/core'

interface RawData {
  counts?: string[]
  units?: string[]
  before?: string[]
  identifiers?: string[]
  versions?: string[]
  currencies?: string[]
}

/** The context words of `data/number-format.yml`, as lookup sets. */
export interface NumberContext {
  /** After a number: money and whole counts (`kr`, `invånare`). */
  readonly counts: ReadonlySet<string>
  /** After a number: measures, which may have decimals (`kg`, `km`). */
  readonly units: ReadonlySet<string>
  /** Before a number: words that make it a quantity (`cirka`). */
  readonly before: ReadonlySet<string>
  /** Before a number: labels of identifiers (`dnr`, `bankgiro`). */
  readonly identifiers: ReadonlySet<string>
  /** Before a number: version labels (`version`). */
  readonly versions: ReadonlySet<string>
  /** Capitalised currency codes, which are not case-number prefixes (`SEK`). */
  readonly currencies: ReadonlySet<string>
}

const dataUrl = new URL('../../data/number-format.yml', import.meta.url)

/** Read the context word lists; throws when a list is missing. */
export function loadNumberContext(url: URL = dataUrl): NumberContext {
  const raw = readDataFile<RawData | null>(url)
  const list = (name: keyof RawData, lower = true): ReadonlySet<string> => {
    const values = raw?.[name]
    if (!Array.isArray(values)) throw new Error(`${url.pathname}: expected a list \`${name}\``)
    return new Set(values.map((value) => (lower ? String(value).toLowerCase() : String(value))))
  }
  return {
    counts: list('counts'),
    units: list('units'),
    before: list('before'),
    identifiers: list('identifiers'),
    versions: list('versions'),
    currencies: list('currencies', false)
  }
}
