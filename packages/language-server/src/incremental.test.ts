import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {isDeveloperSource, Linter, RuleRegistry, SettingsResolver, type FileResult, type FileSettings, type Language} from '@klarsprak/core'
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

/**
 * Made-up Swedish Markdown with the things that cross blocks: front matter, directives, terms, names, LIX (a hard
 * paragraph, reported only in a text of 200+ words).
 */
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

Du behöver bygglov för att bygga ett nytt hus, bygga till ett hus eller ändra hur en byggnad används. För en friggebod, en altan eller ett plank som är lägre än en meter behöver du oftast inget bygglov. Är du osäker kan du ringa oss och fråga innan du börjar bygga. Vi svarar på vardagar mellan klockan nio och tolv.

När vi har fått din ansökan kontrollerar vi att den är komplett. Saknas något skickar vi ett brev till dig och berättar vad du behöver skicka in. Handläggningstiden börjar räknas när ansökan är komplett. Vi fattar beslut inom tio veckor och oftast går det fortare än så.

Sammanträdesprotokollsjusteringen genomfördes efter verksamhetsplaneringsprocessen i samhällsbyggnadsnämndens arbetsutskott under föregående verksamhetsår. Överklagandetidsfristen beräknas utifrån delgivningstidpunkten enligt förvaltningsprocesslagen och gällande myndighetsföreskrifter för kommunala förvaltningsbeslut. Handläggningstidsrapporteringen redovisades sammanfattningsvis för kommunstyrelsens ledamöter, tjänstepersoner och revisorer vid sammanträdet. Detaljplanebestämmelserna tillämpades konsekvent vid prövningen av bygglovsansökningarna. Konsekvensbeskrivningen för miljöpåverkan färdigställdes innan nämndens slutgiltiga ställningstagande fattades i ärendet.

Beslutet skickas till dig med post. Det kungörs också i Post- och Inrikes Tidningar, så att grannar och andra som berörs kan överklaga. Du får börja bygga fyra veckor efter att beslutet har kungjorts, om du också har fått ett startbesked.

Avgiften för bygglov beror på hur stor byggnaden är och hur mycket arbete ansökan kräver. Du betalar avgiften när du har fått beslutet. En faktura kommer med posten några veckor senare. Om vi inte håller tidsfristen sänks avgiften med en femtedel för varje påbörjad vecka.

Ibland behöver du också en kontrollansvarig. Det är en person som hjälper dig att följa reglerna under bygget och som ser till att kontrollplanen följs. Kontrollansvarig ska vara certifierad och får inte vara släkt med dig. Du hittar certifierade personer i ett register på Boverkets webbplats.

När bygget är klart ska du anmäla det till oss. Vi går igenom handlingarna och kan komma på ett slutsamråd. Om allt är i ordning får du ett slutbesked. Först då får du börja använda det du har byggt. Bor du redan i huset gäller det en tillbyggnad eller ett nytt rum.

Om du vill riva en byggnad behöver du ofta rivningslov. Det gäller inom detaljplanerat område och för byggnader som är värdefulla för sin historia eller sin miljö. Rivningslov söker du på samma sätt som bygglov. Ett rivningslov gäller i fem år från den dag beslutet vann laga kraft.

Marklov behöver du om du vill schakta eller fylla ut så att höjden på marken ändras mer än en halv meter. Det gäller också om du vill fälla träd i ett område där detaljplanen säger att träden ska stå kvar. Fråga oss gärna innan du börjar, så slipper du en avgift för olovligt byggande.

Bygger du utan lov kan nämnden ta ut en byggsanktionsavgift. Avgiften kan bli hög, även för små byggnader. Nämnden kan också besluta att det du har byggt ska rivas. Därför är det bra att fråga oss om du inte vet vad som gäller.

Grannar får alltid veta om ansökan när den strider mot detaljplanen. De får då skriva till oss och säga vad de tycker. Vi tar hänsyn till det de skriver innan vi fattar beslut. Det är bra om du pratar med dina grannar redan innan du skickar in ansökan.

Du kan följa ditt ärende i e-tjänsten. Där ser du när vi har tagit emot ansökan, om något saknas och när beslutet är klart. Du loggar in med bank-id. Har du inte bank-id kan du ringa oss, så berättar vi hur det går.

Vill du veta mer om reglerna kan du boka ett möte med en handläggare. Mötet är gratis och tar ungefär en halvtimme. Ta gärna med skisser eller foton av det du vill bygga, så blir det lättare för oss att svara på dina frågor.

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
    let developer = isDeveloperSource(value)
    let bounded = 0
    for (let step = 0; step <= 40; step++) {
      const whole = await linter.lint({path: 'dokument.md', value, format: 'markdown'}, settings)
      const blocks = await incremental.lint('dokument.md', value, settings, withLanguage)
      expect(summary(blocks), `after edit ${step}`).toEqual(summary(whole))
      const wasDeveloper = developer
      developer = isDeveloperSource(value)
      if (step === 0) {
        // The document exercises what crosses blocks. It is long enough (200+ words) for LIX and, with its one code
        // block, not developer documentation, which gets neither LIX nor exclamation findings.
        expect(developer).toBe(false)
        const rules = new Set(whole.messages.map((m) => m.ruleId))
        for (const rule of ['term-consistency', 'readability-lix', 'exclamation', 'plain-words']) expect(rules).toContain(rule)
      } else if (step > 1 && developer === wasDeveloper) {
        // An edit that tips the document into or out of developer documentation (an inserted ``` counts as code)
        // changes the settings of every block, so every block is checked again; any other edit only a few.
        expect(incremental.rechecked).toBeLessThanOrEqual(4)
        bounded++
      }
      value = randomEdit(value, random)
    }
    expect(bounded).toBeGreaterThanOrEqual(30)
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
