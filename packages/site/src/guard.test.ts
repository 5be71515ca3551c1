import {afterEach, describe, expect, it} from 'vitest'
import {AddressGuard, crawl, nonPublicRange, retryAfterMs, type Resolver} from './index.js'
import {page, startServer, type TestServer} from './testing.js'

const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** A resolver whose answers the test controls, recording every name asked for. */
function resolver(answers: Record<string, string>, asked: string[] = []): Resolver {
  return async (hostname) => {
    asked.push(hostname)
    const address = answers[hostname]
    if (!address) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`)
    return [{address, family: address.includes(':') ? 6 : 4}]
  }
}

describe('address classes', () => {
  it('treats loopback, private, unique-local, link-local, CGNAT, unspecified and mapped addresses as non-public', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.0.10', '100.64.0.1', '169.254.169.254', '0.0.0.0', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', '255.255.255.255']) {
      expect(nonPublicRange(address), address).toBeDefined()
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(nonPublicRange(address), address).toBeUndefined()
  })

  it('trusts a non-public start host only when it is one itself', async () => {
    const guard = new AddressGuard(resolver({'kommun.example.se': '93.184.216.34', 'intern.test': '10.0.0.5'}))
    await guard.trustStart(new URL('https://kommun.example.se/'))
    await expect(guard.resolve('intern.test')).rejects.toThrow('intern.test is a private address (10.0.0.5)')
    await expect(guard.resolve('127.0.0.1')).rejects.toThrow('loopback')
    await expect(guard.resolve('kommun.example.se')).resolves.toEqual({address: '93.184.216.34', family: 4})
  })

  it('reads Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('Tue, 01 Dec 2026 12:00:00 GMT')
    expect(retryAfterMs('7', now)).toBe(7000)
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('Tue, 01 Dec 2026 11:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('snart', now)).toBeUndefined()
    expect(retryAfterMs(undefined, now)).toBeUndefined()
  })
})

describe('SSRF guard in a crawl', () => {
  it('refuses a redirect from a named start host to 127.0.0.1, and never sends that request', async () => {
    // The start host is a name whose address the test's resolver gives; the page redirects to a literal loopback
    // address on the same server. The guard trusts only the start host, so the redirect is refused unsent.
    let target = ''
    const server = await startServer({'/': page('Start', ['/vidare']), '/vidare': (_q, r) => void r.writeHead(302, {location: target}).end(), '/hemlig': page('Hemlig')})
    servers.push(server)
    target = `http://127.0.0.1:${server.port}/hemlig`
    const asked: string[] = []
    const outcome = await crawl(
      {start: `http://public.test:${server.port}/`, resolver: resolver({'public.test': '127.0.0.1'}, asked), allowHosts: ['127.0.0.1'], delayMs: 0},
      () => {}
    )
    expect(outcome.pages[0]).toMatchObject({ok: true, url: `http://public.test:${server.port}/`})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/vidare'))).toMatchObject({
      ok: false,
      reason: {en: 'Not fetched: 127.0.0.1 is a loopback address (127.0.0.1); klarsprak site only fetches public addresses.'}
    })
    expect(server.requests.map((request) => request.path)).toContain('/vidare')
    expect(server.requests.map((request) => request.path)).not.toContain('/hemlig')
    expect(asked).toContain('public.test')
  })

  it('refuses an allowed host whose name resolves to a private address (checked after DNS, before connecting)', async () => {
    const server = await startServer({'/': page('Start', ['/intranat']), '/intranat': (_q, r) => void r.writeHead(301, {location: 'http://intranat.test/personal'}).end()})
    servers.push(server)
    const asked: string[] = []
    const outcome = await crawl({start: `${server.origin}/`, resolver: resolver({'intranat.test': '192.168.1.20'}, asked), allowHosts: ['intranat.test'], delayMs: 0}, () => {})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/intranat'))).toMatchObject({ok: false, reason: {sv: 'Hämtas inte: intranat.test är en intern adress (192.168.1.20, private).'}})
    expect(asked).toEqual(['intranat.test'])
  })

  it('refuses a redirect to the cloud metadata address', async () => {
    const server = await startServer({'/': (_q, r) => void r.writeHead(302, {location: 'http://169.254.169.254/latest/meta-data/'}).end()})
    servers.push(server)
    const outcome = await crawl({start: `${server.origin}/`, allowHosts: ['169.254.169.254'], delayMs: 0}, () => {})
    expect(outcome.pages).toMatchObject([{ok: false, reason: {en: expect.stringContaining('169.254.169.254 is a linkLocal address')}}])
  })
})
