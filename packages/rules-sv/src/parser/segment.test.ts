import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {SwedishParser, SwedishTextParser} from './index.js'

function sentences(text: string, Parser = SwedishParser): string[] {
  const tree: Root = new Parser().parse(text)
  const found: string[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') found.push(toString(child))
  }
  return found
}

describe('Swedish sentence segmentation', () => {
  // Each case is one that plain ParseLatin gets wrong.
  it.each([
    ['clock time after kl.', 'Vi har öppet kl. 8.00 till 16.00 på vardagar.'],
    ['phone number after tel.', 'Ring tel. 08-123 45 67 om du har frågor.'],
    ['abbreviated month before a year', 'Beslutet fattades den 23 nov. 2026 av nämnden.'],
    ['law reference', 'Enligt 3 kap. 5 § socialtjänstlagen har du rätt till stöd.'],
    ['nr before a number', 'Det gäller ärende nr 5 på dagordningen.'],
    ['fr.o.m. before a year', 'Reglerna gäller fr.o.m. 2026 och framåt.'],
    ['t.ex. and bl.a. inside a sentence', 'Du kan t.ex. söka bidrag, bl.a. för hyra.'],
    ['ca. before a number', 'Handläggningen tar ca. 8 veckor.'],
    ['initials', 'Handläggare är K.A. Berg på enheten.'],
    ['ordinal before a small letter', 'Mötet hålls den 3. maj i stora salen.']
  ])('keeps one sentence: %s', (_, text) => {
    expect(sentences(text)).toEqual([text])
  })

  it('breaks after a number that ends a sentence', () => {
    expect(sentences('Avgiften är 350. Kontakta oss om du har frågor.')).toEqual([
      'Avgiften är 350.',
      'Kontakta oss om du har frågor.'
    ])
  })

  it('breaks after m.m. before a capital letter', () => {
    expect(sentences('Du kan söka bidrag för hyra, el m.m. Kontakta handläggaren.')).toEqual([
      'Du kan söka bidrag för hyra, el m.m.',
      'Kontakta handläggaren.'
    ])
  })

  it('does not break after m.m. before a small letter', () => {
    const text = 'Hyra, el m.m. ingår i beräkningen.'
    expect(sentences(text)).toEqual([text])
  })

  it('breaks after osv. and etc. before a capital letter', () => {
    expect(sentences('Ta med id-kort, intyg osv. Vi ses på mötet.')).toHaveLength(2)
    expect(sentences('Papper, pennor etc. Allt finns i förrådet.')).toHaveLength(2)
  })

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(sentences('Hon sa ”Välkommen!” sedan gick hon. (Se bilagan.) Tack.')).toEqual([
      'Hon sa ”Välkommen!” sedan gick hon.',
      '(Se bilagan.)',
      'Tack.'
    ])
  })

  it('breaks at question and exclamation marks', () => {
    expect(sentences('Har du frågor? Ring oss! Vi svarar gärna.')).toEqual(['Har du frågor?', 'Ring oss!', 'Vi svarar gärna.'])
  })

  it('keeps URLs and e-mail addresses whole, as sources', () => {
    const tree = new SwedishParser().parse('Läs mer på www.kommun.se/bygglov. Mejla bygglov@kommun.se. Tack.')
    const found = sentences('Läs mer på www.kommun.se/bygglov. Mejla bygglov@kommun.se. Tack.')
    expect(found).toEqual(['Läs mer på www.kommun.se/bygglov.', 'Mejla bygglov@kommun.se.', 'Tack.'])
    const sources: string[] = []
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        for (const node of sentence.children) if (node.type === 'SourceNode') sources.push(node.value)
      }
    }
    expect(sources).toEqual(['www.kommun.se/bygglov', 'bygglov@kommun.se'])
  })

  it('handles abbreviation-heavy text of the kind municipal letters use', () => {
    const text =
      'Enl. 4 kap. 1 § SoL har du rätt till bistånd fr.o.m. 1 jan. 2027 t.o.m. 30 juni 2027. ' +
      'Ansök t.ex. via e-tjänsten, dvs. på webben, senast kl. 16.00 den 15 dec. ' +
      'Ring tfn. 08-123 45 67 mån.–fre. kl. 9–12, ca. 10 min. väntetid. ' +
      'Handlingarna (intyg, kvitton m.m.) skickas till Box 123, 123 45 Staden. Välkommen!'
    expect(sentences(text)).toEqual([
      'Enl. 4 kap. 1 § SoL har du rätt till bistånd fr.o.m. 1 jan. 2027 t.o.m. 30 juni 2027.',
      'Ansök t.ex. via e-tjänsten, dvs. på webben, senast kl. 16.00 den 15 dec.',
      'Ring tfn. 08-123 45 67 mån.–fre. kl. 9–12, ca. 10 min. väntetid.',
      'Handlingarna (intyg, kvitton m.m.) skickas till Box 123, 123 45 Staden.',
      'Välkommen!'
    ])
  })

  it('gives each sentence its exact position', () => {
    const tree = new SwedishParser().parse('Första meningen. Andra meningen.')
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('ParagraphNode')
    const [first, , second] = (paragraph as {children: Array<{position?: {start: {offset?: number}; end: {offset?: number}}}>}).children
    expect(first?.position?.start.offset).toBe(0)
    expect(first?.position?.end.offset).toBe(16)
    expect(second?.position?.start.offset).toBe(17)
    expect(second?.position?.end.offset).toBe(32)
  })

  it('breaks at blank lines', () => {
    expect(sentences('Rubrik utan punkt\n\nFörsta stycket börjar här.')).toEqual(['Rubrik utan punkt', 'Första stycket börjar här.'])
  })

  it('breaks plain-text lines that start with a capital, digit or bullet, but not wrapped lines', () => {
    const text = 'Hej Anna,\nTack för ditt brev.\n- Ansökan\n- Intyg\nVi behöver ditt svar\nsenast i maj.'
    expect(sentences(text, SwedishTextParser)).toEqual([
      'Hej Anna,',
      'Tack för ditt brev.',
      '- Ansökan',
      '- Intyg',
      'Vi behöver ditt svar\nsenast i maj.'
    ])
  })
})
