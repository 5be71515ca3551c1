import {describe, expect, it} from 'vitest'
import {applyEdits, type TextEdit} from '@klarsprak/core'
import type {VFileMessage} from 'vfile-message'
import {actuals, evaluateSv, lintSv} from '../testing.js'
import {loadAbbreviations, variantsOf} from './data.js'
import plugin, {meta, rule} from './index.js'

function fixed(text: string, messages: readonly VFileMessage[]): string {
  const edits: TextEdit[] = []
  for (const message of messages) {
    const place = message.place
    if (message.expected?.length !== 1 || !place || !('start' in place)) continue
    edits.push({offset: place.start.offset!, endOffset: place.end.offset!, text: message.expected[0]!})
  }
  return applyEdits(text, edits).output
}

describe('abbreviation', () => {
  it('exports its metadata and plugin', () => {
    expect(meta).toMatchObject({id: 'abbreviation', defaultSeverity: 'warning', fixable: 'safe'})
    expect(rule.plugin).toBe(plugin)
  })

  it('reports a complete message whose span includes the dot', async () => {
    const [message, ...rest] = await lintSv('Du kan t.ex. ringa oss.', plugin, {common: true})
    expect(rest).toEqual([])
    expect({
      ruleId: message!.ruleId,
      source: message!.source,
      reason: message!.reason,
      line: message!.line,
      column: message!.column,
      place: message!.place,
      actual: message!.actual,
      expected: message!.expected,
      url: message!.url
    }).toEqual({
      ruleId: 'abbreviation',
      source: 'klarsprak',
      reason: 'Skriv ”till exempel” i stället för ”t.ex.”.',
      line: 1,
      column: 8,
      place: {start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 13, offset: 12}},
      actual: 't.ex.',
      expected: ['till exempel'],
      url: 'https://github.com/klarsprak/klarsprak/blob/main/rules/abbreviation.md'
    })
    expect(message!.note).toMatch(/Källa: MS 11\.1/)
  })

  it.each([
    ['Det gäller fr.o.m. 1 maj.', 'fr.o.m.', 'från och med'],
    ['Resan tar ca 20 minuter.', 'ca', 'cirka'],
    ['Stängt p.g.a. sjukdom idag.', 'p.g.a.', 'på grund av'],
    ['Kostar 450 kronor inkl. moms.', 'inkl.', 'inklusive'],
    ['Se riktlinjerna (jfr avsnitt 3).', 'jfr', 'jämför'],
    ['Det kostar c:a 300 kronor.', 'c:a', 'cirka'],
    ['Vi har infört en s.k. flextid.', 's.k.', 'så kallad'],
    ['Kostar 450 kronor exkl. moms.', 'exkl.', 'exklusive'],
    ['Vi betalar m.a.o. inte avgiften.', 'm.a.o.', 'med andra ord'],
    ['Vi har öppet t.o.m. den 20 juni.', 't.o.m.', 'till och med']
  ])('writes out the abbreviation in %j', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
  })

  it.each([
    ['Du kan t.ex. ringa oss.', 't.ex.'],
    ['I hyran ingår bl.a. värme.', 'bl.a.'],
    ['Komplett, dvs. med bilagor.', 'dvs.'],
    ['Vi har bl a ändrat tiderna.', 'bl a'],
    ['Du kan t. ex. ringa.', 't. ex.'],
    ['Ta med pass, körkort osv. till mötet.', 'osv.'],
    ['Ta med pass, körkort etc. till mötet.', 'etc.'],
    ['Kommunen, regionen m.fl. deltar i projektet.', 'm.fl.']
  ])('leaves the common abbreviation in %j alone inside a sentence (MS 11.1)', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it.each([
    ['I hyran ingår bl.a. värme.', 'bl.a.', 'bland annat'],
    ['Komplett, dvs. med bilagor.', 'dvs.', 'det vill säga'],
    ['Komplett, dvs med bilagor.', 'dvs', 'det vill säga'],
    ['Vi har bl a ändrat tiderna.', 'bl a', 'bland annat'],
    ['Du kan t. ex. ringa.', 't. ex.', 'till exempel'],
    ['Du kan t.ex ringa.', 't.ex', 'till exempel']
  ])('writes out the common abbreviation in %j with the option `common`', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin, {common: true})
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
  })

  it.each([
    ['T.ex. kan du ringa oss.', 'T.ex.', 'Till exempel'],
    ['Dvs. du behöver ansöka igen.', 'Dvs.', 'Det vill säga'],
    ['Vi har ändrat tiderna. Bl.a. öppnar vi tidigare.', 'Bl.a.', 'Bland annat'],
    ['Ta med intyg. (T.ex. från läkare.)', 'T.ex.', 'Till exempel']
  ])('writes out the common abbreviation that starts the sentence in %j (MS 11.2)', async (text, actual, expected) => {
    const messages = await lintSv(text, plugin)
    expect(actuals(messages)).toEqual([actual])
    expect(messages[0]!.expected).toEqual([expected])
  })

  it('keeps a sentence-initial capital', async () => {
    const messages = await lintSv('Bl.a. ingår värme. Ta med legitimation. T ex pass. Ev. frågor besvaras i receptionen.', plugin)
    expect(messages.map((message) => message.expected)).toEqual([
      ['Bland annat'],
      ['Till exempel'],
      ['Eventuellt', 'Eventuella', 'Eventuell']
    ])
  })

  it.each(['OBS! Ta med legitimation.', 'Obs! Ta med legitimation.', 'Ta med legitimation (obs!) till mötet.'])(
    'leaves the notice %j alone: ”Obs!” is how Swedish writes it',
    async (text) => {
      expect(actuals(await lintSv(text, plugin, {common: true}))).toEqual([])
    }
  )

  it('keeps the dot that also ends the sentence', async () => {
    const text = 'Du betalar själv för hyra, el m.m. Kontakta oss om du har frågor. Vi ger bidrag för hyra, material o.d.'
    const messages = await lintSv(text, plugin, {common: true})
    expect(actuals(messages)).toEqual(['m.m.', 'o.d.'])
    expect(fixed(text, messages)).toBe(
      'Du betalar själv för hyra, el med mera. Kontakta oss om du har frågor. Vi ger bidrag för hyra, material och liknande.'
    )
    expect(actuals(await lintSv(text, plugin))).toEqual(['o.d.'])
  })

  it('does not add a dot inside a sentence', async () => {
    const text = 'Avgifter (hyra m.m.) betalas månadsvis, t.ex. via autogiro.'
    expect(fixed(text, await lintSv(text, plugin, {common: true}))).toBe(
      'Avgifter (hyra med mera) betalas månadsvis, till exempel via autogiro.'
    )
  })

  it('chooses the form of ”så kallad” from the article', async () => {
    const messages = await lintSv('En s.k. insats. Ett s.k. boende. De s.k. ombuden. Vi har s.k. korttidsplatser.', plugin)
    expect(messages.map((message) => message.expected)).toEqual([
      ['så kallad'],
      ['så kallat'],
      ['så kallade'],
      ['så kallad', 'så kallat', 'så kallade']
    ])
  })

  it('reports only sentence-initial abbreviations in developer documentation', async () => {
    // Code 5+ times per 1,000 words: written for staff who read its abbreviations.
    const text = 'Kör `pnpm install`, det tar ca 2 minuter. T.ex. fungerar `npm ci` också, dvs. utan `pnpm`.'
    expect(actuals(await lintSv(text, plugin))).toEqual(['T.ex.'])
    expect(actuals(await lintSv(text, plugin, {common: true}))).toEqual(['T.ex.'])
    // The same sentences without code are prose.
    const prose = 'Kör installationen, det tar ca 2 minuter. T.ex. fungerar den andra också, dvs. utan tillägg.'
    expect(actuals(await lintSv(prose, plugin))).toEqual(['ca', 'T.ex.'])
  })

  it.each([
    'Mottagningen har öppet kl. 8.00–16.30.',
    'Ange ärendets nr 2026/123.',
    'Avgiften är 300 kr per månad.',
    'Läs mer på s. 12 i broschyren.',
    'Anmälan till SFI görs hos vuxenutbildningen.',
    'Insatser enligt LSS och regler från EU.',
    'Inställningarna finns i /etc/klarsprak.',
    'Avståndet är 5 km. Du betalar själv för el.',
    'Läs mer i 3 kap. 5 § skollagen.',
    'Kontakta CA-gruppen eller Tom Andersson.'
  ])('leaves %j alone', async (text) => {
    expect(actuals(await lintSv(text, plugin))).toEqual([])
  })

  it('accepts ignored abbreviations in every variant', async () => {
    const text = 'Du kan t.ex. ringa, t ex i dag, eller mejla bl.a. oss. T.ex. går det bra att skriva.'
    expect(actuals(await lintSv(text, plugin, {ignore: ['T.ex.'], common: true}))).toEqual(['bl.a.'])
    expect(actuals(await lintSv(text, plugin, {ignore: ['T.ex.']}))).toEqual([])
    expect(actuals(await lintSv(text, plugin))).toEqual(['T.ex.'])
  })

  it('derives variants and rejects duplicates in the list', () => {
    expect(variantsOf('t.ex.')).toEqual(['t.ex.', 't.ex', 't. ex.'])
    expect(variantsOf('bl a')).toEqual(['bl a', 'bl a.'])
    expect(variantsOf('dvs.')).toEqual(['dvs.'])
    const entries = loadAbbreviations()
    const all = entries.flatMap((entry) => entry.variants)
    expect(new Set(all).size).toBe(all.length)
    expect(all).not.toContain('kl.')
    expect(all).not.toContain('kr')
  })

  it('scores at least 0.9 on its evaluation set', async () => {
    const score = await evaluateSv('abbreviation', plugin)
    const mistakes = JSON.stringify(score.mistakes, null, 2)
    expect(score.cases).toBeGreaterThanOrEqual(40)
    expect(score.precision, mistakes).toBeGreaterThanOrEqual(0.9)
    expect(score.recall, mistakes).toBeGreaterThanOrEqual(0.9)
  })
})
