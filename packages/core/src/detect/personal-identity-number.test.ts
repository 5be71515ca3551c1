import {describe, expect, it} from 'vitest'
import {findIdentityNumbers, luhnValid, parseIdentityNumber} from './personal-identity-number.js'
import {positionedText} from './text-positions.js'
import {identityNumbersInTree} from './tree-scan.js'

// All numbers here are made up for the tests: birth numbers in the 980–999 series with a check digit computed by
// `luhnValid`, or people born in the 1880s. None is taken from a real document.
const today = new Date(2026, 5, 1)
const values = (text: string) => findIdentityNumbers(text, {today}).map((match) => match.value)

describe('luhnValid', () => {
  it('accepts the right check digit and rejects every other one', () => {
    expect(luhnValid('8112189876')).toBe(true)
    for (const digit of '012345789') expect(luhnValid('811218987' + digit)).toBe(false)
  })

  it('rejects non-digits', () => {
    expect(luhnValid('81121898x6')).toBe(false)
  })
})

describe('parseIdentityNumber', () => {
  it('reads every written form of the same number', () => {
    for (const form of ['811218-9876', '8112189876', '19811218-9876', '198112189876']) {
      expect(parseIdentityNumber(form, {today})?.birthDate).toEqual({year: 1981, month: 12, day: 18})
    }
  })

  it('puts a plus sign a hundred years back', () => {
    expect(parseIdentityNumber('811218+9876', {today})?.birthDate.year).toBe(1881)
  })

  it('resolves two-digit years to the latest year that is not in the future', () => {
    expect(parseIdentityNumber('050101-9822', {today})?.birthDate.year).toBe(2005)
    expect(parseIdentityNumber('460706-9855', {today})?.birthDate.year).toBe(1946)
  })

  it('recognises coordination numbers (day + 60)', () => {
    expect(parseIdentityNumber('811278-9873', {today})).toMatchObject({
      kind: 'samordningsnummer',
      birthDate: {year: 1981, month: 12, day: 18}
    })
  })

  it('checks that the date exists', () => {
    expect(parseIdentityNumber('000229-9840', {today})?.birthDate).toEqual({year: 2000, month: 2, day: 29})
    expect(parseIdentityNumber('010229-9849', {today})).toBeUndefined()
    // Check digits below are right, so only the date can fail.
    expect(parseIdentityNumber('811232-9878', {today})).toBeUndefined()
    expect(parseIdentityNumber('811292-9875', {today})).toBeUndefined()
    expect(parseIdentityNumber('811300-9875', {today})).toBeUndefined()
  })

  it('rejects organisation numbers, wrong check digits and future births', () => {
    expect(parseIdentityNumber('556123-4567', {today})).toBeUndefined()
    expect(parseIdentityNumber('212000-1355', {today})).toBeUndefined()
    expect(parseIdentityNumber('811218-9875', {today})).toBeUndefined()
    expect(parseIdentityNumber('20301218-9878', {today})).toBeUndefined()
    expect(parseIdentityNumber('301218-9878', {today})?.birthDate.year).toBe(1930)
  })
})

describe('findIdentityNumbers', () => {
  it('returns offsets of each number', () => {
    const text = 'Sökande: 811218-9876, ombud 19460706-9855.'
    const found = findIdentityNumbers(text, {today})
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(['811218-9876', '19460706-9855'])
  })

  it('finds numbers without separator', () => {
    expect(values('Ange 8112189876 eller 198112189876 i fältet.')).toEqual(['8112189876', '198112189876'])
  })

  it('leaves other numbers alone', () => {
    const text = [
      'Organisationsnummer 212000-1355 och 556123-4567.',
      'Ring 08-123 45 67, 070-123 45 67 eller 0771-123 456.',
      'Bankgiro 123-4567 och 5050-1055, plusgiro 12 34 56-7.',
      'Ärende KS 2026/1234, Dnr 2026-001234, datum 2026-11-23.',
      'Fel kontrollsiffra: 811218-9875.'
    ].join(' ')
    expect(values(text)).toEqual([])
  })

  it('does not cut a number out of a longer digit string', () => {
    expect(values('Referens 12811218-98761 och 1811218-9876.')).toEqual([])
  })

  it('skips ten digits after a phone cue', () => {
    expect(values('Telefon: 0501019822')).toEqual([])
    expect(values('Barnets personnummer: 0501019822')).toEqual(['0501019822'])
  })
})

describe('positionedText', () => {
  it('maps offsets back through leaves that are not contiguous', () => {
    // Two words taken from different places in a source, as Markdown emphasis would leave them.
    const at = (line: number, column: number, offset: number) => ({line, column, offset})
    const tree = {
      type: 'SentenceNode',
      children: [
        {type: 'WordNode', children: [{type: 'TextNode', value: 'ab', position: {start: at(1, 3, 2), end: at(1, 5, 4)}}]},
        {type: 'TextNode', value: 'cd', position: {start: at(2, 1, 10), end: at(2, 3, 12)}}
      ]
    }
    const positioned = positionedText(tree)
    expect(positioned.text).toBe('abcd')
    expect(positioned.startPoint(1)).toEqual({line: 1, column: 4, offset: 3})
    expect(positioned.endPoint(2)).toEqual({line: 1, column: 5, offset: 4})
    expect(positioned.startPoint(2)).toEqual({line: 2, column: 1, offset: 10})
    expect(positioned.endPoint(4)).toEqual({line: 2, column: 3, offset: 12})
  })
})

describe('identityNumbersInTree', () => {
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const leaf = (type: string, value: string, at: number) => ({
    type,
    value,
    position: {start: point(at), end: point(at + value.length)}
  })
  // `Nr 811218+9876.` as a parser splits it: the number is three tokens.
  const sentence = {
    type: 'SentenceNode',
    children: [
      {type: 'WordNode', children: [leaf('TextNode', 'Nr', 0)]},
      leaf('WhiteSpaceNode', ' ', 2),
      {type: 'WordNode', children: [leaf('TextNode', '811218', 3)]},
      leaf('SymbolNode', '+', 9),
      {type: 'WordNode', children: [leaf('TextNode', '9876', 10)]},
      leaf('PunctuationNode', '.', 14)
    ]
  }

  it('finds a number split over tokens in a paragraph', () => {
    const tree = {type: 'RootNode', children: [{type: 'ParagraphNode', children: [sentence]}]}
    const [found, ...rest] = identityNumbersInTree(tree, {today})
    expect(rest).toEqual([])
    expect(found?.match.value).toBe('811218+9876')
    expect(found?.position).toEqual({start: point(3), end: point(14)})
  })

  it('also scans sentences outside a paragraph, once', () => {
    const tree = {type: 'RootNode', children: [sentence]}
    expect(identityNumbersInTree(tree, {today}).map((found) => found.match.value)).toEqual(['811218+9876'])
  })
})
