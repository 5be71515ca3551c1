import type {OptionsSchema, PageContext, PageRule} from '@klarsprak/core'
import type {StaleContentOptions} from './check.js'

// The implementation (and its HTML selector engine) loads on first use, so `klarsprak check` on Markdown never pays for it.
export const staleContent: PageRule = {
  meta: {
    id: 'stale-content',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      sv: 'Sidans senaste datum (Senast uppdaterad, Publicerad) är äldre än den tillåtna åldern (12 månader).',
      en: 'The newest date on the page (Last updated, Published) is older than the allowed age (12 months).'
    },
    options: {maxAgeMonths: {type: 'integer', minimum: 1}} satisfies OptionsSchema<StaleContentOptions>
  },
  async check(page: PageContext) {
    const {checkStaleContent} = await import('./check.js')
    checkStaleContent(page)
  }
}
