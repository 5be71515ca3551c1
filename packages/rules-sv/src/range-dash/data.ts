import {readDataFile} from '@klarsprak/core'
import {loadNumberContext} from '../number-format/data.js'

interface RawData {
  weekdays?: string[]
  months?: string[]
  clock?: string[]
  identifiers?: string[]
  streets?: string[]
}

/** The word lists of `data/range-dash.yml`, plus the count and unit words of `data/number-format.yml`. */
export interface RangeContext {
  readonly weekdays: ReadonlySet<string>
  readonly months: ReadonlySet<string>
  /** Words before clock times (`kl`). */
  readonly clock: ReadonlySet<string>
  /** Labels before identifiers (`bankgiro`, `tel`). */
  readonly identifiers: ReadonlySet<string>
  /** Street-name endings (`gatan`). */
  readonly streets: readonly string[]
  /** Words after a number that make it an amount, count or measure (`kr`, `invånare`, `km`). */
  readonly quantities: ReadonlySet<string>
  /** Capitalised currency codes, which are not code prefixes (`SEK`). */
  readonly currencies: ReadonlySet<string>
}

const dataUrl = new URL('../../data/range-dash.yml', import.meta.url)

/** Read the word lists; throws when a list is missing. */
export function loadRangeContext(url: URL = dataUrl): RangeContext {
  const raw = readDataFile<RawData | null>(url)
  const list = (name: keyof RawData): string[] => {
    const values = raw?.[name]
    if (!Array.isArray(values)) throw new Error(`${url.pathname}: expected a list \`${name}\``)
    return values.map((value) => String(value).toLowerCase())
  }
  const numbers = loadNumberContext()
  return {
    weekdays: new Set(list('weekdays')),
    months: new Set(list('months')),
    clock: new Set(list('clock')),
    identifiers: new Set(list('identifiers')),
    streets: list('streets'),
    quantities: new Set([...numbers.counts, ...numbers.units]),
    currencies: numbers.currencies
  }
}
