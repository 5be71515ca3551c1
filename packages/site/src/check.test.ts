import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {formatResult} from '@klarsprak/core'
import {afterEach, describe, expect, it} from 'vitest'
import {checkSite, type SiteCheckOptions} from './index.js'
import {page, startServer, type TestServer} from './testing.js'

const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

const now = new Date('2026-12-01T12:00:00Z')
const emptyFolder = () => mkdtempSync(join(tmpdir(), 'klarsprak-site-'))

async function check(routes: Parameters<typeof startServer>[0], options: Partial<SiteCheckOptions> = {}) {
  const server = await startServer(routes)
  servers.push(server)
  const outcome = await checkSite({start: `${server.origin}/`, cwd: emptyFolder(), delayMs: 0, retryBaseMs: 10, now, ...options})
  return {...outcome, origin: server.origin}
}

const byPath = (files: Array<{path: string; messages: Array<{ruleId: string}>}>, origin: string) =>
  Object.fromEntries(files.map((file) => [file.path.slice(origin.length), file.messages.map((message) => message.ruleId)]))

describe('checkSite', () => {
  it('returns a core LintResult: one file per page, the URL as path, fetch-error for pages that failed', async () => {
    const {result, pages, origin} = await check({
      '/': page('Start', ['/trasig', '/saknas']),
      '/kontakt': page('Kontakt'),
      '/trasig': (_q, r) => void r.writeHead(500).end()
    })
    expect(pages).toEqual([`${origin}/`, `${origin}/kontakt`, `${origin}/trasig`, `${origin}/saknas`])
    expect(result.files.map((file) => file.path)).toEqual(pages)
    const failed = result.files.find((file) => file.path.endsWith('/trasig'))!
    expect(failed.messages).toMatchObject([
      {ruleId: 'fetch-error', severity: 'error', line: 1, column: 1, message: 'Sidan svarade med status 500.', url: expect.stringContaining('rules/fetch-error.md')}
    ])
    expect(failed.messages[0]!.fingerprint).toMatch(/^[0-9a-f]+$/)
    expect(result.files.find((file) => file.path.endsWith('/saknas'))!.messages[0]!.message).toBe('Sidan svarade med status 404.')
    expect(result.summary).toMatchObject({files: 4, errors: 2})
    expect(result.rules?.map((rule) => rule.id)).toContain('fetch-error')
    // Every output format accepts it.
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit'] as const) expect(formatResult(result, format, {color: false, cwd: '/'})).toContain('/trasig')
  })

  it('reports a page nested past the HTML limit as parse-error naming the limit, and checks the other pages', async () => {
    const deep = '<html lang="sv"><body><main>' + '<div>'.repeat(10_000) + '<p>Text</p></main></body></html>'
    const {result, origin} = await check({'/': page('Start', ['/djup']), '/kontakt': page('Kontakt'), '/djup': deep})
    const file = result.files.find((entry) => entry.path === `${origin}/djup`)!
    expect(file.messages).toMatchObject([{ruleId: 'parse-error', message: 'För djup nästling: fler än 256 nivåer av HTML-element på rad 1. Filen kontrollerades inte.'}])
    expect(result.files.find((entry) => entry.path === `${origin}/`)!.messages.every((message) => message.ruleId !== 'parse-error')).toBe(true)
  })

  it('runs the web-page rules on every page (klarsprak:web is the base preset)', async () => {
    const {result, origin} = await check(
      {
        '/': page('Start', ['/utan-lang', '/gammal', '/inga-kontakter']),
        '/kontakt': page('Kontakt'),
        '/utan-lang': page('Utan språk').replace('<html lang="sv">', '<html>'),
        '/gammal': page('Gammal', [], '<p>Senast uppdaterad 3 mars 2023</p>'),
        '/inga-kontakter': '<html lang="sv"><body><main><h1>Parkering</h1><p>Här står det om parkering i kommunen.</p></main></body></html>'
      },
      {overrides: {rules: {spelling: 'off'}}}
    )
    const rules = byPath(result.files, origin)
    expect(rules['/utan-lang']).toContain('missing-lang')
    expect(rules['/gammal']).toContain('stale-content')
    expect(rules['/inga-kontakter']).toContain('page-contact')
    expect(rules['/kontakt']!.filter((id) => ['missing-lang', 'stale-content', 'page-contact'].includes(id))).toEqual([])
  })

  it('uses Last-Modified as stale-content fallback', async () => {
    const {result, origin} = await check({
      '/': (_q, r) => void r.writeHead(200, {'content-type': 'text/html', 'last-modified': 'Mon, 06 Mar 2023 08:00:00 GMT'}).end(page('Start'))
    })
    expect(result.files.find((file) => file.path === `${origin}/`)!.messages.filter((m) => m.ruleId === 'stale-content').map((m) => m.actual)).toEqual(['Mon, 06 Mar 2023 08:00:00 GMT'])
  })

  it('checks only the main content chosen by selector and excludes', async () => {
    const body = '<html lang="sv"><body><div id="cookie"><p>Vi erhåller kakor.</p></div><div class="innehall"><p>Du erhåller beslutet inom en vecka.</p><p><a href="/kontakt">Kontakt</a></p></div></body></html>'
    const routes = {'/': body, '/kontakt': page('Kontakt')}
    const all = await check(routes, {maxPages: 1})
    expect(all.result.files[0]!.messages.filter((m) => m.ruleId === 'plain-words')).toHaveLength(2)
    const excluded = await check(routes, {maxPages: 1, html: {exclude: ['#cookie']}})
    expect(excluded.result.files[0]!.messages.filter((m) => m.ruleId === 'plain-words').map((m) => m.line + ':' + m.column)).toEqual(['1:99'])
    const selected = await check(routes, {maxPages: 1, html: {selector: '.innehall'}})
    expect(selected.result.files[0]!.messages.filter((m) => m.ruleId === 'plain-words')).toHaveLength(1)
  })

  it('uses the config found from the working folder, with overrides by URL path, and --quiet', async () => {
    const cwd = emptyFolder()
    writeFileSync(join(cwd, '.klarsprakrc.json'), JSON.stringify({extends: ['klarsprak:web'], rules: {'page-contact': 'error'}, overrides: [{files: ['arkiv/**'], rules: {'stale-content': 'off'}}]}))
    const routes = {
      '/': page('Start', ['/arkiv/gammal', '/gammal']),
      '/kontakt': page('Kontakt'),
      '/arkiv/gammal': '<html lang="sv"><body><main><p>Publicerad 2020-01-01</p></main></body></html>',
      '/gammal': '<html lang="sv"><body><main><p>Publicerad 2020-01-01</p></main></body></html>'
    }
    const {result, origin} = await check(routes, {cwd})
    const rules = byPath(result.files, origin)
    expect(rules['/arkiv/gammal']).toEqual(['page-contact'])
    expect(rules['/gammal']).toEqual(['page-contact', 'stale-content'])
    expect(result.files.find((file) => file.path.endsWith('/gammal'))!.messages[0]!.severity).toBe('error')
    const quiet = await check(routes, {cwd, quiet: true})
    expect(byPath(quiet.result.files, quiet.origin)['/gammal']).toEqual(['page-contact'])
    expect(quiet.result.summary.warnings).toBe(0)
  })

  it('gives the same result with worker threads as in one thread', async () => {
    const links = Array.from({length: 14}, (_, index) => `/sida-${index}`)
    const routes: Parameters<typeof startServer>[0] = {'/': page('Start', links), '/kontakt': page('Kontakt')}
    for (const [index, link] of links.entries()) routes[link] = page(`Sida ${index}`, [], index % 3 === 0 ? '<p>Du erhåller beslutet inom en vecka. T.ex. kan du läsa det i appen. Senast uppdaterad 2021-05-01</p>' : '')
    const one = await check(routes, {jobs: 0})
    const two = await check(routes, {jobs: 2})
    const strip = (files: typeof one.result.files, origin: string) => files.map((file) => ({...file, path: file.path.slice(origin.length), messages: file.messages.map(({fingerprint, url, ...rest}) => rest)}))
    expect(strip(two.result.files, two.origin)).toEqual(strip(one.result.files, one.origin))
    expect(one.result.files.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(expect.arrayContaining(['plain-words', 'abbreviation', 'stale-content']))
  })
})
