import {describe, expect, it} from 'vitest'
import {loadSpeller} from './index.js'

describe('loadSpeller', () => {
  it('shares one speller per language between concurrent callers', async () => {
    const [first, second] = await Promise.all([loadSpeller('sv'), loadSpeller('sv')])
    expect(first).toBe(second)
    expect(await loadSpeller('sv')).toBe(first)
    expect(await loadSpeller('en')).not.toBe(first)
  })

  it('rejects a language without a dictionary', async () => {
    await expect(loadSpeller('fi' as 'sv')).rejects.toThrow(/No dictionary/)
  })

  it('leaves no uncaughtException listener behind (the Emscripten runtime adds one that rethrows)', async () => {
    await loadSpeller('sv')
    const sources = process.listeners('uncaughtException').map(String)
    expect(sources.some((source) => source.includes('ExitStatus'))).toBe(false)
  })
})

describe('Swedish speller', () => {
  it('accepts compounds the dictionary builds from its parts', async () => {
    const speller = await loadSpeller('sv')
    for (const word of ['bygglovshandläggare', 'hemtjänstinsatser', 'ärendenummer', 'kommunens', 'Sundsvall']) {
      expect(speller.correct(word), word).toBe(true)
    }
  })

  it('rejects misspellings and suggests the right word', async () => {
    const speller = await loadSpeller('sv')
    expect(speller.correct('kommunn')).toBe(false)
    expect(speller.suggest('kommunn')).toContain('kommunen')
    expect(speller.suggest('vårdnadshavre')[0]).toBe('vårdnadshavare')
    expect(speller.suggest('kommunen')).toEqual([])
  })

  it('sends each distinct word to Hunspell once', async () => {
    const speller = await loadSpeller('sv')
    const before = speller.lookups
    for (let round = 0; round < 1000; round++) {
      speller.correct('förskoleklassen')
      speller.correct('förskoleklasen')
    }
    expect(speller.lookups - before).toBe(2)
  })

  it('accepts added words, also after they were looked up', async () => {
    const speller = await loadSpeller('sv')
    expect(speller.correct('Zwoqby')).toBe(false)
    speller.addWords(['Zwoqby', ' '])
    expect(speller.correct('Zwoqby')).toBe(true)
  })
})

describe('English speller', () => {
  it('accepts British and American spelling', async () => {
    const speller = await loadSpeller('en')
    for (const word of ['colour', 'color', 'organisation', 'organization', 'licence', "council's", 'well-being']) {
      expect(speller.correct(word), word).toBe(true)
    }
  })

  it('rejects misspellings and suggests the right word', async () => {
    const speller = await loadSpeller('en')
    expect(speller.correct('recieve')).toBe(false)
    expect(speller.suggest('recieve')[0]).toBe('receive')
  })
})
