import {isDeveloperText} from './audience.js'
import type {VFile} from 'vfile'
import {report} from './report.js'
import './links.js'

export interface VagueLinkOptions {
  ruleId: string
  /** Lower-case link texts that say nothing about the destination. */
  vague: readonly string[]
  ignore?: readonly string[]
  /** The message for one link; `bare` when the text is a web address. */
  reason: (text: string, bare: boolean) => string
  note: string
}

const webAddress = /^(?:https?:\/\/|www\.)\S+$/i

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'”“(]+|[\s.:!?"'”“)]+$/g, '')

/** Report every link in `file.data.links` whose whole text is vague or a bare web address: one finding per link. */
export function reportVagueLinks(file: VFile, options: VagueLinkOptions): void {
  const vague = new Set(options.vague)
  const ignore = new Set((options.ignore ?? []).map(normalise))
  // Developer documentation gives addresses to type or open (`http://localhost:1313/`): the address is the point.
  const addressesWanted = isDeveloperText(file)
  for (const link of file.data.links ?? []) {
    const key = normalise(link.text)
    if (key === '' || ignore.has(key)) continue
    const bare = webAddress.test(link.text.trim())
    if (bare && addressesWanted) continue
    if (!bare && !vague.has(key)) continue
    report(file, {
      ruleId: options.ruleId,
      reason: options.reason(link.text.trim(), bare),
      place: link.position,
      actual: link.text,
      note: options.note
    })
  }
}
