import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {page, startServer, type Handler, type TestServer} from '../packages/site/src/testing.js'
import {klarsprak, project} from './helpers.js'

const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

interface JsonResult {
  files: Array<{path: string; messages: Array<{ruleId: string; severity: string; message: string}>}>
  summary: {files: number; errors: number}
}

describe('klarsprak site', () => {
  it('checks a local site and exits 1 when a page fails to load', async () => {
    const server = await startServer({'/': page('Start', ['/saknas', '/bygglov']), '/kontakt': page('Kontakt'), '/bygglov': page('Bygglov', [], '<p>Du erhåller beslutet inom fyra veckor.</p>')})
    servers.push(server)
    const run = await klarsprak(['site', `${server.origin}/`, '--format', 'json', '--delay', '0', '--no-config'], {cwd: project({})})
    expect(run.code, run.stderr).toBe(1)
    const result = JSON.parse(run.stdout) as JsonResult
    expect(result.files.map((file) => file.path)).toEqual([`${server.origin}/`, `${server.origin}/kontakt`, `${server.origin}/saknas`, `${server.origin}/bygglov`])
    expect(result.files[2]!.messages).toMatchObject([{ruleId: 'fetch-error', severity: 'error', message: 'Sidan svarade med status 404.'}])
    expect(result.files[3]!.messages.map((message) => message.ruleId)).toContain('plain-words')
    expect(run.stderr).toBe('')
    expect(new Set(server.requests.map((request) => request.userAgent))).toEqual(new Set([expect.stringMatching(/^klarsprak\/\d+\.\d+\.\d+ /)]))
  })

  it('exits 0 for a clean site, prints stylish output and obeys --user-agent and --rule', async () => {
    const server = await startServer({'/': page('Start'), '/kontakt': page('Kontakt')})
    servers.push(server)
    const run = await klarsprak(['site', `${server.origin}/`, '--delay', '0', '--user-agent', 'Testbot/1.0', '--rule', 'spelling:off', '--max-warnings', '0'], {cwd: project({})})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(server.requests.map((request) => request.userAgent)).toEqual(['Testbot/1.0', 'Testbot/1.0', 'Testbot/1.0'])
    // Silent in CI (the helper sets CI) unless asked for.
    expect(run.stderr).toBe('')
    const progress = await klarsprak(['site', `${server.origin}/`, '--delay', '0', '--progress', '--format', 'json'], {cwd: project({})})
    expect(progress.stderr).toMatch(/^klarsprak: 2 pages done, 0 queued, 0 failed, [\d.]+ pages\/s$/m)
  })

  it('explains bad input with exit code 2', async () => {
    for (const args of [['site'], ['site', 'kommun.example.se'], ['site', 'ftp://kommun.example.se/'], ['site', 'http://127.0.0.1:9/', '--concurrency', '0'], ['site', 'http://127.0.0.1:9/', '--selector', 'main[']]) {
      const run = await klarsprak(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^klarsprak: /)
    }
  })

  it('has help with an example', async () => {
    const run = await klarsprak(['site', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('klarsprak site https://kommun.example.se/')
    expect((await klarsprak(['--help'])).stdout).toContain('site URL')
  })
})

describe('klarsprak site in a CI matrix', () => {
  const links = ['/a', '/b', '/c', '/d', '/e', '/f']
  const pages = () => {
    const site: Record<string, Handler | string> = {'/': page('Start', links), '/kontakt': page('Kontakt')}
    for (const link of links) site[link] = page(`Sida ${link.slice(1)}`, [], '<p>Du erhåller beslutet inom fyra veckor.</p>')
    return site
  }

  async function pathsOf(start: string, extra: string[] = []): Promise<string[]> {
    const run = await klarsprak(['site', start, '--format', 'json', '--delay', '0', '--no-config', ...extra], {cwd: project({})})
    expect(run.code, run.stderr).toBe(0)
    return (JSON.parse(run.stdout) as JsonResult).files.map((file) => file.path)
  }

  it('--shard splits a crawled site so that the shards together are the whole site, once', async () => {
    const server = await startServer(pages())
    servers.push(server)
    const whole = await pathsOf(`${server.origin}/`)
    expect(whole).toHaveLength(8)
    const shards = [] as string[][]
    for (const shard of ['1/3', '2/3', '3/3']) shards.push(await pathsOf(`${server.origin}/`, ['--shard', shard]))
    expect(shards.flat().sort()).toEqual([...whole].sort())
    expect(shards.every((shard) => shard.length < whole.length)).toBe(true)
  })

  it('--shard on a sitemap never fetches the other shards\' pages', async () => {
    const routes = pages()
    const server = await startServer(routes)
    servers.push(server)
    const urlset = links.map((link) => `<url><loc>${server.origin}${link}</loc></url>`).join('')
    routes['/sitemap.xml'] = (_request, response) => {
      response.writeHead(200, {'content-type': 'application/xml'}).end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urlset}</urlset>`)
    }
    const first = await pathsOf(`${server.origin}/sitemap.xml`, ['--shard', '1/2'])
    const second = await pathsOf(`${server.origin}/sitemap.xml`, ['--shard', '2/2'])
    expect([...first, ...second].sort()).toEqual(links.map((link) => server.origin + link).sort())
    expect(first.length).toBeGreaterThan(0)
    expect(second.length).toBeGreaterThan(0)
    const fetched = server.requests.map((request) => request.path).filter((path) => links.includes(path))
    expect(fetched.sort()).toEqual([...links].sort())
  })

  it('--baseline hides known findings; --report and --history write the report and the trend', async () => {
    const routes = pages()
    const server = await startServer(routes)
    servers.push(server)
    const cwd = project({})
    const base = ['site', `${server.origin}/`, '--delay', '0', '--no-config', '--rule', 'spelling:off', '--format', 'json']
    const update = await klarsprak([...base, '--baseline', 'baseline.json', '--update-baseline'], {cwd})
    expect(update.code, update.stderr).toBe(0)
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).findings.length).toBeGreaterThan(0)

    routes['/b'] = page('Sida b', [], '<p>Du erhåller beslutet inom fyra veckor. Vi skickar det till dig i enlighet med lagen.</p>')
    const env = {KLARSPRAK_RUN_DATE: '2026-11-01T06:00:00Z'}
    const run = await klarsprak([...base, '--baseline', 'baseline.json', '--report', 'rapport', '--history', 'historik'], {cwd, env})
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as JsonResult
    expect(result.files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}`))).toEqual([`${server.origin}/b plain-words`])

    const html = readFileSync(join(cwd, 'rapport', 'index.html'), 'utf8')
    expect(html).toContain(`${server.origin}/b`)
    expect(readdirSync(join(cwd, 'historik'))).toHaveLength(1)
    // --history alone adds a run without writing a report.
    const later = await klarsprak([...base, '--history', 'historik'], {cwd, env: {KLARSPRAK_RUN_DATE: '2026-12-01T06:00:00Z'}})
    expect(later.stderr).toMatch(/added this run to the history/)
    expect(readdirSync(join(cwd, 'historik'))).toHaveLength(2)
    expect(existsSync(join(cwd, 'rapport', 'index.html'))).toBe(true)
  })
})

describe('web-page rules in klarsprak check', () => {
  const html = '<html><head><title>Parkering</title></head><body><main><h1>Parkering</h1><p>Här står det om parkering.</p><p>Senast uppdaterad 2020-01-10</p></main></body></html>'

  it('run on HTML files when the config uses klarsprak:web', async () => {
    const cwd = project({'.klarsprakrc.json': '{"extends": ["klarsprak:web"], "language": "sv"}', 'sida.html': html})
    const run = await klarsprak(['check', 'sida.html', '--format', 'json'], {cwd})
    const ids = (JSON.parse(run.stdout) as JsonResult).files[0]!.messages.map((message) => message.ruleId)
    expect(ids).toEqual(expect.arrayContaining(['missing-lang', 'stale-content', 'page-contact']))
    expect(run.code).toBe(1)
  })

  it('stay off with the recommended preset', async () => {
    const cwd = project({'sida.html': html})
    const run = await klarsprak(['check', 'sida.html', '--format', 'json', '--lang', 'sv'], {cwd})
    const ids = (JSON.parse(run.stdout) as JsonResult).files[0]!.messages.map((message) => message.ruleId)
    expect(ids.filter((id) => ['missing-lang', 'stale-content', 'page-contact'].includes(id))).toEqual([])
  })
})
