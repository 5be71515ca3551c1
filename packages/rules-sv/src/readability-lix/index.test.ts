import {describe, expect, it} from 'vitest'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import plugin from './index.js'

// LIX values below were counted by hand: words / sentences + 100 × words of more than six letters / words.
// The whole-text finding needs 200 words of running text, so the tests repeat short made-up paragraphs: a text
// repeated has the same LIX as the text once.

/** `text` `count` times in one paragraph. */
const times = (text: string, count: number) => Array.from({length: count}, () => text).join(' ')

/** 50 words, 3 sentences, 22 long words: LIX 60,7. */
const dense =
  'Socialnämnden har vid sitt sammanträde beslutat att avslå ansökan om ekonomiskt bistånd avseende kostnader för tandvård, eftersom sökanden inte bedöms sakna förmåga att tillgodose behovet på annat sätt. Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha inkommit till socialnämnden inom tre veckor från den dag sökanden fick del av beslutet.'
/** 45 words, 7 sentences, 7 long words: LIX 22,0. */
const easy =
  'Du kan låna böcker på alla bibliotek i kommunen. Det är gratis. Du behöver ett lånekort. Ta med legitimation när du kommer första gången. Vi hjälper dig att hitta det du söker. Du kan låna upp till tio böcker åt gången. Lånetiden är fyra veckor.'
/** 44 words, 4 sentences, 8 long words: LIX 29,2. */
const plain =
  'Om ditt barn behöver särskilt stöd i skolan ska rektorn se till att behovet utreds. Skolan gör ett åtgärdsprogram tillsammans med dig och ditt barn. Programmet beskriver vilka behov barnet har och hur skolan ska möta dem. Du kan alltid be om ett möte.'
/** 42 words, 5 sentences, 13 long words: LIX 39,4, just under the web limit. */
const justUnder =
  'Kommunen har tagit fram en ny klimatstrategi. Den beskriver hur vi ska minska utsläppen av växthusgaser fram till år 2030. Strategin omfattar bland annat transporter, energianvändning och upphandling. Du kan läsa hela strategin på webbplatsen. Lämna gärna synpunkter senast den 1 juni.'
/** 44 words, 5 sentences, 14 long words: LIX 40,6, just over the web limit. */
const justOver =
  'Kommunen har tagit fram en ny klimatstrategi. Den beskriver hur vi ska minska utsläppen av växthusgaser fram till år 2030. Strategin omfattar bland annat transporter, energianvändning och upphandling. Du kan läsa hela strategin på webbplatsen. Lämna gärna synpunkter till kommunstyrelsen senast den 1 juni.'
/** 45 words, 5 sentences, 16 long words: LIX 44,6, just under the web limit plus 5. */
const withinMargin =
  'Nämnden har beslutat om nya riktlinjer för serveringstillstånd. Riktlinjerna beskriver hur kommunen bedömer ansökningar och vilka krav som ställs på restaurangerna. Syftet är att minska skadorna av alkohol och skapa trygga miljöer i centrum. Du hittar riktlinjerna på webbplatsen. Ring oss om du har frågor.'
/** 46 words, 5 sentences, 18 long words: LIX 48,3: over 40 + 5, under 40 + 15. */
const middling =
  'Nämnden har beslutat om nya riktlinjer för serveringstillstånd. Riktlinjerna beskriver hur kommunen bedömer ansökningar och vilka krav som ställs på restaurangerna. Syftet är att minska skadorna av alkohol och skapa trygga miljöer i centrum. Du hittar riktlinjerna på webbplatsen. Kontakta gärna tillståndsenheten om du har frågor.'
/** 39 words, 4 sentences, 16 long words: LIX 50,8. */
const short =
  'Nämnden har beslutat om nya riktlinjer för serveringstillstånd. Riktlinjerna beskriver hur kommunen bedömer ansökningar och vilka krav som ställs på restaurangerna. Syftet är att minska skadorna av alkohol och skapa trygga miljöer i centrum. Du hittar riktlinjerna på webbplatsen.'
/** 34 words in 2 sentences, 10 long words: LIX 46,4. Split at every `kl.` and `tel.` it would be 5 sentences and 36,2. */
const abbreviated =
  'Besöksmottagningen är öppen mån–fre kl. 8.00–16.30 för allmänhetens frågor avseende detaljplanering, bygglovsansökningar och lantmäteriförrättningar. Telefontiden är kl. 9.00–11.00 och handläggarna nås via växeln på tel. 0771-12 34 56 under ordinarie kontorstid.'
/** 52 words, 7 sentences, 4 long words: LIX 15,1. */
const easyParagraph =
  'Vi hämtar ditt grovavfall om du bokar en tid. Boka senast två dagar innan. Det kostar 300 kr per gång. Du kan lämna högst fem saker, t.ex. möbler, cyklar eller lampor. Ställ sakerna vid vägen på morgonen. Vi kommer mellan kl. 7 och 16. Du behöver inte vara hemma när vi kommer.'
/** 50 words, 2 sentences, 23 long words: LIX 71,0. */
const twoSentences =
  'Förvaltningen förbehåller sig rätten att neka hämtning av föremål som inte uppfyller gällande krav avseende vikt och storlek, och föremål som placerats på annan plats än den överenskomna hämtas inte heller. Miljöfarligt avfall omhändertas uteslutande vid återvinningscentralens mottagningsstation, inkl. elektronikavfall och kemikalier, och avlämnas personligen av fastighetsinnehavaren under ordinarie öppettider.'
/**
 * Three easy paragraphs (156 words, LIX 15,1) and one dense paragraph of 50 words in 3 sentences (LIX 60,7):
 * 206 words, LIX 29,5 for the whole text.
 */
const mixed = `${easyParagraph}\n\n${easyParagraph}\n\n${easyParagraph}\n\n${dense}`

const reasons = async (text: string, options?: Record<string, unknown>) =>
  (await lintSv(text, plugin, options)).map((message) => message.reason)

const textReason = (lix: string, aim = '40 som är målet för webbtext') =>
  `Texten har LIX ${lix}, långt över ${aim}: skriv kortare meningar och byt långa ord mot kortare.`

describe('readability-lix', () => {
  it('reports a complete message for the whole text', async () => {
    const [message, ...rest] = await lintSv(times(dense, 4), plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'readability-lix',
      source: 'klarsprak',
      reason: textReason('60,7'),
      line: 1,
      column: 1,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/readability-lix.md'
    })
    expect(message?.actual).toBeUndefined()
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toContain('Björnsson 1968')
    // At the start of the text, on its first sentence (a message with an end, not a point).
    const firstSentence = dense.slice(0, dense.indexOf('. ') + 1)
    expect(message?.place).toMatchObject({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: firstSentence.length + 1, offset: firstSentence.length}})
  })

  it('reports a complete message for a paragraph far above the limit', async () => {
    const [message, ...rest] = await lintSv(mixed, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'readability-lix',
      source: 'klarsprak',
      reason: 'Stycket har LIX 60,7, långt över gränsen 40: dela upp långa meningar och byt långa ord.',
      line: 7,
      column: 1,
      actual: dense,
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/readability-lix.md'
    })
    expect(message?.place).toMatchObject({start: {line: 7, column: 1}, end: {line: 7, column: dense.length + 1}})
  })

  it('flags dense officialese far above the limit (web: 40 + the margin of 15)', async () => {
    expect(await reasons(times(dense, 4))).toEqual([textReason('60,7')])
    expect(await reasons(times(dense, 4), {margin: 20})).toEqual([textReason('60,7')])
    expect(await reasons(times(dense, 4), {margin: 21})).toEqual([])
  })

  it.each([
    ['plain short sentences', times(easy, 5)],
    ['plain text with some long words', times(plain, 5)],
    ['a text just under 40', times(justUnder, 5)],
    ['a text just over 40, within the margin', times(justOver, 5)],
    ['a text just under 40 + 5', times(withinMargin, 5)],
    ['a text of LIX 48,3', times(middling, 5)],
    ['a text of LIX 50,8', times(short, 6)],
    ['a dense text of 195 words, too short for a reliable LIX', times(short, 5)],
    ['a dense text of 50 words', dense],
    ['an easy text with one dense paragraph of two sentences', `${times(easyParagraph, 3)}\n\n${twoSentences}`],
    ['an empty text', '']
  ])('leaves %s alone', async (_, text) => {
    expect(await reasons(text)).toEqual([])
  })

  it('counts abbreviations, clock times and phone numbers inside their sentence', async () => {
    // 46,4 counted right; 36,2 if every `kl.` and `tel.` ended a sentence.
    expect(await reasons(times(abbreviated, 6), {margin: 6})).toEqual([textReason('46,4')])
  })

  it('reports the whole text first, then each dense paragraph', async () => {
    const messages = await lintSv(`${times(dense, 3)}\n\n${dense}`, plugin)
    expect(messages.map((message) => message.reason.slice(0, 20))).toEqual([
      'Texten har LIX 60,7,',
      'Stycket har LIX 60,7',
      'Stycket har LIX 60,7'
    ])
    expect(actuals(messages)).toEqual(['', times(dense, 3), dense])
  })

  it('does not report a paragraph of fewer than three sentences (that is `sentence-length`’s finding)', async () => {
    const oneSentence =
      'Förvaltningen förbehåller sig rätten att neka hämtning av föremål som inte uppfyller gällande krav avseende vikt och storlek, och miljöfarligt avfall omhändertas uteslutande vid återvinningscentralens mottagningsstation, som har öppet på vardagar under ordinarie kontorstid för alla hushåll i kommunen.'
    expect(await reasons(`${times(easyParagraph, 3)}\n\n${oneSentence}`)).toEqual([])
    expect(await reasons(`${times(easyParagraph, 3)}\n\n${twoSentences}`)).toEqual([])
    // The same words as three sentences are reported.
    const threeSentences = twoSentences.replace(', och föremål som', '. Och föremål som')
    expect(actuals(await lintSv(`${times(easyParagraph, 3)}\n\n${threeSentences}`, plugin))).toEqual([threeSentences])
  })

  it('does not report paragraphs in a text shorter than `minWords`', async () => {
    const text = `${easyParagraph}\n\n${easyParagraph}\n\n${dense}`
    expect(await reasons(text)).toEqual([])
    expect(actuals(await lintSv(text, plugin, {minWords: 150}))).toEqual([dense])
  })

  it('uses the text type’s limit plus the margin: web and e-mail 40, letter 45, easy-read 30', async () => {
    for (const textType of ['web', 'email']) {
      expect(await reasons(times(dense, 4), {textType})).toHaveLength(1)
      expect(await reasons(times(short, 6), {textType})).toEqual([])
    }
    expect(await reasons(times(dense, 4), {textType: 'email'})).toEqual([textReason('60,7', '40 som är målet för e-post')])
    expect(await reasons(times(dense, 4), {textType: 'letter'})).toEqual([textReason('60,7', '45 som är målet för brev')])
    expect(await reasons(times(short, 6), {textType: 'letter'})).toEqual([])
    expect(await reasons(times(middling, 5), {textType: 'easy-read'})).toEqual([
      textReason('48,3', '30 som är målet för lättläst text')
    ])
    expect(await reasons(times(justUnder, 5), {textType: 'easy-read'})).toEqual([])
    expect(await reasons(times(justUnder, 5), {textType: 'easy-read', margin: 5})).toEqual([
      textReason('39,4', '30 som är målet för lättläst text')
    ])
  })

  it('accepts a limit through `max`, which wins over the text type', async () => {
    expect(await reasons(times(dense, 4), {max: 46})).toEqual([])
    expect(await reasons(times(dense, 4), {max: 45})).toEqual([textReason('60,7', '45 som är målet för webbtext')])
    expect(await reasons(times(easy, 5), {max: 5})).toEqual([textReason('22,0', '5 som är målet för webbtext')])
    expect(await reasons(times(middling, 5), {textType: 'easy-read', max: 40})).toEqual([])
  })

  it('reports the whole text only when it is more than `margin` above the limit', async () => {
    expect(await reasons(times(justOver, 5))).toEqual([])
    expect(await reasons(times(justOver, 5), {margin: 0})).toEqual([textReason('40,6')])
    expect(await reasons(times(withinMargin, 5), {margin: 5})).toEqual([])
    expect(await reasons(times(withinMargin, 5), {margin: 4})).toEqual([textReason('44,6')])
    expect(await reasons(times(middling, 5), {margin: 5})).toEqual([textReason('48,3')])
    expect(await reasons(times(middling, 5), {margin: 9})).toEqual([])
  })

  it('reports a paragraph only when it is more than `paragraphMargin` above the limit', async () => {
    expect(await reasons(mixed, {paragraphMargin: 21})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {paragraphMargin: 20}))).toEqual([dense])
    expect(await reasons(mixed, {max: 46})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {max: 46, paragraphMargin: 14}))).toEqual([dense])
  })

  it('skips texts shorter than `minWords`', async () => {
    expect(await reasons(times(dense, 4), {minWords: 201})).toEqual([])
    expect(await reasons(times(dense, 4), {minWords: 200})).toEqual([textReason('60,7')])
    expect(await reasons(short, {minWords: 40, margin: 5})).toEqual([])
    expect(await reasons(short, {minWords: 39, margin: 5})).toEqual([textReason('50,8')])
    expect(await reasons('', {minWords: 0})).toEqual([])
  })

  it('skips paragraphs shorter than `minParagraphWords`', async () => {
    expect(await reasons(mixed, {minParagraphWords: 51})).toEqual([])
    expect(actuals(await lintSv(mixed, plugin, {minParagraphWords: 50}))).toEqual([dense])
  })

  it('does not count headings, list items and table cells without a sentence mark', async () => {
    const items = [
      'Ekonomiskt bistånd avseende tandvårdskostnader',
      'Bostadsanpassningsbidrag och parkeringstillstånd',
      'Färdtjänstutredning och riksfärdtjänstansökan'
    ]
    const list = [...items, ...items].join('\n\n')
    const options = {margin: 5}
    // 225 words of running text, LIX 44,6: not above 40 + 5.
    expect(await reasons(`${list}\n\n${times(withinMargin, 5)}`, options)).toEqual([])
    // The same items as sentences are counted: LIX 47,1.
    const sentences = [...items, ...items].map((item) => item + '.').join('\n\n')
    expect(await reasons(`${sentences}\n\n${times(withinMargin, 5)}`, options)).toEqual([textReason('47,1')])
    // Headings do not count towards the 200 words either.
    expect(await reasons(`${list}\n\n${times(short, 5)}`, options)).toEqual([])
  })

  it('does not count quotations', async () => {
    const options = {margin: 5}
    const quotation = `– ${times(dense, 2)}`
    expect(await reasons(`${times(withinMargin, 5)}\n\n${quotation}`, options)).toEqual([])
    // Counted, the dense paragraph lifts the whole text to LIX 48,6 and is reported on its own.
    const prose = `${times(withinMargin, 5)}\n\n${times(dense, 2)}`
    expect(actuals(await lintSv(prose, plugin, options))).toEqual(['', times(dense, 2)])
    expect(await reasons(`– ${times(dense, 4)}`)).toEqual([])
    expect(await reasons(times(dense, 4))).toHaveLength(1)
  })

  it('leaves developer documentation alone (code 5+ times per 1,000 words)', async () => {
    expect(await reasons(`${times(dense, 4)} Se \`bistand.md\` och \`tandvard.md\`.`)).toEqual([])
    expect(await reasons(`${times(dense, 4)} Se bistand.md och tandvard.md.`)).toHaveLength(1)
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateSv('readability-lix', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
