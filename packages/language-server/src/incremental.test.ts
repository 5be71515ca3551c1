import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {Linter, RuleRegistry, SettingsResolver, type FileResult, type FileSettings, type Language} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {markdownBlocks, textBlocks} from './blocks.js'
import {IncrementalDocument} from './incremental.js'

const registry = new RuleRegistry([swedish, english])
const linter = new Linter(registry)
const settings = new SettingsResolver(registry).settingsFor('/tmp/dokument.md', undefined)
const fixed = new Map<Language, FileSettings>()
const withLanguage = (language: Language) => {
  if (!fixed.has(language)) fixed.set(language, {...settings, language})
  return fixed.get(language)!
}

const summary = (result: FileResult) => ({
  language: result.language,
  stats: result.stats,
  messages: result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message} ${JSON.stringify(m.expected)} ${m.fingerprint}`)
})

/** Made-up Swedish Markdown with the things that cross blocks: front matter, directives, terms, names, LIX. */
const document = `---
title: Bygglov
lang: sv
---

# Bygglov i Exempelby

Du erhåller beslutet inom fyra veckor. Använd e-tjänsten när du ansöker, t.ex. på kvällen.

<!-- klarsprak-disable plain-words -->

Nämnden erhåller ansökan och handlägger den. Vi skickar svar till Grönvik.

- Ansökan ska innehålla ritningar.
- Fyll i e-tjänsten noga.

  En förklaring som hör till punkten ovan, med mer text om hur ansökan granskas.

<!-- klarsprak-enable plain-words -->

\`\`\`text
Kod med erhåller och blank rad

inuti
\`\`\`

Grönvik ligger vid kusten. Den nya etjänsten öppnar i maj. VIKTIGT att du svarar i tid!

Sammanträdesprotokollsjusteringen genomfördes efter verksamhetsplaneringsprocessen. Överklagandetidsfristen beräknas utifrån delgivningstidpunkten enligt förvaltningsprocesslagen. Handläggningstidsrapporteringen redovisades.

Läs mer på [sidan om bygglov][bygglov] eller ring 08-123 45 67 kl. 8-16.

[bygglov]: https://www.example.se/bygglov
`

// A seeded generator: the same edits on every run.
function generator(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
}

const insertions = [' erhåller', ' e-tjänsten', ' etjänsten', '\n\n', '\n', ' Grönvik', ' VIKTIGT', ' t.ex.', '\n\nNytt stycke om ansökan.\n\n', '<!-- klarsprak-disable-next-line plain-words -->\n', '```\n', ' 19121212-1212', '"', '!']

/**
 * An edit anywhere after the front matter. (An unclosed front matter makes micromark read later lists as
 * paragraphs in the whole text but not in blocks, so the two would differ while one is half-typed.)
 */
function randomEdit(value: string, random: () => number): string {
  const start = value.startsWith('---\n') ? value.indexOf('\n---\n') + 5 : 0
  const at = start + Math.floor(random() * (value.length - start + 1))
  if (random() < 0.3) return value.slice(0, at) + value.slice(Math.min(value.length, at + 1 + Math.floor(random() * 12)))
  return value.slice(0, at) + insertions[Math.floor(random() * insertions.length)] + value.slice(at)
}

describe('blocks', () => {
  test('Markdown blocks cover the document, front matter first, fenced code with blank lines kept whole', () => {
    const blocks = markdownBlocks(document)
    expect(blocks.map((block) => block.text).join('')).toBe(document)
    expect(blocks[0]!.text.startsWith('---\ntitle: Bygglov')).toBe(true)
    expect(blocks.some((block) => block.text.startsWith('```text') && block.text.includes('inuti'))).toBe(true)
    for (const block of blocks) expect(document.split('\n')[block.line - 1]).toBe(block.text.split('\n')[0])
  })

  test('text blocks start at line starts and cover the text', () => {
    const value = 'Ett.\n\n  Två\nrader.\n \n\n\nTre.\r\n\r\nFyra.'
    const blocks = textBlocks(value)
    expect(blocks.map((block) => block.text).join('')).toBe(value)
    expect(blocks.map((block) => block.offset)).toEqual([0, 6, 23, 31])
  })
})

describe('IncrementalDocument', () => {
  test('gives what the engine gives on the whole text, also after 40 seeded random edits', async () => {
    const incremental = new IncrementalDocument(linter, 'markdown', {fingerprints: true, stats: true})
    const random = generator(7)
    let value = document
    for (let step = 0; step <= 40; step++) {
      const whole = await linter.lint({path: 'dokument.md', value, format: 'markdown'}, settings)
      const blocks = await incremental.lint('dokument.md', value, settings, withLanguage)
      expect(summary(blocks), `after edit ${step}`).toEqual(summary(whole))
      if (step === 0) {
        // The document exercises what crosses blocks.
        const rules = new Set(whole.messages.map((m) => m.ruleId))
        for (const rule of ['term-consistency', 'readability-lix', 'exclamation', 'plain-words']) expect(rules).toContain(rule)
      } else if (step > 1) {
        expect(incremental.rechecked).toBeLessThanOrEqual(4)
      }
      value = randomEdit(value, random)
    }
  }, 120_000)

  test('plain text, and a document whose language is detected (English)', async () => {
    const text = 'You will obtain the decision within four weeks.\n\nPlease utilize the form on our website when you apply.\n\nWe will contact you.\n'
    const incremental = new IncrementalDocument(linter, 'text', {fingerprints: true, stats: true})
    const random = generator(11)
    let value = text
    for (let step = 0; step < 10; step++) {
      const whole = await linter.lint({path: 'letter.txt', value, format: 'text'}, settings)
      expect(summary(await incremental.lint('letter.txt', value, settings, withLanguage))).toEqual(summary(whole))
      if (step === 0) expect(whole.language).toBe('en')
      value = randomEdit(value, random)
    }
  }, 60_000)

  // The shared corpus of real texts, when it is there (it is not part of the repository).
  const corpus = fileURLToPath(new URL('../../../../shared/corpus/sv/civictechsweden__g0vse/', import.meta.url))
  test.skipIf(!existsSync(corpus))('real Swedish texts give the same findings block by block as whole', async () => {
    const names = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort().slice(0, 12)
    for (const name of names) {
      const value = readFileSync(corpus + name, 'utf8')
      const whole = await linter.lint({path: name, value, format: 'markdown'}, settings)
      const incremental = new IncrementalDocument(linter, 'markdown', {fingerprints: true, stats: true})
      // Once as on opening (one pass), once block by block (the second document starts from nothing cached).
      expect(summary(await incremental.lint(name, value, settings, withLanguage))).toEqual(summary(whole))
      const edited = value.replace(/\n\n/, '\n\nEtt nytt stycke.\n\n')
      expect(summary(await incremental.lint(name, edited, settings, withLanguage))).toEqual(
        summary(await linter.lint({path: name, value: edited, format: 'markdown'}, settings))
      )
    }
  }, 120_000)
})
