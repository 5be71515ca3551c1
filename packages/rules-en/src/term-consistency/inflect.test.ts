import {describe, expect, it} from 'vitest'
import {loadTermData} from './data.js'
import {pluralOf, possessiveOf, termForm, termParts} from './inflect.js'

const data = loadTermData()

describe('term-consistency (English): noun forms', () => {
  it.each([
    ['citizen', 'citizens'],
    ['nanny', 'nannies'],
    ['day', 'days'],
    ['tax', 'taxes'],
    ['church', 'churches'],
    ['child', 'children'],
    ['schoolchild', 'schoolchildren'],
    ['Person', 'People'],
    ['staff', 'staff']
  ])('makes the plural of %j', (singular, plural) => {
    expect(pluralOf(singular, data)).toBe(plural)
  })

  it('makes possessives in the apostrophe given', () => {
    expect(possessiveOf('resident', false, "'")).toBe("resident's")
    expect(possessiveOf('residents', true, '’')).toBe('residents’')
    expect(possessiveOf('children', true, "'")).toBe("children's")
  })

  it('inflects the head of a multi-word term and puts the possessive on its last word', () => {
    const parts = termParts('head of service', data)
    expect(termForm(parts, 1, "'", data)).toBe('heads of service')
    expect(termForm(parts, 2, "'", data)).toBe("head of service's")
    expect(termForm(termParts('care home', data), 3, "'", data)).toBe("care homes'")
  })
})
