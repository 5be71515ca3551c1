import {describe, expect, it} from 'vitest'
import type {Sentence} from 'nlcst'
import {loadEvaluationSet, sentencesIn} from '@klarsprak/core'
import {SwedishTextParser} from '../parser/index.js'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {findPassives} from './detect.js'
import plugin, {isPassiveSentence} from './index.js'

function firstSentence(text: string): Sentence {
  const paragraph = new SwedishTextParser().parse(text).children.find((node) => node.type === 'ParagraphNode')
  const sentence = paragraph?.children.find((node) => node.type === 'SentenceNode')
  if (!sentence) throw new Error('no sentence in ' + text)
  return sentence
}

describe('passive-voice', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintSv('Ansökan skickas till nämnden.', plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'passive-voice',
      source: 'klarsprak',
      reason: 'Passiv form ”skickas”: skriv gärna ut vem som gör det.',
      line: 1,
      column: 9,
      actual: 'skickas',
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 16}})
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('§ 1.3.3')
  })

  it('reports a bli-passive as one span', async () => {
    const [message] = await lintSv('Du blir kontaktad av oss.', plugin)
    expect(message).toMatchObject({
      reason: 'Passiv form ”blir kontaktad”: skriv gärna ut vem som gör det.',
      column: 4,
      actual: 'blir kontaktad'
    })
    expect(message?.place).toMatchObject({end: {line: 1, column: 18}})
  })

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
  ])('flags %j', async (text, expected) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([expected])
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
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('flags every passive in a double passive', async () => {
    expect(actuals(await lintSv('Det föreslås inrättas en ny nämnd.', plugin))).toEqual(['föreslås', 'inrättas'])
  })

  it('skips forms in `ignore`', async () => {
    const text = 'Ansökan skickas och du blir kontaktad.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['skickas', 'blir kontaktad'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['Skickas', 'kontaktad']}))).toEqual([])
  })

  it('tells whether a sentence is passive', () => {
    expect(isPassiveSentence(firstSentence('Beslutet skickas i dag.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('Du blir kontaktad.'))).toBe(true)
    expect(isPassiveSentence(firstSentence('Vi skickar beslutet i dag.'))).toBe(false)
    expect(isPassiveSentence(firstSentence('Vi hoppas att det finns plats.'))).toBe(false)
  })

  it('tells a passive sentence exactly when the rule finds a passive in it', () => {
    const texts = loadEvaluationSet(new URL('../../eval/passive-voice.yml', import.meta.url)).cases.map((item) => item.text)
    let passive = 0
    for (const sentence of texts.flatMap((text) => sentencesIn(new SwedishTextParser().parse(text)))) {
      const found = findPassives(sentence).length > 0
      expect(isPassiveSentence(sentence), JSON.stringify(sentence.position)).toBe(found)
      if (found) passive++
    }
    expect(passive).toBeGreaterThan(20)
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('passive-voice', plugin)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
