import {afterEach, describe, expect, it} from 'vitest'
import {page, startServer, type TestServer} from '../packages/site/src/testing.js'
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
