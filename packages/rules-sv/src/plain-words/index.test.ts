import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {applyEdits, type TextEdit} from '@klarsprak/core'
import type {VFileMessage} from 'vfile-message'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {loadPlainWords} from './data.js'
import plugin, {meta, rule} from './index.js'

/** The text after applying every fix with exactly one suggestion, as `klarsprak --fix` does. */
function fixed(text: string, messages: readonly VFileMessage[]): string {
  const edits: TextEdit[] = []
  for (const message of messages) {
    const place = message.place
    if (message.expected?.length !== 1 || !place || !('start' in place)) continue
    edits.push({offset: place.start.offset!, endOffset: place.end.offset!, text: message.expected[0]!})
  }
  return applyEdits(text, edits).output
}

describe('plain-words', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'plain-words', defaultSeverity: 'warning', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message', async () => {
    const [message, ...rest] = await lintSv('Du erhåller beslutet.', plugin)
    expect(rest).toEqual([])
    expect({
      ruleId: message!.ruleId,
      source: message!.source,
      reason: message!.reason,
      line: message!.line,
      column: message!.column,
      place: message!.place,
      actual: message!.actual,
      expected: message!.expected,
      url: message!.url,
      note: message!.note
    }).toEqual({
      ruleId: 'plain-words',
      source: 'klarsprak',
      reason: 'Skriv ”får” i stället för ”erhåller”.',
      line: 1,
      column: 4,
      place: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 12, offset: 11}},
      actual: 'erhåller',
      expected: ['får'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/plain-words.md',
      note: 'Källa: Svarta listan s. 10.'
    })
  })

  it.each([
    ['Du kan erhålla bidrag.', 'erhålla', 'få'],
    ['Du erhåller bidrag.', 'erhåller', 'får'],
    ['Du erhöll bidrag i fjol.', 'erhöll', 'fick'],
    ['Du har erhållit bidrag.', 'erhållit', 'fått'],
    ['Ansökan ska inkomma senast i maj.', 'inkomma', 'komma in'],
    ['Ansökan inkom i maj.', 'inkom', 'kom in'],
    ['Ansökan har inkommit.', 'inkommit', 'kommit in'],
    ['Du skall svara.', 'skall', 'ska'],
    ['Vi mottog din ansökan.', 'mottog', 'tog emot'],
    ['Kommunen tillser att det blir gjort.', 'tillser', 'ser till'],
    ['Brevet översändes den 3 maj.', 'översändes', 'skickades']
  ])('maps the inflected form in %j', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
  })

  it('keeps the capital letter of the original', async () => {
    const messages = await lintSv('Erhåller du bidrag? I enlighet med lagen gäller detta.', plugin)
    expect(messages.map((message) => message.expected)).toEqual([['Får'], ['Enligt']])
  })

  it('finds a phrase across a line break and prefers the longest phrase', async () => {
    const messages = await lintSv('Beslutet fattas i enlighet\nmed lagen. Vi stänger med anledning av att taket läcker.', plugin)
    expect(actuals(messages)).toEqual(['i enlighet\nmed', 'med anledning av att'])
    expect(messages.map((message) => message.expected)).toEqual([['enligt'], ['eftersom']])
  })

  it('prefers the particle phrase over the bare verb', async () => {
    const [message] = await lintSv('Du ska inkomma med intyg.', plugin)
    expect(message!.actual).toBe('inkomma med')
    expect(message!.reason).toBe('Skriv ”skicka in” eller ”lämna in” i stället för ”inkomma med”.')
  })

  it('moves a sentence adverb into a particle verb', async () => {
    const messages = await lintSv('Ansökan inkom ej i tid. Uppgifterna överensstämmer inte med beslutet.', plugin)
    expect(actuals(messages)).toEqual(['inkom ej', 'överensstämmer inte'])
    expect(messages.map((message) => message.expected)).toEqual([['kom inte in'], ['stämmer inte överens']])
  })

  it('asks for a rewrite when a form has no drop-in replacement', async () => {
    const [message] = await lintSv('Inkomna ansökningar behandlas i tur och ordning.', plugin)
    expect(message!.actual).toBe('Inkomna')
    expect(message!.expected).toBeUndefined()
    expect(message!.reason).toBe('Skriv om med ”komma in” i stället för ”Inkomna”.')
  })

  it('gives several alternatives without a safe fix', async () => {
    const [message] = await lintSv('Förvaltningen hemställer att nämnden beslutar.', plugin)
    expect(message!.expected).toEqual(['begär', 'föreslår'])
  })

  it('flags the preposition but not the noun or adjective', async () => {
    const flagged = await lintSv(
      'Frågor gällande din ansökan. Beslut avseende bygglov. Jämlikt 4 kap. gäller detta. Det är ej klart.',
      plugin
    )
    expect(actuals(flagged)).toEqual(['gällande', 'avseende', 'Jämlikt', 'ej'])
    const clean = await lintSv(
      'Enligt gällande regler. I detta avseende. Ett jämlikt samhälle. En rörande berättelse. Ett icke obligatoriskt fält. En icke-medlem.',
      plugin
    )
    expect(actuals(clean)).toEqual([])
  })

  it.each([
    'Du får beslutet inom tre veckor.',
    'Mottagaren kan överklaga beslutet.',
    'Företaget har fått tillstånd.',
    'Avsändaren ska framgå av brevet.',
    'Punkten utgår från dagordningen.',
    'Hon är en erfaren handläggare.',
    'Skolan har samma regler i alla avseenden.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    ['Blanketten erhålls i receptionen.', 'erhålls', 'Skriv om med ”få” i stället för ”erhålls”.'],
    ['Beslutet kommer att erhållas i maj.', 'erhållas', 'Skriv om med ”få” i stället för ”erhållas”.'],
    ['Inkom med kompletteringen senast fredag.', 'Inkom med', 'Skriv ”Skicka in” eller ”Lämna in” i stället för ”Inkom med”.'],
    ['Ansökan inkom med posten.', 'inkom med', 'Skriv ”skickade in” eller ”lämnade in” i stället för ”inkom med”.'],
    ['Vi har fått boken samt pennan.', 'samt', 'Skriv ”och” i stället för ”samt”.'],
    ['Om du önskar boka tid, ring oss.', 'önskar', 'Skriv ”vill” eller ”vill ha” i stället för ”önskar”.']
  ])('fits the suggestion to the sentence in %j', async (text, actual, reason) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.reason).toBe(reason)
  })

  it.each([
    'Vi har fått boken och pennan samt en karta.',
    'Samt att ni själva kan välja.',
    'Vi önskar dig en god jul.',
    '– Vi vill säkerställa att alla får svar, säger ministern.',
    'Domstolen finner att beslutet ska stå fast.',
    'Han fick behålla lönen med bibehållen effektivitet.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('leaves developer words in developer documentation', async () => {
    const code = 'Anropa `init()` och `start()`. Sedan `stop()` och `reset()`, `run()`.'
    const text = `${code} Initiera komponenten med \`{a: 1}\`. Se \`x\` och \`y\`.`
    expect(actuals(await lintSv(text, plugin))).not.toContain('Initiera')
    expect(actuals(await lintSv('Kommunen ska initiera ett nytt arbete.', plugin))).toEqual(['initiera'])
  })

  it('applies only single-suggestion fixes', async () => {
    const text = 'Du erhåller beslutet och skall svara i enlighet med lagen. Vi hemställer om svar.'
    const messages = await lintSv(text, plugin)
    expect(fixed(text, messages)).toBe('Du får beslutet och ska svara enligt lagen. Vi hemställer om svar.')
  })

  it('accepts every form of an ignored entry', async () => {
    const messages = await lintSv('Du erhöll bidrag och skall svara.', plugin, {ignore: ['Erhålla']})
    expect(actuals(messages)).toEqual(['skall'])
  })

  it('has a large list with phrases, and rejects a form listed twice', () => {
    const {entries, sentenceAdverbs} = loadPlainWords()
    expect(entries.length).toBeGreaterThanOrEqual(120)
    const forms = entries.flatMap((entry) => [...entry.forms.keys()])
    expect(forms).toContain('vara i behov av')
    expect(forms.filter((form) => form.includes(' ')).length).toBeGreaterThan(40)
    expect(sentenceAdverbs.has('inte')).toBe(true)

    const folder = mkdtempSync(join(tmpdir(), 'plain-words-'))
    const path = join(folder, 'list.yml')
    writeFileSync(path, 'entries:\n  - forms: {erhålla: få}\n  - phrase: erhålla\n    expected: [få]\n')
    expect(() => loadPlainWords(pathToFileURL(path))).toThrow(/listed twice/)
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('plain-words', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
