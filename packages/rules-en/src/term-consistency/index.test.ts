import {describe, expect, it} from 'vitest'
import {actuals, evaluateEn, lintEn} from '../testing.js'
import plugin from './index.js'

const termList = [
  {prefer: 'resident', avoid: ['citizen']},
  {prefer: 'childminder', avoid: ['nanny']},
  {prefer: 'hour', avoid: ['session']},
  {prefer: 'email', avoid: ['electronic mail']},
  {prefer: 'Department for Education', avoid: ['DfE']},
  {prefer: 'child', avoid: ['kid']}
]
const withTerms = {termList, terms: termList.map((term) => term.prefer)}

async function fixes(text: string, options: Record<string, unknown> = withTerms): Promise<string[]> {
  return (await lintEn(text, plugin, options)).map(
    (message) => `${message.actual} → ${message.expected?.join(' | ') ?? '∅'}`
  )
}

describe('term-consistency (English): the term list', () => {
  it('reports a complete message', async () => {
    const [message, ...rest] = await lintEn('Every citizen can apply for a permit.', plugin, withTerms)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'term-consistency',
      source: 'klarsprak',
      reason: 'Use “resident” instead of “citizen”.',
      line: 1,
      column: 7,
      actual: 'citizen',
      expected: ['resident'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/term-consistency.md'
    })
    expect(message?.place).toMatchObject({start: {line: 1, column: 7}, end: {line: 1, column: 14}})
    expect(message?.note).toBe('The organisation’s term list (“terms” in the configuration) prefers “resident” to “citizen”.')
  })

  it.each([
    ['Citizens must register by May.', 'Citizens → Residents'],
    ["The citizen's card arrives by post.", "citizen's → resident's"],
    ['Citizen’s rights are listed below.', 'Citizen’s → Resident’s'],
    ["We check the citizens' addresses.", "citizens' → residents'"],
    ['Our nannies are checked.', 'nannies → childminders'],
    ['Ask your nanny.', 'nanny → childminder'],
    ['Each kid gets a place.', 'kid → child'],
    ['All kids get a place.', 'kids → children'],
    ["The kids' rooms are open.", "kids' → children's"],
    ['Send it by electronic mail.', 'electronic mail → email'],
    ['Contact the DfE.', 'DfE → Department for Education'],
    ['CITIZENS', 'CITIZENS → RESIDENTS']
  ])('pairs the form in %j', async (text, expected) => {
    expect(await fixes(text)).toEqual([expected])
  })

  it('changes a or an to fit the preferred term, and gives no fix when the sound is unclear', async () => {
    expect(await fixes('Book a session today.')).toEqual(['session → ∅'])
    expect(await fixes('Ask a kid to help.')).toEqual(['kid → child'])
    const options = {termList: [{prefer: 'applicant', avoid: ['claimant']}]}
    expect(await fixes('A claimant must reply.', options)).toEqual(['A claimant → An applicant'])
  })

  it.each([
    'Residents must register by May.',
    'Citizenship ceremonies take place monthly.',
    'Send us an email.',
    'Our childminders are checked.',
    'Contact the Department for Education.',
    'We use dfe codes in the form.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin, withTerms))).toEqual([])
  })

  it('does nothing with the term list when none is configured', async () => {
    expect(actuals(await lintEn('Citizens must register.', plugin))).toEqual([])
  })
})

describe('term-consistency (English): mixed spellings in one text', () => {
  it('reports the less used spelling with the more used one as fix', async () => {
    const text = 'Send an email. Check your emails. Reply by e-mail.'
    const [message, ...rest] = await lintEn(text, plugin)
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      reason: 'Write “email” as elsewhere in the text, not “e-mail”.',
      actual: 'e-mail',
      expected: ['email'],
      column: 44
    })
    expect(message?.note).toBe(
      'Spell a term the same way throughout a text: the spelling of “email” is used twice, that of “e-mail” once.'
    )
  })

  it.each([
    ['Visit the web-site. The website is new. The web-site has a map.', 'website → web-site'],
    ['Apply on-line. Pay on-line. Ask online.', 'online → on-line'],
    ['Use the e-mail form. E-mail us. Any E-mail is answered.', 'E-mail → e-mail']
  ])('flags the minority spelling in %j', async (text, expected) => {
    expect(await fixes(text, {})).toEqual([expected])
  })

  it('uses the spelling of a preferred term', async () => {
    expect(await fixes('Send an e-mail.', {terms: ['email']})).toEqual(['e-mail → email'])
  })

  it.each([
    'Log in on the log-in page. Log in again.',
    'Send an email. Email us today.',
    'Read the follow-up. We will follow up.',
    'Call 020-7946 0000 or 020 7946 0000.',
    'Check your phone number. See the phone-number pattern.',
    'Use HTML-Validate. Run html-validate.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintEn(text, plugin))).toEqual([])
  })

  it('scores at least 0.9 precision and recall on its evaluation set', async () => {
    const score = await evaluateEn('term-consistency', plugin)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, JSON.stringify(score.mistakes, null, 2)).toBeGreaterThanOrEqual(0.9)
  })
})
