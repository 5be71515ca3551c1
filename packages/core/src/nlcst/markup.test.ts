import {describe, expect, it} from 'vitest'
import {SettingsResolver} from '../config/resolve.js'
import {Linter} from '../engine.js'
import {RuleRegistry} from '../registry.js'
import {testPack} from '../testing.js'

// The test pack flags `erhåller` (plain-words) and `xyz` (spelling) wherever they are prose.
const registry = new RuleRegistry([testPack])
const settings = new SettingsResolver(registry, {language: 'sv'}).settingsFor('/tmp/sida.md', undefined)

async function findings(value: string): Promise<string[]> {
  const result = await new Linter(registry).lint({path: 'sida.md', value}, settings)
  return result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${value.slice(message.offset, message.endOffset)}`)
}

/** Pairs: markup in a Markdown page that is not prose (left alone), and the text a reader sees next to it (flagged). */
describe('what is prose in Markdown', () => {
  it('HTML blocks: tags and attributes are markup, the text between them is prose', async () => {
    expect(await findings('<div class="xyz" data-xyz="xyz">\nDu erhåller &amp; svar.\n</div>\n')).toEqual(['plain-words 2:4 erhåller'])
  })

  it('HTML blocks: scripts, styles and code hold no prose', async () => {
    expect(await findings('<div>\n<script>xyz()</script><style>.xyz{}</style><pre><code>xyz</code></pre>\n</div>\n')).toEqual([])
    expect(await findings('<div>\n<p>Det xyz.</p>\n</div>\n')).toEqual(['spelling 2:8 xyz'])
  })

  it('inline HTML: the tag is markup, its alt text and the text it wraps are prose', async () => {
    expect(await findings('Se <span class="xyz">här</span> och <img src="xyz.png" alt="Du erhåller en bild">.\n')).toEqual(['plain-words 1:64 erhåller'])
    expect(await findings('Se <span class="a">xyz</span>.\n')).toEqual(['spelling 1:20 xyz'])
  })

  it('component markup: MDX/JSX-like tags and their attributes are markup, their content prose', async () => {
    expect(await findings('<FButton variant="xyz">\nDu erhåller svar.\n</FButton>\n')).toEqual(['plain-words 2:4 erhåller'])
    expect(await findings('Klicka <FButton @click="xyz" :xyz="1">Spara</FButton> när du erhåller svar.\n')).toEqual(['plain-words 1:62 erhåller'])
    expect(await findings('Klicka <Kort titel={xyz} /> här.\n')).toEqual([])
  })

  it('container directives: the fence and name are markup, a title and the content are prose', async () => {
    expect(await findings(':::xyz\nDu erhåller svar.\n:::\n')).toEqual(['plain-words 2:4 erhåller'])
    expect(await findings('::: xyz Du erhåller\n\nText.\n\n:::\n')).toEqual(['plain-words 1:12 erhåller'])
    // Only at the start of a line.
    expect(await findings('Tre kolon ::: xyz här.\n')).toEqual(['spelling 1:15 xyz'])
  })

  it('template tags: `{{ … }}` and `{% … %}` are markup, the text around them prose', async () => {
    expect(await findings('Hej {{ xyz.namn }}! Du {% if xyz %}erhåller{% endif %} svar.\n')).toEqual(['plain-words 1:36 erhåller'])
    expect(await findings('Hej { xyz }.\n')).toEqual(['spelling 1:7 xyz'])
  })

  it('front matter is not prose', async () => {
    expect(await findings('---\ntitle: xyz\n---\n\nDu erhåller svar.\n')).toEqual(['plain-words 5:4 erhåller'])
  })
})
