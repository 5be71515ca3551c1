import {describe, expect, it} from 'vitest'
import {lintPage} from '../testing.js'

const page = (body: string, lang = 'sv') => `<html lang="${lang}"><head><title>Förskola</title></head><body><main>\n<h1>Förskola</h1>\n<p>Här står information om förskolor i kommunen.</p>${body}</main></body></html>`

describe('page-contact', () => {
  it('flags a page without contact details, at its heading', async () => {
    const messages = await lintPage(page(''), 'page-contact')
    expect(messages.map((m) => [m.line, m.actual, m.message])).toEqual([
      [2, 'Förskola', 'Sidan saknar kontaktuppgifter: lägg till telefonnummer, e-postadress eller en länk till ”Kontakta oss”, så att läsaren når rätt funktion.']
    ])
  })

  it('accepts a phone number, an e-mail address, mailto and tel links and contact links, anywhere on the page', async () => {
    for (const body of [
      '<p>Ring 08-123 45 67.</p>',
      '<p>Telefon: 010-123 45 67</p>',
      '<p>Ring +46 8 123 45 67.</p>',
      '<p>Skriv till forskola@kommun.example.se.</p>',
      '<p><a href="mailto:info@kommun.example.se">Skicka e-post</a></p>',
      '<p><a href="tel:+4681234567">Ring oss</a></p>',
      '<p><a href="/kontakta-oss">Kontakta oss</a></p>',
      '<p><a href="/om/kontakt/">Till kommunen</a></p>',
      '</main><footer><a href="https://kommun.example.se/kontakt">Kontakt</a></footer><main>'
    ]) {
      expect(await lintPage(page(body), 'page-contact'), body).toEqual([])
    }
  })

  it('does not take dates or personal identity numbers for phone numbers', async () => {
    expect(await lintPage(page('<p>Uppdaterad 2024-03-05. Testnummer 19121212-1212.</p>'), 'page-contact')).toHaveLength(1)
  })

  it('writes English messages for English pages', async () => {
    const messages = await lintPage(page('', 'en'), 'page-contact')
    expect(messages.map((m) => m.message)).toEqual([
      'The page has no contact details: add a phone number, an e-mail address or a link to “Contact us”, so readers reach the right people.'
    ])
  })
})
