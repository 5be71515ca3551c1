import {describe, expect, it} from 'vitest'
import {lintPage, now} from '../testing.js'

const page = (body: string, head = '') => `<html lang="sv"><head><title>Sida</title>${head}</head><body><main><p>Här står information om förskolor i kommunen.</p>${body}</main></body></html>`

describe('stale-content', () => {
  it('flags a visible Swedish date older than 12 months, pointing at the date', async () => {
    const html = page('<p>Senast uppdaterad: 5 mars 2024</p>')
    const messages = await lintPage(html, 'stale-content', {page: {now}})
    expect(messages).toHaveLength(1)
    const message = messages[0]!
    expect(message).toMatchObject({ruleId: 'stale-content', actual: '5 mars 2024'})
    expect(html.slice(message.offset, message.endOffset)).toBe('5 mars 2024')
    expect(message.message).toBe('Sidan uppdaterades senast 5 mars 2024, för mer än 12 månader sedan: se över innehållet och uppdatera det, eller ta bort sidan.')
  })

  it('reads Swedish and English date forms after the labels', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Publicerad 2023-11-02</p>', '2023-11-02'],
      ['<p>Sidan uppdaterades den 3:e maj 2022.</p>', '3:e maj 2022'],
      ['<p>Uppdaterad: måndag den 7 okt. 2024</p>', '7 okt. 2024'],
      ['<p>Last updated: March 5, 2024</p>', 'March 5, 2024'],
      ['<p>Published on 5th June 2023</p>', '5th June 2023'],
      ['<dl><dt>Senast ändrad</dt><dd>1 februari 2025</dd></dl>', '1 februari 2025']
    ]
    for (const [body, actual] of cases) {
      const messages = await lintPage(page(body), 'stale-content', {page: {now}})
      expect(messages.map((m) => m.actual), body).toEqual([actual])
    }
  })

  it('uses the newest date: <time>, meta and text together', async () => {
    const old = page('<p>Publicerad <time datetime="2020-01-10">10 januari 2020</time></p>', '<meta property="article:modified_time" content="2026-09-01T08:00:00+02:00">')
    expect(await lintPage(old, 'stale-content', {page: {now}})).toEqual([])
    const both = page('<p>Publicerad <time datetime="2020-01-10">10 januari 2020</time></p>', '<meta name="dcterms.modified" content="2023-04-01">')
    expect((await lintPage(both, 'stale-content', {page: {now}})).map((m) => m.actual)).toEqual(['2023-04-01'])
  })

  it('ignores unlabelled dates and dates after now', async () => {
    expect(await lintPage(page('<p>Beslutet fattades 5 mars 2019.</p>'), 'stale-content', {page: {now}})).toEqual([])
    expect(await lintPage(page('<p>Uppdaterad <time datetime="2027-05-01">1 maj 2027</time></p>'), 'stale-content', {page: {now}})).toEqual([])
  })

  it('uses Last-Modified only when the page shows no date', async () => {
    const header = 'Wed, 01 Mar 2023 10:00:00 GMT'
    expect((await lintPage(page(''), 'stale-content', {page: {now, lastModified: header}})).map((m) => [m.actual, m.line])).toEqual([[header, 1]])
    expect(await lintPage(page('<p>Uppdaterad 2026-10-01</p>'), 'stale-content', {page: {now, lastModified: header}})).toEqual([])
  })

  it('option maxAgeMonths', async () => {
    const html = page('<p>Senast uppdaterad 2026-03-01</p>')
    expect(await lintPage(html, 'stale-content', {page: {now}})).toEqual([])
    const messages = await lintPage(html, 'stale-content', {page: {now}, ruleOptions: {maxAgeMonths: 6}})
    expect(messages.map((m) => m.message)).toEqual(['Sidan uppdaterades senast 1 mars 2026, för mer än 6 månader sedan: se över innehållet och uppdatera det, eller ta bort sidan.'])
  })

  it('writes English messages for English pages', async () => {
    const html = '<html lang="en"><body><main><p>Opening hours of the library.</p><p>Last updated 2 January 2024</p></main></body></html>'
    expect((await lintPage(html, 'stale-content', {page: {now}})).map((m) => m.message)).toEqual([
      'The page was last updated on 2 January 2024, more than 12 months ago: review and update it, or remove the page.'
    ])
  })
})
