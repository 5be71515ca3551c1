import type {PageContext, PageRule} from '@klarsprak/core'

// The implementation (and its HTML selector engine) loads on first use, so `klarsprak check` on Markdown never pays for it.
export const missingLang: PageRule = {
  meta: {
    id: 'missing-lang',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      sv: 'Sidan saknar lang på <html>, eller lang stämmer inte med textens språk.',
      en: 'The page has no lang on <html>, or its lang contradicts the language of the text.'
    }
  },
  async check(page: PageContext) {
    const {checkMissingLang} = await import('./check.js')
    checkMissingLang(page)
  }
}
