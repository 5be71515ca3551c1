import {describe, expect, it} from 'vitest'
import {loadSpeller} from '@klarsprak/spell'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin, {meta} from './index.js'

describe('spelling (sv)', () => {
  it('reports a misspelled word with a clear correction', async () => {
    const [message, ...rest] = await lintSv('Vi har tagit emot din ansökkan.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'spelling',
      source: 'klarsprak',
      reason: 'Kontrollera stavningen av ”ansökkan” (menar du ”ansökan”?).',
      line: 1,
      column: 23,
      actual: 'ansökkan',
      expected: ['ansökan'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/spelling.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 23}, end: {line: 1, column: 31}})
    expect(meta).toMatchObject({id: 'spelling', defaultSeverity: 'warning', fixable: 'suggestion'})
  })

  it('lists up to three candidates, without `expected`, when none is clearly best', async () => {
    const [message] = await lintSv('Kontakta kommunn om du har frågor.', plugin)
    expect(message?.reason).toBe('Kontrollera stavningen av ”kommunn” (menar du ”kommun”, ”kommunen” eller ”kommuns”?).')
    expect(message?.expected).toBeUndefined()
  })

  it('leaves an unknown word without a near candidate alone, unless asked (`unclear`)', async () => {
    expect(await lintSv('Vi köper in nya skolpltas.', plugin)).toEqual([])
    const [message] = await lintSv('Vi köper in nya skolpltas.', plugin, {unclear: true})
    expect(message?.reason).toBe('Kontrollera stavningen av ”skolpltas”.')
    expect(message?.expected).toBeUndefined()
  })

  it('uses the list of known misspellings, also for a capitalised word inside a sentence', async () => {
    const [message] = await lintSv('Vi tror på ett gott Sammarbete.', plugin)
    expect(message?.reason).toBe('Kontrollera stavningen av ”Sammarbete” (menar du ”Samarbete”?).')
    expect(message?.expected).toEqual(['Samarbete'])
  })

  it('marks only the wrong part of a hyphenated word', async () => {
    const [message] = await lintSv('Fråga en LSS-handläggre.', plugin)
    expect(message?.actual).toBe('handläggre')
    expect(message?.place).toMatchObject({start: {column: 14}, end: {column: 24}})
  })

  it.each([
    ['Du får ett beslutt inom fyra veckor.', ['beslutt']],
    ['Avgiften beror på din inkomts.', ['inkomts']],
    ['Försörjningstöd kan du söka hos oss.', ['Försörjningstöd']],
    ['Bibliotekt har öppet på torsdagar.', ['Bibliotekt']],
    ['Ärendet tas upp i nämden i april.', ['nämden']],
    ['Kontakta stockholm stad om du bor där.', ['stockholm']],
    ['Skicka svaret till din e-postadres.', ['postadres']]
  ])('flags: %s', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual(expected)
  })

  it.each([
    'Ring kommunens kontaktcenter på 060-19 00 00 före kl. 16.',
    'Beslutet fattades den 3:e maj 2026 och gäller från den 1:a juni.',
    'Du kan t.ex. söka bidrag för hemtjänst, ledsagning m.m. Det s.k. anhörigstödet är gratis.',
    'Insatser enligt LSS och SoL beviljas av en LSS-handläggare. Läs om SFI:s kurser.',
    'Skicka din ansökan till bygglov@sundsvall.se eller läs mer på www.sundsvall.se/bygglov.',
    'Bygglovshandläggaren skickar ut ärendenummer för hemtjänstinsatser.',
    'Sundsvalls kommun har öppet hus på Kulturmagasinet.',
    'Vår samordnare Anneli Westerholm svarar på frågor.',
    'Du loggar in med BankID eller Freja eID i e-tjänsten.',
    'Vaccinet mot covid-19 är gratis.',
    'Vi använder kakor (cookies) för att webbplatsen ska fungera.',
    'Avgiften för vård- och omsorgsboende, dvs. boendet, betalas i efterskott osv.'
  ])('leaves alone: %s', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('takes a first word as a name when the document uses it as a name elsewhere', async () => {
    const all = {unclear: true}
    expect(actuals(await lintSv('Ljungsjöby har en ny skola. Skolan i Ljungsjöby öppnar i augusti.', plugin, all))).toEqual([])
    expect(actuals(await lintSv('Ljungsjöby har en ny skola.', plugin, all))).toEqual(['Ljungsjöby'])
  })

  it('accepts the project word list (`words`), with genitive, in any position', async () => {
    const text = 'Granloholms skola är ny. Vi bor i Granloholm.'
    expect(actuals(await lintSv('Granloholms skola är ny.', plugin, {unclear: true}))).toEqual(['Granloholms'])
    expect(actuals(await lintSv(text, plugin, {words: ['Granloholm'], unclear: true}))).toEqual([])
  })

  it('accepts the words of `terms` and `ignore`', async () => {
    const text = 'Vi har en kodfärråd och en skolpltas.'
    expect(actuals(await lintSv(text, plugin, {unclear: true}))).toEqual(['kodfärråd', 'skolpltas'])
    expect(actuals(await lintSv(text, plugin, {terms: ['Kommunens kodfärråd'], ignore: ['skolpltas'], unclear: true}))).toEqual([])
  })

  it('accepts compounds Hunspell does not build, and keeps flagging typos that split into words', async () => {
    const text = 'Kärlbyte och kärltvätt sker enligt hämtschema efter granneyttrande.'
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    const typos = 'Kontakta komunen om din utbetalnig, handläggnigstid och ett tillfredställande svar.'
    expect(actuals(await lintSv(typos, plugin))).toEqual(['komunen', 'utbetalnig', 'handläggnigstid', 'tillfredställande'])
  })

  it('reports an unknown word used three times once, as a possible term, without suggestions (with `unclear`)', async () => {
    const text = 'Granloholmen har en fritidsgård. Om granloholmen finns en bok. Bussen går till granloholmen.'
    expect(await lintSv(text, plugin)).toEqual([])
    const [message, ...rest] = await lintSv(text, plugin, {unclear: true})
    expect(rest).toEqual([])
    expect(message).toMatchObject({line: 1, column: 1, actual: 'Granloholmen', expected: undefined})
    expect(message?.reason).toBe(
      '”Granloholmen” finns inte i ordlistan men används 3 gånger i texten. Om det är en term: lägg till det i projektets ordlista.'
    )
    expect(actuals(await lintSv(text, plugin, {termAfter: 4, unclear: true}))).toEqual(['Granloholmen', 'granloholmen', 'granloholmen'])
  })

  it('reports every use of a repeated typo of a word the text spells right', async () => {
    const text = 'Kontakta kommunn. Vår kommunn svarar. Kommunn och kommun är inte samma ord.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['kommunn', 'kommunn', 'Kommunn'])
  })

  it('accepts English loans with a Swedish ending, the prefix o- and a name joined to a word; keeps their look-alike typos', async () => {
    const right = 'Vi mappar fälten och zippen skickas. Ett ohanterat fel syns i Vue-direktivet.'
    expect(actuals(await lintSv(right, plugin))).toEqual([])
    // `filter` + `a` and `lever` + `a` are not verbs a writer meant: the doubling a Swedish loan verb gets is missing.
    expect(actuals(await lintSv('Du kan filtera listan. Vi levera varorna.', plugin))).toEqual(['filtera', 'levera'])
  })

  it('reports only clear typos in developer documentation, and a short word only with a clear correction', async () => {
    const code = 'Anropa `init()` och `start()`. Sedan `stop()` och `reset()`, `run()` och `x()`.'
    // `backend` has near candidates but no clear one: in text for developers it is their word.
    expect(actuals(await lintSv(`${code} Vår backend svarar. Vi har en webläsare.`, plugin))).toEqual(['webläsare'])
    expect(actuals(await lintSv('Vår backend svarar.', plugin))).toEqual(['backend'])
    expect(actuals(await lintSv('Vi använder vue och csv.', plugin))).toEqual([])
  })

  it('leaves a sentence in another language alone', async () => {
    expect(actuals(await lintSv('Lue lisää kaupungin palveluista suomeksi.', plugin))).toEqual([])
    expect(actuals(await lintSv('Läs mer om kommunns tjänster på finska.', plugin))).toEqual(['kommunns'])
  })

  it('flags English words when `acceptEnglish` is off', async () => {
    const text = 'Filmen visas via streaming på vår webbplats.'
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    expect(actuals(await lintSv(text, plugin, {acceptEnglish: false, unclear: true}))).toEqual(['streaming'])
  })

  it('asks Hunspell at most once per distinct word in a long text', async () => {
    const sentence =
      'Kommunen skickar ett beslut om bygglov till den som har ansökt, och beslutet kan överklagas inom tre veckor. '
    const text = sentence.repeat(10_000) // 190,000 words
    const distinct = new Set(sentence.toLowerCase().match(/\p{L}+/gu)).size
    const speller = await loadSpeller('sv')
    const before = speller.lookups
    const started = performance.now()
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    const elapsed = performance.now() - started
    expect(speller.lookups - before).toBeLessThanOrEqual(distinct)
    // Parsing dominates; the rule itself must stay far below it. A generous bound that still catches a lost cache.
    expect(elapsed).toBeLessThan(20_000)
  })

  it('scores at least 0.9 precision and recall on the evaluation set', async () => {
    const score = await evaluateSv('spelling', plugin)
    if (score.precision < 0.9 || score.recall < 0.9) console.log(score.mistakes)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  })
})
