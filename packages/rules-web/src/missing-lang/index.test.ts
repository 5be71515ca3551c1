import {describe, expect, it} from 'vitest'
import {lintPage} from '../testing.js'
import {missingLang} from './index.js'

const swedishText = '<p>Du kan ansöka om bygglov hos kommunen. Vi behandlar din ansökan inom fyra veckor och skickar beslutet till dig med post eller e-post.</p>'
const englishText = '<p>You can apply for a building permit from the municipality. We handle your application within four weeks and send you the decision by post or e-mail.</p>'

describe('missing-lang', () => {
  it('has metadata as rules.md says', () => {
    expect(missingLang.meta).toMatchObject({id: 'missing-lang', defaultSeverity: 'error', fixable: false})
  })

  it('flags <html> without lang, at the start tag, in the page language, suggesting the detected language', async () => {
    const html = `<!doctype html>\n<html>\n<head><title>Bygglov</title></head>\n<body><main>${swedishText}</main></body></html>`
    const [message, ...rest] = await lintPage(html, 'missing-lang')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'missing-lang',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 7,
      actual: '<html>',
      url: expect.stringContaining('rules/missing-lang.md')
    })
    expect(message!.message).toBe('Ange sidans språk: skriv lang="sv" på <html>, så att skärmläsare och översättning läser rätt.')
  })

  it('flags an empty lang, in English for an English page', async () => {
    const messages = await lintPage(`<html lang=""><body><main>${englishText}</main></body></html>`, 'missing-lang')
    expect(messages.map((m) => m.message)).toEqual(['Declare the page language: write lang="en" on <html>, so screen readers and translation read it right.'])
  })

  it('flags a lang that contradicts the text', async () => {
    const messages = await lintPage(`<html lang="sv"><body><main>${englishText}</main></body></html>`, 'missing-lang')
    expect(messages.map((m) => [m.actual, m.message])).toEqual([
      ['<html lang="sv">', 'Sidan har lang="sv" men texten är på engelska: ändra till lang="en".']
    ])
  })

  it('leaves alone a matching lang, a region subtag, other languages and pages with too little text', async () => {
    expect(await lintPage(`<html lang="sv"><body><main>${swedishText}</main></body></html>`, 'missing-lang')).toEqual([])
    expect(await lintPage(`<html lang="en-GB"><body><main>${englishText}</main></body></html>`, 'missing-lang')).toEqual([])
    expect(await lintPage(`<html lang="fi"><body><main>${swedishText}</main></body></html>`, 'missing-lang')).toEqual([])
    expect(await lintPage('<html lang="en"><body><main><p>Välkommen till kommunen.</p></main></body></html>', 'missing-lang')).toEqual([])
  })

  it('does not run on Markdown', async () => {
    const {Linter, RuleRegistry} = await import('@klarsprak/core')
    const {swedish} = await import('@klarsprak/rules-sv')
    const {webRules} = await import('../index.js')
    const linter = new Linter(new RuleRegistry([swedish], {pageRules: webRules}))
    const result = await linter.lint({path: 'a.md', value: 'Hej och välkommen.\n'}, {language: 'sv', textType: 'web', rules: new Map([['missing-lang', {severity: 'error'}]]), words: [], terms: []})
    expect(result.messages).toEqual([])
  })
})
