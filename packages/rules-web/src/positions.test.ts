import {Linter, RuleRegistry, type FileSettings, type LintMessage} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {describe, expect, it} from 'vitest'
import {webRules} from './index.js'
import {now} from './testing.js'

// Every finding of every rule has a start and an end inside the document, lines and columns that agree with its
// offsets, and, where the source spells the text as the rule saw it, exactly the text it names (`actual`).

const registry = new RuleRegistry([swedish, english], {pageRules: webRules})
const linter = new Linter(registry)

/** Every language rule and page rule on, with options that make the opt-in checks run too. */
function allRules(language: 'sv' | 'en', textType: FileSettings['textType'] = 'web'): FileSettings {
  const rules: FileSettings['rules'] = new Map()
  for (const pack of registry.packs.values()) for (const rule of pack.rules) rules.set(rule.meta.id, {severity: 'warning'})
  for (const rule of webRules) rules.set(rule.meta.id, {severity: 'warning'})
  rules.set('address-reader', {severity: 'warning', options: {man: true}})
  rules.set('abbreviation', {severity: 'warning', options: {common: true}})
  rules.set('passive-voice', {severity: 'warning', options: {scope: 'reader'}})
  return {language, textType, rules, words: [], terms: [{prefer: 'förskola', avoid: ['dagis']}]} as unknown as FileSettings
}

const entities = (text: string) => text.replace(/å/g, '&aring;').replace(/ä/g, '&auml;').replace(/ö/g, '&ouml;').replace(/Ä/g, '&Auml;')

const swedishProse = [
  'Du erhåller beslutet inom fyra veckor. Vi har tagit emot din ansökkan.',
  'Här kan man ansöka om bidrag, t.ex. för glasögon. Du behöver att att fylla i blanketten.',
  'Om den sökande vill kan han/hon ringa oss. Klicka på "Skicka". Ansök senast den 3 Juni.',
  'Vi öppnar kl 8:00 i morgon. Bidraget är högst 25000 kronor. Vi har öppet kl. 8.00-16.30.',
  'Tack för att du har skickat in din ansökan! Skicka beslutet till Anna Berg, 811218-9876, senast i maj.',
  'Du kontaktas när beslutet är klart. Kommunen genomförde en kartläggning av skolvägarna. Ditt barn kan börja på dagiset i augusti.',
  'Socialnämnden har vid sitt sammanträde beslutat att avslå ansökan om ekonomiskt bistånd avseende kostnader för tandvård, eftersom sökanden inte bedöms sakna förmåga att tillgodose behovet på annat sätt, och beslutet kan överklagas hos förvaltningsrätten inom tre veckor från den dag sökanden fick del av beslutet genom delgivning.'
]
/** Dense enough for the LIX rules: about 250 words of long sentences and long words. */
const dense = Array.from({length: 5}, () => 'Socialnämnden har vid sitt sammanträde beslutat att avslå ansökan om ekonomiskt bistånd avseende kostnader för tandvård, eftersom sökanden inte bedöms sakna förmåga att tillgodose behovet på annat sätt. Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha inkommit till socialnämnden inom tre veckor från den dag sökanden fick del av beslutet.').join(' ')

const swedishPage = (body: string, head = '<html lang="sv">') =>
  [
    '<!doctype html>',
    head,
    '<head><title>Ans&ouml;kan om bidrag &amp; st&ouml;d</title>',
    '<meta name="description" content="Du erh&aring;ller svar &ndash; snabbt"></head>',
    '<body><header><p>Sidhuvud</p></header>',
    '<main>',
    '<h1>Bidrag &amp; st&ouml;d</h1>',
    body,
    '<p>L&auml;s mer <a href="/mer"> h&auml;r </a>. Senast uppdaterad: 5 mars 2020</p>',
    '<img alt="Karta &ouml;ver kontoret i Ansökkan" src="k.png">',
    '</main></body></html>',
    ''
  ].join('\n')

const englishProse = [
  'You will obtain a decision within four weeks. We will recieve your application.',
  'Send the the form to us. The chairman will reply. You can now apply for a parking permit online!',
  'Your application was approved on 3 May. Send the decision to Anna Berg, 811218-9876, by May.',
  'Applicants are required to substantiate their eligibility for municipal accommodation allowances through comprehensive documentation.',
  'In order to apply, fill in the form, and please be advised that we close at 4, that the office is shut on public holidays, that you must bring your passport and that the queue can be long on Mondays when many people come.'
]

interface Document {
  name: string
  path: string
  value: string
  language: 'sv' | 'en'
  /** Whether `actual` must be the source text exactly where the source has no references or markup. */
  exact: boolean
}

const documents: Document[] = [
  {name: 'Swedish page with references', path: 'sida.html', value: swedishPage(swedishProse.map((text) => `<p>${entities(text)}</p>`).join('\n') + `\n<p>${entities(dense)}</p>\n<p>${dense}</p>`), language: 'sv', exact: true},
  {name: 'Swedish page with CRLF and stray tags', path: 'sida.html', value: swedishPage(swedishProse.map((text) => `<p>${text.replace(/\. /g, '.</span>\n')}</p>`).join('\n')).replace(/\n/g, '\r\n'), language: 'sv', exact: true},
  {name: 'Swedish page without lang or main', path: 'sida.html', value: swedishPage(swedishProse.map((text) => `<div>${entities(text)}</div>`).join('\n'), '<html>').replace('<main>', '<div>').replace('</main>', '</div>'), language: 'sv', exact: true},
  {name: 'Swedish text with CRLF', path: 'brev.txt', value: [...swedishProse, dense].join('\r\n\r\n') + '\r\n', language: 'sv', exact: true},
  {name: 'Swedish dense text', path: 'beslut.txt', value: `${dense}\r\n\r\n${dense}\r\n`, language: 'sv', exact: true},
  {name: 'Swedish Markdown', path: 'brev.md', value: `# Bidrag\n\n${swedishProse.join('\n\n')}\n\nLäs mer [här](/mer).\n\n${dense}\n`, language: 'sv', exact: false},
  {name: 'English page with references', path: 'page.html', value: `<html lang="en"><body><main><h1>Parking &amp; permits</h1>\n${englishProse.map((text) => `<p>${text.replace(/ /g, (space, at) => (at % 7 === 0 ? '&nbsp;' : space))}</p>`).join('\r\n')}\n<p><a href="/x">click here</a></p></main></body></html>`, language: 'en', exact: true},
  {name: 'English text', path: 'letter.txt', value: englishProse.join('\n\n'), language: 'en', exact: true}
]

/** 1-based line and column of `offset` (CRLF, LF and a lone CR end lines, as in vfile-location). */
function pointOf(value: string, offset: number) {
  const lines = value.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines[lines.length - 1]!.length + 1}
}

const describeFinding = (message: LintMessage) => `${message.ruleId} ${message.line}:${message.column} ${JSON.stringify(message.actual)}`

describe('positions of every rule', () => {
  const seen = new Set<string>()

  for (const document of documents) {
    it(`${document.name}: every finding has an end inside the document`, async () => {
      const {value} = document
      const result = await linter.lint({path: document.path, value, page: {now, lastModified: 'Wed, 01 Mar 2023 10:00:00 GMT'}}, allRules(document.language))
      expect(linter.failures).toEqual([])
      expect(result.messages.length).toBeGreaterThan(5)
      for (const message of result.messages) {
        const label = describeFinding(message)
        seen.add(message.ruleId)
        expect(message.endLine, label).toBeTypeOf('number')
        expect(message.endColumn, label).toBeTypeOf('number')
        expect(message.offset, label).toBeTypeOf('number')
        expect(message.endOffset, label).toBeTypeOf('number')
        expect(message.offset!, label).toBeGreaterThanOrEqual(0)
        expect(message.endOffset!, label).toBeGreaterThan(message.offset!)
        expect(message.endOffset!, label).toBeLessThanOrEqual(value.length)
        expect({line: message.line, column: message.column}, label).toEqual(pointOf(value, message.offset!))
        expect({line: message.endLine, column: message.endColumn}, label).toEqual(pointOf(value, message.endOffset!))
        const source = value.slice(message.offset, message.endOffset)
        if (document.exact && message.actual !== undefined && !/[&<]/.test(source)) {
          expect(source.replace(/\r\n?/g, '\n'), label).toBe(message.actual)
        }
      }
    })
  }

  it('covered the rules', () => {
    const expected = [
      'abbreviation', 'address-reader', 'date-format', 'exclamation', 'inclusive-language', 'link-text', 'missing-lang',
      'nominal-style', 'number-format', 'page-contact', 'passive-voice', 'personal-identity-number', 'plain-words', 'quotes',
      'range-dash', 'readability', 'readability-lix', 'repeated-word', 'sentence-length', 'spelling', 'stale-content',
      'term-consistency', 'time-format'
    ]
    expect([...seen].sort()).toEqual(expect.arrayContaining(expected))
  })
})
