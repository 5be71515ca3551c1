import {describe, expect, it} from 'vitest'
import {hbs, templateOf} from './testing.js'
import {validateData} from './validate.js'

const template = templateOf(
  hbs(
    `
id: mall
kind: custom
language: sv
title: Test
variables:
  recipientName: { type: string }
  caseNumber: { type: string, required: true }
  expectedDecision: { type: date, required: true }
  opens: { type: time }
  fee: { type: money }
  paid: { type: boolean }
  site: { type: url }
  contact: { type: contact, required: true }
  hours: { type: hours }
  documents: { type: list, items: string }
samples:
  - { caseNumber: A 1, expectedDecision: 2026-12-15, contact: { email: a@exempel.se } }
`,
    '{{recipientName}} {{caseNumber}} {{expectedDecision}} {{opens}} {{fee}} {{paid}} {{site}} {{contact.email}} {{hours}} {{documents}}'
  )
)

describe('validateData', () => {
  it('accepts valid data', () => {
    expect(validateData(template, {caseNumber: 'BN 2026/1', expectedDecision: '2026-12-15', contact: {phone: '08-123 45 67'}, hours: [{days: 'måndag', opens: '08:00', closes: '16:00'}], documents: ['ritning']})).toEqual([])
  })

  it('lists every problem at once: missing, wrong type, no way to reach, unknown field with a suggestion', () => {
    const problems = validateData(template, {
      recpientName: 'Kim',
      expectedDecision: '15/12/2026',
      opens: '8',
      fee: '1 250 kr',
      paid: 'ja',
      site: 'exempel.se',
      contact: {name: 'Alex Berg', mail: 'alex@exempel.se'},
      hours: [{days: 'måndag', opens: '08:00'}],
      documents: ['ritning', {name: 'plan'}]
    })
    expect(problems.map((problem) => [problem.field, problem.problem])).toEqual([
      ['caseNumber', 'missing'],
      ['expectedDecision', 'type'],
      ['opens', 'type'],
      ['fee', 'type'],
      ['paid', 'type'],
      ['site', 'type'],
      ['contact.mail', 'unknown'],
      ['contact', 'contact'],
      ['hours[0].closes', 'missing'],
      ['documents[1]', 'type'],
      ['recpientName', 'unknown']
    ])
    const byField = Object.fromEntries(problems.map((problem) => [problem.field, problem]))
    expect(byField.expectedDecision).toMatchObject({expected: 'a date as YYYY-MM-DD, for example 2026-12-15', given: '"15/12/2026"'})
    expect(byField.expectedDecision!.message.sv).toBe('expectedDecision: väntade ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15, fick "15/12/2026"')
    expect(byField.recpientName).toMatchObject({suggestion: 'recipientName'})
    expect(byField.recpientName!.message.en).toBe('recpientName: unknown field; did you mean “recipientName”?')
    expect(byField['contact.mail']!.suggestion).toBe('email')
    expect(byField.contact!.message.sv).toMatch(/kontakten behöver ett sätt att nå någon/)
  })

  it('refuses calendar dates that do not exist', () => {
    const problems = validateData(template, {caseNumber: 'A', expectedDecision: '2026-02-30', contact: {email: 'a@exempel.se'}})
    expect(problems.map((problem) => problem.field)).toEqual(['expectedDecision'])
  })

  it('treats an empty required value as missing and an empty optional value as absent', () => {
    const problems = validateData(template, {caseNumber: '', recipientName: null, expectedDecision: '2026-12-15', contact: {email: 'a@exempel.se'}})
    expect(problems.map((problem) => [problem.field, problem.problem])).toEqual([['caseNumber', 'missing']])
  })

  it('refuses data that is not an object', () => {
    expect(validateData(template, ['a'])[0]).toMatchObject({field: '', problem: 'type'})
  })
})
