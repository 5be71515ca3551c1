import {describe, expect, it} from 'vitest'
import {SettingsResolver} from '../config/resolve.js'
import {Linter} from '../engine.js'
import {RuleRegistry} from '../registry.js'
import {testPack, testPackEn} from '../testing.js'
import {htmlTooDeep, markdownTooDeep, maxHtmlNesting, maxMarkdownNesting, NestingLimitError} from './nesting.js'

const registry = new RuleRegistry([testPack, testPackEn])
const lint = (value: string, path: string) =>
  new Linter(registry).lint({path, value}, new SettingsResolver(registry, {}).settingsFor('/tmp/' + path, undefined))

const text = 'Du erhåller beslutet.'
const indented = (levels: number) => Array.from({length: levels}, (_, level) => '  '.repeat(level) + '- ' + text).join('\n')

describe('Markdown nesting', () => {
  it('admits depth up to the limit, in every way lists and quotes nest', () => {
    const limit = maxMarkdownNesting
    expect(markdownTooDeep('> '.repeat(limit) + text)).toBeUndefined()
    expect(markdownTooDeep('- '.repeat(limit - 1) + '1. ' + text)).toBeUndefined()
    expect(markdownTooDeep(indented(limit))).toBeUndefined()
    expect(markdownTooDeep('>'.repeat(limit) + ' ' + text)).toBeUndefined()
  })

  it('refuses one level more, naming the line and the limit', () => {
    const limit = maxMarkdownNesting
    for (const value of ['> '.repeat(limit + 1) + text, '- '.repeat(limit + 1) + text, '* + 1) '.repeat(limit) + text, 'Rubrik\n\n' + indented(limit + 1)]) {
      const error = markdownTooDeep(value)
      expect(error).toBeInstanceOf(NestingLimitError)
      expect(error!.limit).toBe(limit)
    }
    expect(markdownTooDeep('Rubrik\n\n' + indented(limit + 1))!.line).toBe(limit + 3)
    expect(markdownTooDeep('>'.repeat(10_000))!.reason.sv).toBe(`För djup nästling: fler än ${limit} nivåer av listor och citat på rad 1. Filen kontrollerades inte.`)
  })

  it('does not count indented code, continuation lines, thematic breaks or fenced code', () => {
    const deepCode = ' '.repeat(400) + 'kod'
    expect(markdownTooDeep(`Text\n\n${deepCode}\n`)).toBeUndefined()
    expect(markdownTooDeep('```\n' + '> '.repeat(500) + '\n```\nText')).toBeUndefined()
    expect(markdownTooDeep('- - -\n***\n1.5 miljoner')).toBeUndefined()
    // A fence closes, and what follows is counted again.
    expect(markdownTooDeep('```\nkod\n```\n' + '> '.repeat(500))!.line).toBe(4)
  })
})

describe('HTML nesting', () => {
  const page = (open: string, close: string, levels: number) => `<html lang="sv"><body><main>${open.repeat(levels)}<p>${text}</p>${close.repeat(levels)}</main></body></html>`

  it('admits depth up to the limit and refuses more', () => {
    // `main` is one level itself.
    expect(htmlTooDeep(page('<div>', '</div>', maxHtmlNesting - 1))).toBeUndefined()
    expect(htmlTooDeep(page('<div>', '</div>', maxHtmlNesting))!.reason.en).toBe(
      `Nested too deeply: more than ${maxHtmlNesting} levels of HTML elements on line 1. The file was not checked.`
    )
  })

  it('does not count elements that close themselves, void elements, comments or tags inside scripts', () => {
    const many = (part: string) => part.repeat(5000)
    expect(htmlTooDeep(many('<p>Stycke') + many('<li>Punkt') + many('<br><img src=x.png>') + many('<span/>'))).toBeUndefined()
    expect(htmlTooDeep(`<script>${many('<div>')}</script><style>${many('<b>')}</style><!-- ${many('<div>')} -->`)).toBeUndefined()
  })
})

describe('a document nested too deeply', () => {
  it('is refused by the linter before parsing, quickly, whatever its depth (Markdown and HTML)', async () => {
    for (const [value, path] of [
      ['> '.repeat(10_000) + text, 'brev.md'],
      ['- '.repeat(10_000) + text, 'brev.md'],
      ['<div>'.repeat(10_000) + text, 'sida.html']
    ] as const) {
      await expect(lint(value, path)).rejects.toBeInstanceOf(NestingLimitError)
    }
  })

  it('is checked as usual at the limit', async () => {
    const result = await lint('> '.repeat(maxMarkdownNesting) + text, 'brev.md')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['plain-words'])
  })
})
