import {describe, expect, it} from 'vitest'
import type {Sentence} from 'nlcst'
import {loadEvaluationSet, sentencesIn} from '@klarsprak/core'
import {SwedishTextParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {textBetween} from '../word-text.js'
import {findPassives} from './detect.js'
import plugin, {isPassiveSentence, meta as ruleMeta} from './index.js'

function firstSentence(text: string): Sentence {
  const paragraph = new SwedishTextParser().parse(text).children.find((node) => node.type === 'ParagraphNode')
  const sentence = paragraph?.children.find((node) => node.type === 'SentenceNode')
  if (!sentence) throw new Error('no sentence in ' + text)
  return sentence
}

/** The text of every passive that detection finds in the first sentence of `text`. */
function passivesIn(text: string, ignore?: ReadonlySet<string>): string[] {
  const sentence = firstSentence(text)
  return findPassives(sentence, ignore).map((match) => textBetween(sentence.children, match.first, match.last))
}

describe('passive-voice: detection', () => {
  it.each([
    ['Beslutet skickas i dag.', 'skickas'],
    ['Beslutet skickades i går.', 'skickades'],
    ['Beslutet har skickats.', 'skickats'],
    ['Ansökan kommer att prövas.', 'prövas'],
    ['Blanketten ska lämnas in.', 'lämnas'],
    ['Det görs varje år.', 'görs'],
    ['Kontrollen gjordes i maj.', 'gjordes'],
    ['Protokollet läses upp.', 'läses'],
    ['Bidraget betalas ut.', 'betalas'],
    ['Kläderna sys på plats.', 'sys'],
    ['Texten visas på sidan.', 'visas'],
    ['Ärendet handläggs snabbt.', 'handläggs'],
    ['Frågan avgörs av domstolen.', 'avgörs'],
    ['Det tydliggörs i planen.', 'tydliggörs'],
    ['Uppgifterna digitaliseras.', 'digitaliseras'],
    ['Koden ska inte mappas om.', 'mappas'],
    ['Koden har mergats.', 'mergats'],
    ['Beslutet fattades av nämnden.', 'fattades'],
    ['Avfallet bränns i pannan.', 'bränns'],
    ['Du möts av personalen.', 'möts'],
    ['Tjänsten utvecklas av kommunen.', 'utvecklas'],
    ['Uppgifterna samlas in.', 'samlas'],
    ['Barnet hjälps av assistenten.', 'hjälps'],
    ['Används för att visa status.', 'Används'],
    ['Du blir kontaktad.', 'blir kontaktad'],
    ['Ansökan blev beviljad.', 'blev beviljad'],
    ['Bygglovet har blivit godkänt.', 'blivit godkänt'],
    ['De blir uppsagda.', 'blir uppsagda'],
    ['Ansökan blev inte beviljad.', 'blev inte beviljad'],
    ['Han blev omhändertagen.', 'blev omhändertagen'],
    ['Boken blir skriven på svenska.', 'blir skriven']
  ])('finds the passive in %j', (text, expected) => {
    expect(passivesIn(text)).toEqual([expected])
  })

  it.each([
    'Vi hoppas att du trivs.',
    'Det finns plats.',
    'Vi lyckades till slut.',
    'Jag minns inte.',
    'Det känns bra.',
    'Hon låtsas inte om det.',
    'Vi ses i morgon.',
    'Vi träffas på fredag.',
    'De umgås ofta.',
    'Vi möts vid entrén.',
    'Vi hörs!',
    'Vi hjälps åt med flytten.',
    'De följs åt till skolan.',
    'Det behövs ingen ansökan.',
    'Det krävs bygglov.',
    'Det fattas pengar.',
    'Uppgifter saknas.',
    'Kommunens beslut gäller.',
    'Nämndens yttrande kom i dag.',
    'Annas bil står kvar.',
    'Ska Lukas komma?',
    'Det är en flickas cykel.',
    'Vi blir glada.',
    'Det blev en lyckad dag.',
    'Det har blivit fel.',
    'Han blev känd i hela landet.',
    'Vi blir intresserade av nya idéer.',
    'Det blir bättre i morgon.',
    'Kursen startar i mars.',
    'Priset gäller alls inte i dag.',
    'Status och process.',
    'Hon bor i ett hus med fokus på bonus och puls.',
    'Det finns resurs, kris, bas, gas och buss.',
    'Hos oss är det tills vidare lugnt, annars ringer vi.',
    'Dels behöver du ett intyg, dels ett beslut.',
    'Det har förstås tagit tid.',
    'Vi har plats för fler.',
    'Vi har haft status som kommun sedan i höstas.',
    'Det är andras ansvar.',
    'Barn utvecklas i sin egen takt.',
    'Samhället förändras snabbt.',
    'Vi samlas vid entrén.',
    'Nässlorna bränns.'
  ])('finds no passive in %j', (text) => {
    expect(passivesIn(text)).toEqual([])
  })

  it('finds both verbs of a double passive', () => {
    expect(passivesIn('Det föreslås inrättas en ny nämnd.')).toEqual(['föreslås', 'inrättas'])
  })

  it('skips forms in `ignore`', () => {
    const text = 'Ansökan skickas och du blir kontaktad.'
    expect(passivesIn(text)).toEqual(['skickas', 'blir kontaktad'])
    expect(passivesIn(text, new Set(['skickas', 'kontaktad']))).toEqual([])
  })

  it('tells whether a sentence is passive', () => {
    expect(isPassiveSentence(firstSentence('Beslutet skickas i dag.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('Du blir kontaktad.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('Texten visas på sidan.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('Vi skickar beslutet i dag.'))).toBe(false)
    expect(isPassiveSentence(firstSentence('Vi hoppas att det finns plats.'))).toBe(false)
  })

  it('tells a passive sentence exactly when detection finds a passive in it', () => {
    const texts = loadEvaluationSet(new URL('../../eval/passive-voice.yml', import.meta.url)).cases.map((item) => item.text)
    let passive = 0
    for (const sentence of texts.flatMap((text) => sentencesIn(new SwedishTextParser().parse(text)))) {
      const found = findPassives(sentence).length > 0
      expect(isPassiveSentence(sentence), JSON.stringify(sentence.position)).toBe(found)
      if (found) passive++
    }
    expect(passive).toBeGreaterThan(20)
  })
})

describe('passive-voice: what it reports', () => {
  // By default only double passives; `scope: 'reader'` also passives that hide who acts for the reader.
  const reader = {scope: 'reader'}

  it('yields to plain-words and nominal-style', () => {
    expect(ruleMeta).toMatchObject({id: 'passive-voice', defaultSeverity: 'info', fixable: false})
    expect(ruleMeta.yieldsTo).toEqual(['plain-words', 'nominal-style'])
  })

  it('reports a complete message for a passive about the reader', async () => {
    const [message, ...rest] = await lintSv('Du kontaktas när beslutet är klart.', plugin, reader)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'passive-voice',
      source: 'klarsprak',
      reason: 'Passiv form ”kontaktas”: skriv vem som gör det, till exempel ”vi” om er själva.',
      line: 1,
      column: 4,
      actual: 'kontaktas',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 4}, end: {line: 1, column: 13}})
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('1.3.3')
  })

  it('reports a bli-passive as one span', async () => {
    const [message, ...rest] = await lintSv('Du blir kontaktad när beslutet är klart.', plugin, reader)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      reason: 'Passiv form ”blir kontaktad”: skriv vem som gör det, till exempel ”vi” om er själva.',
      column: 4,
      actual: 'blir kontaktad'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 18}})
  })

  it('reports a double passive as one finding spanning both verbs', async () => {
    const [message, ...rest] = await lintSv('Det föreslås inrättas en ny nämnd.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      reason: 'Dubbel passiv ”föreslås inrättas”: skriv om meningen och säg vem som gör vad.',
      column: 5,
      actual: 'föreslås inrättas'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 5}, end: {line: 1, column: 22}})
    expect(actuals(await lintSv('Skolan planeras att byggas om under hösten.', plugin))).toEqual(['planeras att byggas'])
    // Also where an actor is named: the double passive is the problem there.
    expect(actuals(await lintSv('Förslaget föreslås inrättas av nämnden.', plugin))).toEqual(['föreslås inrättas'])
  })

  it('tells the reader what to do for a duty on a case', async () => {
    const text = 'Ansökan ska skickas in senast den 1 maj. Du får svar inom en vecka.'
    const [message, ...rest] = await lintSv(text, plugin, reader)
    expect(rest).toEqual([])
    expect(message?.actual).toBe('skickas')
    expect(message?.reason).toMatch(/^Passiv form ”skickas”: skriv vad läsaren ska göra/)
  })

  it.each([
    ['Ansökan ska skickas in senast den 1 maj.', 'letter', ['skickas']],
    ['Ansökan ska skickas in senast den 1 maj.', 'email', ['skickas']],
    ['Ansökan ska skickas in senast den 1 maj.', 'web', []],
    ['Ansökan ska skickas in senast den 1 maj.', undefined, []]
  ])('reports the duty in %j only to a reader (textType %s)', async (text, textType, expected) => {
    expect(actuals(await lintSv(text, plugin, textType ? {...reader, textType} : reader))).toEqual(expected)
  })

  it.each([
    ['Du kontaktas när beslutet är klart.', ['kontaktas']],
    ['Beslutet skickas till dig.', ['skickas']],
    ['Din ansökan har beviljats.', ['beviljats']],
    ['Ditt ärende handläggs i turordning.', ['handläggs']],
    ['Du blir kallad till ett möte.', ['blir kallad']],
    ['Du ombeds komplettera ansökan.', ['ombeds']],
    ['Ansökan skickas och du blir kontaktad.', ['skickas', 'blir kontaktad']],
    ['Blanketten behöver skrivas under. Du får hjälp av oss.', ['skrivas']],
    ['Fakturan bör betalas senast i maj. Du får en påminnelse.', ['betalas']]
  ])('flags %j only with `scope: "reader"`', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin, reader))).toEqual(expected)
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('reports a double passive by default and the passive about the reader only with `scope: "reader"`', async () => {
    const text = 'Det föreslås inrättas en ny nämnd och du kontaktas.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['föreslås inrättas'])
    expect(actuals(await lintSv(text, plugin, {scope: 'double'}))).toEqual(['föreslås inrättas'])
    expect(actuals(await lintSv(text, plugin, reader))).toEqual(['föreslås inrättas', 'kontaktas'])
  })

  it.each([
    'Texten visas på sidan.',
    'Beslutet fattades av nämnden.',
    'Det finns plats.',
    'Ansökan skickas till nämnden.',
    'Beslutet kan överklagas till förvaltningsrätten.',
    'Du kontaktas av en handläggare.',
    'Du blir kontaktad av oss.',
    'Ansökan ska skickas in av dig.',
    'Status visas för dig i e-tjänsten.',
    'Dina uppgifter används för att beräkna avgiften.',
    'Du får information som sparas i registret.',
    'Vi hoppas att du trivs.',
    'Vi skickar beslutet till dig i dag.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin, reader))).toEqual([])
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    '– Du kontaktas när beslutet är klart, säger handläggaren.',
    '”Du kontaktas när beslutet är klart.”',
    'Du kontaktas när beslutet är klart, säger handläggaren.'
  ])('leaves the quotation %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin, reader))).toEqual([])
  })

  it('leaves developer documentation alone', async () => {
    // Code 5+ times per 1,000 words.
    const text = 'Kör `npm ci` så installeras paketen. Du kontaktas när `build` är klar. Det föreslås göras om.'
    expect(actuals(await lintSv(text, plugin, reader))).toEqual([])
    expect(actuals(await lintSv(text, plugin))).toEqual([])
    const prose = 'Kör npm ci så installeras paketen. Du kontaktas när bygget är klart. Det föreslås göras om.'
    expect(actuals(await lintSv(prose, plugin, reader))).toEqual(['kontaktas', 'föreslås göras'])
    expect(actuals(await lintSv(prose, plugin))).toEqual(['föreslås göras'])
  })

  it('reports in a letter what the authority did or will do, but not a status line', async () => {
    const letter = {...reader, textType: 'letter'}
    expect(actuals(await lintSv('Beslutet kan överklagas till förvaltningsrätten.', plugin, letter))).toEqual(['överklagas'])
    expect(actuals(await lintSv('Bokningen har ändrats.', plugin, letter))).toEqual(['ändrats'])
    expect(actuals(await lintSv('Annonsen har publicerats på webbplatsen i dag.', plugin, letter))).toEqual(['publicerats'])
    expect(actuals(await lintSv('Annonsen har skapats.', plugin, letter))).toEqual([])
    expect(actuals(await lintSv('Annonsen har skapats.', plugin, {...reader, textType: 'email'}))).toEqual([])
    expect(actuals(await lintSv('Bokningen har ändrats.', plugin, {textType: 'letter'}))).toEqual([])
    expect(actuals(await lintSv('Beslutet fattades av nämnden.', plugin, letter))).toEqual([])
    expect(actuals(await lintSv('Texten visas på sidan för alla besökare.', plugin, letter))).toEqual([])
  })

  it('skips forms in `ignore`', async () => {
    const text = 'Ansökan skickas och du blir kontaktad.'
    expect(actuals(await lintSv(text, plugin, {...reader, ignore: ['Skickas']}))).toEqual(['blir kontaktad'])
    expect(actuals(await lintSv(text, plugin, {...reader, ignore: ['Skickas', 'kontaktad']}))).toEqual([])
    const double = 'Det föreslås inrättas en ny nämnd.'
    expect(actuals(await lintSv(double, plugin, {ignore: ['föreslås']}))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('passive-voice', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
