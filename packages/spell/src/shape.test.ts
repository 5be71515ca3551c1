import {describe, expect, it} from 'vitest'
import {isNonWord, letterCase} from './shape.js'

describe('letterCase', () => {
  it.each([
    ['kommun', 'lower'],
    ['Kommun', 'capitalised'],
    ['Östersund', 'capitalised'],
    ['LSS', 'upper'],
    ['BankID', 'mixed'],
    ['eID', 'mixed'],
    ['123', 'none']
  ])('%s is %s', (word, shape) => {
    expect(letterCase(word)).toBe(shape)
  })
})

describe('isNonWord', () => {
  it.each(['08-123', '2026', '3:e', '1:a', 'covid-19', 't.ex', 'm.m.', 's.k.', 'e.g.', 'SFI', 'EU', 'AB:s', 'SMS:a', 'x', 'Å', 'brister_pa_webbplatsen'])(
    '%s is skipped',
    (word) => {
      expect(isNonWord(word)).toBe(true)
    }
  )

  it.each(['kommunn', 'Kommunen', 'LSS-handläggare', 'BankID', 'e-tjänst', 'ok'])('%s is checked', (word) => {
    expect(isNonWord(word)).toBe(false)
  })
})
