import {readFileSync} from 'node:fs'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../result.js'
import {escapeXmlAttribute, escapeXmlText, formatJunit} from './junit.js'

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

interface Element {
  name: string
  attributes: Record<string, string>
  children: Element[]
  text: string
}

/** Parse with a conforming XML parser (it throws on anything that is not well-formed) into a small tree. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser()
  const root: Element = {name: '#document', attributes: {}, children: [], text: ''}
  const stack = [root]
  parser.on('opentag', (tag) => {
    const element: Element = {name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: ''}
    stack.at(-1)!.children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (text) => void (stack.at(-1)!.text += text))
  parser.on('error', (error) => {
    throw error
  })
  parser.write(xml).close()
  expect(root.children).toHaveLength(1)
  return root.children[0]!
}

describe('junit', () => {
  it('is well-formed XML with a suite per file and a test case per rule', () => {
    const xml = formatJunit(loadFixture())
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
    const suites = parseXml(xml)
    expect(suites.name).toBe('testsuites')
    expect(suites.attributes).toMatchObject({tests: '21', failures: '3'})
    expect(suites.children.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures])).toEqual([
      ['webb/Förskola/ansökan om plats.md', '5', '1'],
      ['webb/om-kommunen.html', '5', '0'],
      ['en/news & events.md', '5', '1'],
      ['dokument/blankett.docx', '6', '1']
    ])
    const first = suites.children[0]!
    expect(first.children.map((testCase) => [testCase.name, testCase.attributes.name, testCase.attributes.classname])).toEqual([
      ['testcase', 'plain-words', 'webb/Förskola/ansökan om plats.md'],
      ['testcase', 'wordy-phrases', 'webb/Förskola/ansökan om plats.md'],
      ['testcase', 'passive-voice', 'webb/Förskola/ansökan om plats.md'],
      ['testcase', 'long-sentences', 'webb/Förskola/ansökan om plats.md'],
      ['testcase', 'sentence-start', 'webb/Förskola/ansökan om plats.md']
    ])
  })

  it('fails a test case once per error finding; warnings and infos pass', () => {
    const suites = parseXml(formatJunit(loadFixture()))
    const failures = (suite: number, rule: string) =>
      suites.children[suite]!.children.find((testCase) => testCase.attributes.name === rule)!.children
    expect(failures(0, 'plain-words')).toEqual([]) // warnings
    expect(failures(0, 'passive-voice')).toEqual([]) // info
    expect(failures(0, 'long-sentences')).toEqual([
      {
        name: 'failure',
        attributes: {
          message: 'Meningen har 41 ord: dela upp den, 100 % av läsarna tackar dig, t.ex: här.',
          type: 'long-sentences'
        },
        children: [],
        text: 'webb/Förskola/ansökan om plats.md:12:1: Meningen har 41 ord: dela upp den, 100 % av läsarna tackar dig, t.ex: här.'
      }
    ])
    expect(failures(2, 'plain-words').map((failure) => failure.attributes.message)).toEqual([
      "Use “get” instead of “obtain” <b> & 'friends'.",
      'Use “about” instead of “regarding”.'
    ])
    expect(failures(3, 'parse-error')).toHaveLength(1)
  })

  it('escapes markup, keeps line breaks in attributes and drops characters XML cannot hold', () => {
    expect(escapeXmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"')
    expect(escapeXmlAttribute('"x"\n\'y\'\t')).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;')
    const result = loadFixture()
    result.files = [{...result.files[2]!, path: 'a"<b>&.md'}]
    result.files[0]!.messages[0]!.message = 'Rad ett\nrad två\u0001 \ud800 slut ✓ 😀'
    const suite = parseXml(formatJunit(result)).children[0]!
    expect(suite.attributes.name).toBe('a"<b>&.md')
    const failure = suite.children[0]!.children[0]!
    expect(failure.attributes.message).toBe('Rad ett\nrad två  slut ✓ 😀')
    expect(failure.text).toBe('a"<b>&.md:2:3: Rad ett\nrad två  slut ✓ 😀')
  })

  it('without the list of rules (a result read back from JSON) has a test case per rule that reported', () => {
    const result = loadFixture()
    delete result.rules
    const suites = parseXml(formatJunit(result))
    expect(suites.children.map((suite) => suite.children.map((testCase) => testCase.attributes.name))).toEqual([
      ['plain-words', 'wordy-phrases', 'passive-voice', 'long-sentences'],
      [],
      ['plain-words'],
      ['parse-error']
    ])
  })
})
