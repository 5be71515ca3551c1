import {describe, expect, it} from 'vitest'
import {SpellingChecker} from './checker.js'
import {findMisspellings, misspellingsAmong, suspectWords, type TextNode} from './document.js'
import type {Speller} from './speller.js'

const known = new Set(['vi', 'bor', 'i', 'har', 'en', 'skola', 'kommunen', 'bygglov', 'ansökan', 'det'])
const speller: Speller = {
  language: 'sv',
  lookups: 0,
  correct: (word) => known.has(word.toLowerCase()),
  suggest: () => [],
  addWords: () => {}
}

/** A paragraph of sentences, words separated by spaces, with positions on line 1. */
function paragraph(...sentences: string[]): TextNode {
  let column = 1
  const children: TextNode[] = []
  for (const sentence of sentences) {
    const words: TextNode[] = []
    for (const word of sentence.split(' ')) {
      const position = {start: {line: 1, column, offset: column - 1}, end: {line: 1, column: column + word.length, offset: column - 1 + word.length}}
      words.push(/^\p{P}+$/u.test(word) ? {type: 'PunctuationNode', value: word, position} : {type: 'WordNode', children: [{type: 'TextNode', value: word}], position})
      words.push({type: 'WhiteSpaceNode', value: ' '})
      column += word.length + 1
    }
    children.push({type: 'SentenceNode', children: words})
  }
  return {type: 'RootNode', children: [{type: 'ParagraphNode', children}]}
}

const check = () => new SpellingChecker(speller, {})

describe('findMisspellings', () => {
  it('reports unknown words with their position', () => {
    const [found, ...rest] = findMisspellings(paragraph('vi har en skolla'), check())
    expect(rest).toEqual([])
    expect(found?.actual).toBe('skolla')
    expect(found?.position?.start).toEqual({line: 1, column: 11, offset: 10})
  })

  it('takes a capitalised unknown word inside a sentence as a name', () => {
    expect(findMisspellings(paragraph('vi bor i Njurunda'), check())).toEqual([])
  })

  it('reports a capitalised unknown first word, unless it is used as a name elsewhere', () => {
    expect(findMisspellings(paragraph('Kommunnen har en skola'), check()).map((m) => m.actual)).toEqual(['Kommunnen'])
    expect(findMisspellings(paragraph('Njurunda har en skola', 'vi bor i Njurunda'), check())).toEqual([])
  })

  it('points at the wrong part of a hyphenated word', () => {
    const [found] = findMisspellings(paragraph('det bygglov-ansökkan'), check())
    expect(found?.actual).toBe('ansökkan')
    expect(found?.position).toEqual({start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 21, offset: 20}})
  })

  it('skips nodes that are not words', () => {
    const tree: TextNode = {
      type: 'RootNode',
      children: [{type: 'SentenceNode', children: [{type: 'SourceNode', value: 'www.njurundaa.se'}]}]
    }
    expect(findMisspellings(tree, check())).toEqual([])
  })

  it('finds the same misspellings from the suspects of a checker that accepts fewer words', () => {
    const tree = paragraph('vi har en feedback', 'Skolla har en skola', 'vi bor i Njurunda')
    const english: Speller = {...speller, language: 'en', correct: (word) => word === 'feedback'}
    const swedishOnly = check()
    const withEnglish = new SpellingChecker(speller, {alsoAccept: english})

    const suspects = suspectWords(tree, swedishOnly)
    expect(suspects.suspects.map(({text, first}) => [text, first])).toEqual([['feedback', false], ['Skolla', true], ['Njurunda', false]])
    expect(misspellingsAmong(suspects, swedishOnly)).toEqual(findMisspellings(tree, swedishOnly))
    expect(misspellingsAmong(suspects, swedishOnly).map((m) => m.actual)).toEqual(['feedback', 'Skolla'])
    expect(misspellingsAmong(suspects, withEnglish)).toEqual(findMisspellings(tree, withEnglish))
    expect(misspellingsAmong(suspects, withEnglish).map((m) => m.actual)).toEqual(['Skolla'])
  })

  it('skips passages mostly in another language, judging short sentences by their paragraph', () => {
    expect(findMisspellings(paragraph('lue lisää kaupungin palveluista'), check())).toEqual([])
    expect(findMisspellings(paragraph('lue lisää kaupungin palveluista', 'sivu'), check())).toEqual([])
    expect(findMisspellings(paragraph('vi har en skolla', 'sivu'), check()).map((m) => m.actual)).toEqual(['skolla', 'sivu'])
    // Three of four words unknown: skipped; two of four: checked.
    expect(findMisspellings(paragraph('vi tyko mulla sivu'), check())).toEqual([])
    expect(findMisspellings(paragraph('vi har mulla sivu'), check()).map((m) => m.actual)).toEqual(['mulla', 'sivu'])
  })

  it('skips words inside template tags', () => {
    const words = (text: string) => findMisspellings(paragraph(text), check()).map((m) => m.actual)
    expect(words('vi har {{ skolla }} en skola')).toEqual([])
    expect(words('vi har {% skolla %} en sklola')).toEqual(['sklola'])
    // A lone brace, or two apart, opens nothing.
    expect(words('vi har { skolla } en skola')).toEqual(['skolla'])
    expect(words('vi har { { skolla } } en skola')).toEqual(['skolla'])
  })

  it('skips the targets of code links and anchors, and a speaker before a colon', () => {
    // Tokens as the parser gives them: marks split off, no white space inside `{@link`.
    const node = (value: string): TextNode =>
      value === ' '
        ? {type: 'WhiteSpaceNode', value}
        : /^[\p{L}]+$/u.test(value)
          ? {type: 'WordNode', children: [{type: 'TextNode', value}]}
          : {type: 'PunctuationNode', value}
    const sentence = (...tokens: string[]): TextNode => ({type: 'RootNode', children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: tokens.map(node)}]}]})
    const words = (tree: TextNode) => findMisspellings(tree, check()).map((m) => m.actual)
    expect(words(sentence('vi', ' ', 'har', ' ', '{', '@', 'link', ' ', 'skolla', '#', 'anvandning', ' ', 'skola', '}'))).toEqual([])
    // The link text after the target is prose.
    expect(words(sentence('{', '@', 'link', ' ', 'skolla', ' ', 'sklola', '}'))).toEqual(['sklola'])
    expect(words(sentence('vi', ' ', 'har', ' ', 'skolla', '#', 'anvandning'))).toEqual(['skolla'])
    expect(words(sentence('Öystein', ':', ' ', 'vi', ' ', 'har', ' ', 'en', ' ', 'skola'))).toEqual([])
    expect(words(sentence('Skolla', ' ', 'har', ' ', 'en', ' ', 'skola'))).toEqual(['Skolla'])
  })

  it('collects the words the text spells right, lower case, from four letters', () => {
    expect([...suspectWords(paragraph('Kommunen har en skola'), check()).known].sort()).toEqual(['kommunen', 'skola'])
  })
})
