import type {Language} from '../types.js'

/** `sv` or `en` from a BCP 47 tag (`sv-SE`, `en-GB`); `undefined` for any other language. */
export function languageFromTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'sv' || primary === 'swe') return 'sv'
  if (primary === 'en' || primary === 'eng') return 'en'
  return undefined
}
