import {describe, expect, it} from 'vitest'
import {contradicts, detectLanguage} from './detect.js'

describe('detectLanguage', () => {
  it.each([
    ['Du får beslutet eftersom din ansökan kom in. Pris: 1 000 000 kr.', 'sv'],
    ['Vi har tagit emot din ansökan.', 'sv'],
    ['Ring oss om du har frågor om bygglovet 2026.', 'sv'],
    ['We have received your application and will reply within two weeks.', 'en'],
    ['You can pay the fee online or by bank transfer.', 'en']
  ])('tells the language of the short text %j by its function words', (text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it('uses trigram statistics on longer text', () => {
    const swedish = 'Kommunen ansvarar för vatten och avlopp i tätorterna. Avgiften betalas varje kvartal. '.repeat(8)
    const english = 'The council is responsible for water and drainage in the towns. The charge is paid every quarter. '.repeat(8)
    expect(detectLanguage(swedish)).toBe('sv')
    expect(detectLanguage(english)).toBe('en')
  })

  it('gives no answer without evidence', () => {
    expect(detectLanguage('1 000 000 kr')).toBeUndefined()
  })

  it('lets clear function words decide a long text before trigrams', () => {
    // Many English product names in a Swedish text: trigrams may lean English, the function words do not.
    const text = 'Du kan använda Microsoft Teams, Google Workspace och Zoom Meetings när du har möten med oss. '.repeat(6)
    expect(detectLanguage(text)).toBe('sv')
  })
})

describe('contradicts', () => {
  const swedish = 'Det här är en rapport om hur antibiotika används i Sverige och hur resistensen har utvecklats. '.repeat(4)

  it('overrules a declared language that the text clearly contradicts', () => {
    expect(contradicts('en', swedish)).toBe('sv')
  })

  it('keeps the declared language for a short or mixed text', () => {
    expect(contradicts('en', 'Det här är en rapport.')).toBeUndefined()
    expect(contradicts('sv', swedish)).toBeUndefined()
    const mixed = 'The report is in English and it has a Swedish summary. '.repeat(3) + swedish.slice(0, 120)
    expect(contradicts('en', mixed)).toBeUndefined()
  })
})
