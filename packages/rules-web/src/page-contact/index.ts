import type {PageContext, PageRule} from '@klarsprak/core'

// The implementation (and its HTML selector engine) loads on first use, so `klarsprak check` on Markdown never pays for it.
export const pageContact: PageRule = {
  meta: {
    id: 'page-contact',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      sv: 'Sidan saknar kontaktvägar: telefonnummer, e-postadress eller länk till en kontaktsida.',
      en: 'The page has no way to get in touch: phone number, e-mail address or a link to a contact page.'
    }
  },
  async check(page: PageContext) {
    const {checkPageContact} = await import('./check.js')
    checkPageContact(page)
  }
}
