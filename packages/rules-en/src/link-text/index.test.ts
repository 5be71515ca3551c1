import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseDocument} from '@klarsprak/core'
import {EnglishParser} from '../parser/index.js'
import plugin from './index.js'

async function lint(markdown: string, options = {}) {
  const file = new VFile(markdown)
  const tree = (await parseDocument(file, 'markdown')).toNlcst(EnglishParser, file)
  await unified().use(plugin, options).run(tree, file)
  return file.messages
}

describe('link-text (en)', () => {
  it('reports vague link texts and bare web addresses in English', async () => {
    const messages = await lint('Apply [here](/apply), see [Read more](/more) or [https://example.org/a](https://example.org/a).')
    expect(messages.map((m) => [m.actual, m.column])).toEqual([
      ['here', 8],
      ['Read more', 28],
      ['https://example.org/a', 50]
    ])
    expect(messages[0]!.reason).toBe('The link text “here” does not say where the link goes: describe the destination.')
  })

  it('leaves informative links alone', async () => {
    expect(await lint('Read more about [parking permits for residents](/parking). Click here below.')).toEqual([])
  })

  it('accepts link texts listed in `ignore`', async () => {
    expect(await lint('[Details](/d)', {ignore: ['Details']})).toEqual([])
  })
})
