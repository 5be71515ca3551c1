import {report, type PageContext} from '@klarsprak/core'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {pageHead, textOf, visibleTexts} from '../page-text.js'

/** Link texts and addresses that lead to a contact page. */
const contactWords = /(?<!\p{L})(kontakt|kontakta|kontakten|kontaktcenter|kontaktcentret|kontaktuppgifter|kontakta oss|kundtjänst|växel|contact(?: us)?|customer service)(?!\p{L})/iu
const contactPath = /(^|[/#?=_-])(kontakt|kontakta-oss|contact|contact-us)([/._?#-]|$)/i

/** An e-mail address in visible text. */
const email = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u

/**
 * A phone number: Swedish (`08-123 45 67`, `010-123 45 67`, `0771-12 34 56`, `020-12 34 56`) or international
 * (`+46 8 123 45 67`). Dates (`2024-03-05`) and personal identity numbers (`19121212-1212`) do not start with 0
 * or + and are not matched.
 */
const phone = /(?<![\d\p{L}])(?:\+\d{1,3}[\s-]?(?:\(0\))?\s?\d{1,4}|0\d{1,4})(?:[\s-]?\d{2,4}){2,4}(?![\d\p{L}])/u

/**
 * `page-contact`: the page gives no way to reach the responsible function: no phone number, no e-mail address, no
 * `mailto:` or `tel:` link, no link to a contact page. The whole page counts, footer included.
 */
export function checkPageContact(page: PageContext): void {
  if (hasContact(page)) return
  const heading = select('h1', page.main) ?? select('h1', page.tree)
  const title = select('title', page.tree)
  // The finding points at the text it quotes: the main heading, else the title, else the page's first tag.
  const named = heading && toString(heading).trim() ? heading : title && toString(title).trim() ? title : undefined
  const place = (named && textOf(page, named)) ?? pageHead(page)
  report(page.file, {
    ruleId: 'page-contact',
    reason:
      page.language === 'sv'
        ? 'Sidan saknar kontaktuppgifter: lägg till telefonnummer, e-postadress eller en länk till ”Kontakta oss”, så att läsaren når rätt funktion.'
        : 'The page has no contact details: add a phone number, an e-mail address or a link to “Contact us”, so readers reach the right people.',
    place,
    actual: named ? toString(named).trim() : undefined
  })
}

function hasContact(page: PageContext): boolean {
  for (const link of selectAll('a[href]', page.tree)) {
    const href = String(link.properties.href).trim()
    if (/^(mailto|tel):/i.test(href)) return true
    if (contactWords.test(toString(link)) || contactPath.test(href.replace(/^[a-z]+:\/\/[^/]+/i, ''))) return true
  }
  return visibleTexts(page.tree).some((run) => email.test(run.value) || phone.test(run.value))
}
