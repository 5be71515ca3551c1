import {describe, expect, it} from 'vitest'
import {SettingsResolver} from './config/resolve.js'
import {Linter} from './engine.js'
import type {PageContext, PageRule} from './page-rules.js'
import {RuleRegistry} from './registry.js'
import {report} from './report.js'
import {testPack} from './testing.js'

const seen: PageContext[] = []
const titleRule: PageRule = {
  meta: {id: 'page-contact', defaultSeverity: 'info', fixable: false, description: {sv: 'Test.', en: 'Test.'}},
  check(page) {
    seen.push(page)
    report(page.file, {ruleId: 'page-contact', reason: `Sidan: ${page.language}`, place: page.main.position?.start})
  }
}
const registry = new RuleRegistry([testPack], {pageRules: [titleRule]})

function lint(value: string, path: string, preset: string, extra: object = {}) {
  const settings = new SettingsResolver(registry, {basePreset: preset}).settingsFor('/tmp/' + path, undefined)
  return new Linter(registry).lint({path, value, ...extra}, settings)
}

describe('page rules and HTML selection', () => {
  it('run on HTML only, when enabled (klarsprak:web), with the page, its main content and the fetcher facts', async () => {
    seen.length = 0
    const html = '<html lang="sv"><body><nav>xyz</nav><main><p>Du erhåller.</p></main></body></html>'
    expect((await lint(html, 'a.html', 'klarsprak:recommended')).messages.map((m) => m.ruleId)).toEqual(['plain-words'])
    const result = await lint(html, 'a.html', 'klarsprak:web', {page: {lastModified: 'Mon, 06 Mar 2023 08:00:00 GMT', now: new Date('2026-01-01')}})
    expect(result.messages.map((m) => [m.ruleId, m.message, m.severity])).toEqual([
      ['page-contact', 'Sidan: sv', 'info'],
      ['plain-words', 'Skriv ”får” i stället för ”erhåller”.', 'warning']
    ])
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({declaredLanguage: 'sv', lastModified: 'Mon, 06 Mar 2023 08:00:00 GMT', now: new Date('2026-01-01'), mainText: 'Du erhåller.'})
    expect((seen[0]!.main as {tagName?: string}).tagName).toBe('main')
    expect(await lint('Du erhåller.\n', 'a.md', 'klarsprak:web').then((r) => r.messages.map((m) => m.ruleId))).toEqual(['plain-words'])
  })

  it('lets a selector choose the main content and excludes remove parts of it', async () => {
    const html = '<body><div id="kakor"><p>Vi erhåller kakor.</p></div><div class="text"><p>Du erhåller xyz.</p></div><main><p>Inget här.</p></main></body>'
    const actual = async (extra: object) => (await lint(html, 'a.html', 'klarsprak:recommended', extra)).messages.map((m) => m.actual)
    expect(await actual({})).toEqual([])
    expect(await actual({html: {selector: 'body'}})).toEqual(['erhåller', 'erhåller', 'xyz'])
    expect(await actual({html: {selector: 'body', exclude: ['#kakor']}})).toEqual(['erhåller', 'xyz'])
    expect(await actual({html: {selector: '.text'}})).toEqual(['erhåller', 'xyz'])
    // A selector that matches nothing falls back to the default choice.
    expect(await actual({html: {selector: '#finns-inte'}})).toEqual([])
  })
})
