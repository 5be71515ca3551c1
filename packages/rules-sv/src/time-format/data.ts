import {readDataFile} from '@klarsprak/core'

interface RawTimeData {
  cues?: string[]
  durationUnits?: string[]
  afterHours?: string[]
}

/** The context words of `data/time-format.yml`. */
export interface TimeData {
  /** Words before a time that make `8:00` or `08.00` a clock time (`öppnar 8:00`). */
  readonly cues: ReadonlySet<string>
  /** Units after `1:30` that make it a duration. */
  readonly durationUnits: ReadonlySet<string>
  /** Words after `mellan 9–17` that show the numbers are clock hours. */
  readonly afterHours: ReadonlySet<string>
}

const dataUrl = new URL('../../data/time-format.yml', import.meta.url)
let shared: TimeData | undefined

/** Read and check the word lists once; throws on a malformed file. */
export function timeData(url: URL = dataUrl): TimeData {
  if (shared && url === dataUrl) return shared
  const raw = readDataFile<RawTimeData | null>(url)
  for (const name of ['cues', 'durationUnits', 'afterHours'] as const) {
    if (!raw || !Array.isArray(raw[name])) throw new Error(`${url.pathname}: expected a list \`${name}\``)
    for (const word of raw[name]) {
      if (word !== word.toLowerCase()) throw new Error(`${url.pathname}: ${word} must be lower case`)
    }
  }
  const data = raw as Required<RawTimeData>
  const result: TimeData = {
    cues: new Set(data.cues),
    durationUnits: new Set(data.durationUnits),
    afterHours: new Set(data.afterHours)
  }
  if (url === dataUrl) shared = result
  return result
}
