import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseDocument} from '@klarsprak/core'
import {SwedishParser} from '../parser/index.js'
import plugin from './index.js'
import {unified} from 'unified'

async function lint(markdown: string, options = {}, format: 'markdown' | 'html' = 'markdown') {
  const file = new VFile(markdown)
  const tree = (await parseDocument(file, format)).toNlcst(SwedishParser, file)
  await unified().use(plugin, options).run(tree, file)
  return file.messages
}

describe('link-text (sv)', () => {
  it('reports a complete message on the link text', async () => {
    const [message, ...rest] = await lint('Ansök [klicka här](/ansok) senast i maj.')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'link-text',
      source: 'klarsprak',
      reason: 'Länktexten ”klicka här” säger inte vart länken leder: skriv vad läsaren hittar där.',
      line: 1,
      column: 8,
      actual: 'klicka här',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/link-text.md'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 18}})
    expect(message?.expected).toBeUndefined()
  })

  it('reports bare web addresses and every vague link once', async () => {
    const messages = await lint('Se [här](/a), [här](/b) och [https://kommun.example.se/x](https://kommun.example.se/x).')
    expect(messages.map((m) => m.actual)).toEqual(['här', 'här', 'https://kommun.example.se/x'])
    expect(messages[2]!.reason).toBe('Länktexten är en webbadress: skriv vad läsaren hittar där i stället för ”https://kommun.example.se/x”.')
  })

  it('leaves informative links, plain text, literal addresses and code alone', async () => {
    expect(await lint('Läs mer om [bygglov för altaner](/bygglov). Klicka här nedan. Adressen är www.kommun.example.se. `[här](/x)`')).toEqual([])
  })

  it('checks HTML links in the main content', async () => {
    const messages = await lint('<nav><a href="/">här</a></nav><main><p>Se <a href="/k">Läs mer</a> och <a href="/t">taxorna för 2027</a>.</p></main>', {}, 'html')
    expect(messages.map((m) => m.actual)).toEqual(['Läs mer'])
  })

  it('accepts link texts listed in `ignore`', async () => {
    expect(await lint('[Läs mer](/a)', {ignore: ['läs mer']})).toEqual([])
  })
})
