import {describe, expect, it} from 'vitest'
import {Linter, RuleRegistry, SettingsResolver, type LintMessage} from '@klarsprak/core'
import {swedish} from './pack.js'

// Positions of findings in Markdown with the real Swedish rules (issue 13): each finding covers exactly the source
// characters that produced the text the rule saw, also after character references and escapes, on continuation
// lines of lists and block quotes, after trailing white space and next to emoji.

const registry = new RuleRegistry([swedish])
const linter = new Linter(registry)
const settings = {...new SettingsResolver(registry).settingsFor('/tmp/dokument.md', undefined), language: 'sv' as const}

async function findings(value: string, ruleId: string): Promise<LintMessage[]> {
  const result = await linter.lint({path: 'dokument.md', value}, settings)
  if (linter.failures.length > 0) throw linter.failures[0]!.error
  return result.messages.filter((message) => message.ruleId === ruleId)
}

/** `line:column-endLine:endColumn`, the source text the finding covers and what the rule reported. */
async function placed(value: string, ruleId: string) {
  return (await findings(value, ruleId)).map((m) => ({
    span: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
    source: value.slice(m.offset, m.endOffset),
    actual: m.actual
  }))
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

describe('Markdown finding positions with the Swedish rules', () => {
  it.each([
    ['after a character reference', 'Vi &amp; ni. Du erhåller beslutet.\n', '1:17-1:25', 'erhåller'],
    ['after a backslash escape', 'Vi \\* ni. Du erhåller beslutet.\n', '1:14-1:22', 'erhåller'],
    ['on a list item continuation line', '- Punkt\n  och du erhåller svar.\n', '2:10-2:18', 'erhåller'],
    ['on an ordered list continuation line', '1. Punkt\n   och du erhåller svar.\n', '2:11-2:19', 'erhåller'],
    ['inside a block quote', '> Citat\n> inkom i dag.\n', '2:3-2:8', 'inkom'],
    ['in a list inside a block quote', '> - Punkt\n>   och du erhåller svar.\n', '2:12-2:20', 'erhåller'],
    ['after a single trailing space', 'Rad ett \nDu erhåller svar.\n', '2:4-2:12', 'erhåller'],
    ['after a tab at a line end', 'Rad ett\t\nDu erhåller svar.\n', '2:4-2:12', 'erhåller'],
    ['after a hard line break', 'Rad ett  \nDu erhåller svar.\n', '2:4-2:12', 'erhåller'],
    ['after emoji', 'Hej 😀😀 du erhåller svar.\n', '1:13-1:21', 'erhåller'],
    ['after an emoji in a block quote', '> A\n> 😀 inkom i dag.\n', '2:6-2:11', 'inkom'],
    ['in image alt text', '![Du erhåller *svar* snart](bild.png)\n', '1:6-1:14', 'erhåller']
  ])('plain-words %s', async (_, value, span, word) => {
    expect(await placed(value, 'plain-words')).toEqual([{span, source: word, actual: word}])
  })

  it('covers a word written with a character reference', async () => {
    expect(await placed('Du erh&aring;ller svar.\n', 'plain-words')).toEqual([{span: '1:4-1:18', source: 'erh&aring;ller', actual: 'erhåller'}])
  })

  it('maps matches inside sentences (dates, times, personnummer) on continuation lines', async () => {
    const quote = '> Mötet hölls\n> den 5/1-2026 kl. 9.00.\n'
    expect(await placed(quote, 'date-format')).toEqual([{span: '2:7-2:15', source: '5/1-2026', actual: '5/1-2026'}])
    const list = '- Ring oss\n  eller mejla. Personnummer 19811218-9876 ska inte stå här.\n'
    expect(await placed(list, 'personal-identity-number')).toEqual([
      {span: '2:29-2:42', source: '19811218-9876', actual: '19811218-9876'}
    ])
    const references = 'Mötet hölls den 5/1&ndash;6/1 2026.\n'
    expect((await placed(references, 'date-format')).map((finding) => finding.source)).toEqual(['5/1', '6/1 2026'])
  })

  it('never splits a surrogate pair and always covers the reported text', async () => {
    const value = [
      '> 😀 Citat &amp; 😀\n> 😀 inkom 😀 i dag. Du erhåller svar 5/1-2026 kl 9.',
      '',
      '- 👍🏽 Punkt \\* 👍🏽\n  👍🏽 och du erhåller svar.',
      '',
      'Vi &amp; 😀erhåller svar &#128512; inkom.',
      ''
    ].join('\n')
    const result = await linter.lint({path: 'dokument.md', value}, settings)
    expect(result.messages.length).toBeGreaterThanOrEqual(6)
    for (const message of result.messages) {
      expect(isLowSurrogate(value.charCodeAt(message.offset!)), message.ruleId).toBe(false)
      expect(isLowSurrogate(value.charCodeAt(message.endOffset!)), message.ruleId).toBe(false)
      if (message.actual !== undefined && !message.actual.includes(' ')) {
        expect(value.slice(message.offset, message.endOffset), message.ruleId).toBe(message.actual)
      }
    }
  })
})
