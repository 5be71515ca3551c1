import {gzipSync} from 'node:zlib'
import {afterEach, describe, expect, it} from 'vitest'
import {crawl, type CrawlOptions, type FetchedPage} from './index.js'
import {page, startServer, type TestServer} from './testing.js'

const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function serve(routes: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(routes)
  servers.push(server)
  return server
}

/** Crawl with test-friendly defaults (no delay, quick backoff); returns the outcome and the pages handed over. */
async function run(options: CrawlOptions) {
  const fetched: FetchedPage[] = []
  const outcome = await crawl({delayMs: 0, retryBaseMs: 10, ...options}, (fetchedPage) => {
    fetched.push(fetchedPage)
  })
  return {outcome, fetched, urls: outcome.pages.map((entry) => entry.url)}
}

const paths = (server: TestServer) => server.requests.map((request) => request.path)
const xml = (body: string) => (_: unknown, response: import('node:http').ServerResponse) => {
  response.writeHead(200, {'content-type': 'application/xml'}).end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)
}
const urlset = (urls: string[]) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`

describe('sitemaps', () => {
  it('checks the pages a sitemap lists, in its order, and only on the same origin', async () => {
    const server = await serve({'/b': page('B'), '/a': page('A'), '/c?x=1&y=2': page('C')})
    server.requests.length = 0
    const o = server.origin
    const routes = {'/sitemap.xml': xml(urlset([`${o}/b`, `${o}/a`, `${o}/c?x=1&amp;y=2`, `${o}/a#top`, 'https://annan.example.se/d']))}
    const map = await serve(routes)
    // The sitemap itself lives on its own server here; its pages are on another origin, so allow that host.
    const {outcome, urls} = await run({start: `${map.origin}/sitemap.xml`, allowHosts: [`127.0.0.1:${server.port}`]})
    expect(outcome.mode).toBe('sitemap')
    expect(urls).toEqual([`${o}/b`, `${o}/a`, `${o}/c?x=1&y=2`])
    expect(outcome.skipped.map((item) => [item.url, item.reason.en])).toEqual([['https://annan.example.se/d', 'another site (--allow-host)']])
  })

  it('follows a sitemap index to plain, .xml.gz and gzip-encoded sitemaps', async () => {
    let o = ''
    const server = await serve({
      '/sitemap_index.xml': (_request, response) =>
        xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${o}/plain.xml</loc></sitemap><sitemap><loc>${o}/packed.xml.gz</loc></sitemap><sitemap><loc>${o}/encoded.xml</loc></sitemap></sitemapindex>`)(_request, response),
      '/plain.xml': (request, response) => xml(urlset([`${o}/ett`]))(request, response),
      '/packed.xml.gz': (_request, response) => {
        response.writeHead(200, {'content-type': 'application/gzip'}).end(gzipSync(`<?xml version="1.0"?>${urlset([`${o}/tva`])}`))
      },
      '/encoded.xml': (_request, response) => {
        response.writeHead(200, {'content-type': 'application/xml', 'content-encoding': 'gzip'}).end(gzipSync(urlset([`${o}/tre`, `${o}/ett`])))
      },
      '/ett': page('Ett'),
      '/tva': page('Två'),
      '/tre': page('Tre')
    })
    o = server.origin
    const {outcome, urls, fetched} = await run({start: `${o}/sitemap_index.xml`})
    expect(outcome.mode).toBe('sitemap')
    expect(urls).toEqual([`${o}/ett`, `${o}/tva`, `${o}/tre`])
    expect(fetched.map((item) => item.html.includes('<h1>')).every(Boolean)).toBe(true)
  })

  it('reads a gzip sitemap given directly, and caps it at maxPages', async () => {
    let o = ''
    const server = await serve({
      '/sitemap.xml.gz': (_request, response) => {
        response.writeHead(200, {'content-type': 'application/octet-stream'}).end(gzipSync(urlset([`${o}/1`, `${o}/2`, `${o}/3`])))
      },
      '/1': page('Ett'),
      '/2': page('Två'),
      '/3': page('Tre')
    })
    o = server.origin
    const {outcome, urls} = await run({start: `${o}/sitemap.xml.gz`, maxPages: 2})
    expect(urls).toEqual([`${o}/1`, `${o}/2`])
    expect(paths(server)).not.toContain('/3')
    expect(outcome.skipped.map((item) => item.reason.en)).toEqual(['1 more pages in the sitemap, beyond --max-pages 2'])
  })

  it('refuses a gzip bomb (2 GiB unpacked, 2 MB sent) at the 5 MB limit, given directly or in an index', async () => {
    let o = ''
    // Gzip members may be concatenated: 128 members of 16 MiB of spaces each unpack to 2 GiB.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024, ' '), {level: 9})
    const bomb = Buffer.concat([gzipSync('<?xml version="1.0"?><urlset>'), ...Array.from({length: 128}, () => member)])
    const server = await serve({
      '/bomb.xml.gz': (_request, response) => {
        response.writeHead(200, {'content-type': 'application/gzip'}).end(bomb)
      },
      '/index.xml': (q, r) => xml(`<sitemapindex><sitemap><loc>${o}/bomb.xml.gz</loc></sitemap><sitemap><loc>${o}/ok.xml</loc></sitemap></sitemapindex>`)(q, r),
      '/ok.xml': (q, r) => xml(urlset([`${o}/1`]))(q, r),
      '/1': page('Ett')
    })
    o = server.origin
    const direct = await run({start: `${o}/bomb.xml.gz`})
    expect(direct.outcome.pages).toEqual([
      {ok: false, url: `${o}/bomb.xml.gz`, reason: {sv: 'Webbplatskartan är större än 5 MB uppackad och lästes inte.', en: 'The sitemap is larger than 5 MB unpacked and was not read.'}}
    ])
    const indexed = await run({start: `${o}/index.xml`})
    expect(indexed.urls).toEqual([`${o}/bomb.xml.gz`, `${o}/1`])
    expect(indexed.outcome.pages[0]).toMatchObject({ok: false, reason: {en: 'The sitemap is larger than 5 MB unpacked and was not read.'}})
  })

  it('refuses a sitemap sent with Content-Encoding gzip that unpacks past the limit', async () => {
    const server = await serve({
      '/sitemap.xml': (_request, response) => {
        response.writeHead(200, {'content-type': 'application/xml', 'content-encoding': 'gzip'}).end(gzipSync(urlset(Array.from({length: 40_000}, (_, i) => `http://127.0.0.1/sida/${i}`))))
      }
    })
    const {outcome} = await run({start: `${server.origin}/sitemap.xml`, maxBytes: 100_000})
    expect(outcome.pages).toMatchObject([{ok: false, url: `${server.origin}/sitemap.xml`, reason: {en: 'The sitemap is larger than 97.7 kB unpacked and was not read.'}}])
  })

  it('lets a caller pick the pages of a sitemap before they are fetched (sharding)', async () => {
    let o = ''
    const server = await serve({'/sitemap.xml': (q, r) => xml(urlset([`${o}/1`, `${o}/2`, `${o}/3`, `${o}/4`]))(q, r), '/1': page('1'), '/2': page('2'), '/3': page('3'), '/4': page('4')})
    o = server.origin
    const {urls} = await run({start: `${o}/sitemap.xml`, selectPages: (list) => list.filter((_, index) => index % 2 === 1)})
    expect(urls).toEqual([`${o}/2`, `${o}/4`])
    expect(paths(server).filter((path) => /^\/\d$/.test(path))).toEqual(['/2', '/4'])
  })
})

describe('crawling', () => {
  it('goes breadth first on the same origin, strips fragments, fetches each page once despite link loops', async () => {
    const other = await serve({'/': page('Annan')})
    const server = await serve({
      '/': page('Start', ['/a#del-2', '/b', `${other.origin}/`, 'mailto:info@kommun.example.se', '/blankett.pdf', '/a']),
      '/a': page('A', ['/', '/a', '/c']),
      '/b': page('B', ['/a#topp', '/d']),
      '/c': page('C', ['/b']),
      '/d': page('D')
    })
    const {urls, outcome} = await run({start: `${server.origin}/`})
    const o = server.origin
    expect(outcome.mode).toBe('crawl')
    // Link order: the header's contact link comes first.
    expect(urls).toEqual([`${o}/`, `${o}/kontakt`, `${o}/a`, `${o}/b`, `${o}/c`, `${o}/d`])
    expect(other.requests).toEqual([])
    expect(paths(server).filter((path) => path !== '/robots.txt').sort()).toEqual(['/', '/a', '/b', '/c', '/d', '/kontakt'])
    expect(outcome.skipped.map((item) => item.url)).toEqual([`${o}/blankett.pdf`])
  })

  it('stops at maxDepth and maxPages', async () => {
    const server = await serve({'/': page('0', ['/1']), '/1': page('1', ['/2']), '/2': page('2', ['/3']), '/3': page('3')})
    const o = server.origin
    expect((await run({start: `${o}/`, maxDepth: 2})).urls).toEqual([`${o}/`, `${o}/kontakt`, `${o}/1`, `${o}/2`])
    expect((await run({start: `${o}/`, maxPages: 3})).urls).toEqual([`${o}/`, `${o}/kontakt`, `${o}/1`])
  })

  it('checks a page once when several addresses share a canonical URL', async () => {
    let o = ''
    const canonical = () => `<link rel="canonical" href="${o}/x">`
    const server = await serve({
      '/': page('Start', ['/x?utm_source=nyhetsbrev', '/x', '/y']),
      '/x?utm_source=nyhetsbrev': (_q, r) => void r.writeHead(200, {'content-type': 'text/html'}).end(page('X', [], canonical())),
      '/x': (_q, r) => void r.writeHead(200, {'content-type': 'text/html'}).end(page('X', [], canonical())),
      '/y': page('Y', [], '<link rel="canonical" href="https://annan.example.se/y">')
    })
    o = server.origin
    const {urls, outcome} = await run({start: `${o}/`})
    expect(urls).toEqual([`${o}/`, `${o}/kontakt`, `${o}/x`, `${o}/y`])
    expect(outcome.skipped.map((item) => [item.url, item.reason.en])).toEqual([[`${o}/x`, `the same page as ${o}/x`]])
  })

  it('skips answers that are not HTML and reports a start URL that is neither a page nor a sitemap', async () => {
    const server = await serve({
      '/': page('Start', ['/rapport', '/bild']),
      '/rapport': (_q, r) => void r.writeHead(200, {'content-type': 'application/pdf'}).end('%PDF-1.7'),
      '/bild': (_q, r) => void r.writeHead(200, {'content-type': 'image/png'}).end('png'),
      '/data': (_q, r) => void r.writeHead(200, {'content-type': 'application/json'}).end('{}')
    })
    const {outcome} = await run({start: `${server.origin}/`})
    expect(outcome.skipped.map((item) => item.reason.en)).toEqual(['not an HTML page (application/pdf)', 'not an HTML page (image/png)'])
    const start = await run({start: `${server.origin}/data`})
    expect(start.outcome.pages).toMatchObject([{ok: false, reason: {en: 'The address is neither an HTML page nor a sitemap (application/json).'}}])
  })
})

describe('robots.txt', () => {
  const robots = (text: string) => (_q: unknown, r: import('node:http').ServerResponse) => void r.writeHead(200, {'content-type': 'text/plain'}).end(text)

  it('obeys Disallow and Allow of the klarsprak group, whatever User-Agent is sent', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: *\nDisallow: /\n\nUser-agent: klarsprak\nDisallow: /privat/\nAllow: /privat/oppen\n'),
      '/': page('Start', ['/privat/hemlig', '/privat/oppen', '/offentlig']),
      '/privat/hemlig': page('Hemlig'),
      '/privat/oppen': page('Öppen'),
      '/offentlig': page('Offentlig')
    })
    const {urls, outcome} = await run({start: `${server.origin}/`, userAgent: 'Kommunbot/2.0'})
    expect(urls).toEqual([`${server.origin}/`, `${server.origin}/kontakt`, `${server.origin}/privat/oppen`, `${server.origin}/offentlig`])
    expect(paths(server)).not.toContain('/privat/hemlig')
    expect(paths(server)[0]).toBe('/robots.txt')
    expect(new Set(server.requests.map((request) => request.userAgent))).toEqual(new Set(['Kommunbot/2.0']))
    expect(outcome.skipped.map((item) => [item.url, item.reason.en])).toEqual([[`${server.origin}/privat/hemlig`, 'disallowed by robots.txt']])
  })

  it('reports a disallowed start URL and fetches nothing else', async () => {
    const server = await serve({'/robots.txt': robots('User-agent: *\nDisallow: /\n'), '/': page('Start')})
    const {outcome} = await run({start: `${server.origin}/`})
    expect(outcome.pages).toMatchObject([{ok: false, reason: {en: 'robots.txt disallows /.'}}])
    expect(paths(server)).toEqual(['/robots.txt'])
  })

  it('treats an unreachable robots.txt (5xx) as "disallow everything"', async () => {
    const server = await serve({'/robots.txt': (_q, r) => void r.writeHead(503).end(), '/': page('Start')})
    const {outcome} = await run({start: `${server.origin}/`, retries: 0})
    expect(outcome.pages).toMatchObject([{ok: false, reason: {en: 'robots.txt could not be read (status 503): no pages are fetched.'}}])
    expect(paths(server)).toEqual(['/robots.txt'])
  })

  it('waits Crawl-delay between requests to the host, proven by timestamps', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: klarsprak\nCrawl-delay: 0.15\n'),
      '/': page('Start', ['/a', '/b', '/c']),
      '/a': page('A'),
      '/b': page('B'),
      '/c': page('C'),
      '/kontakt': page('Kontakt')
    })
    await run({start: `${server.origin}/`, concurrency: 4})
    const times = server.requests.map((request) => request.at)
    expect(times).toHaveLength(6)
    // Measured where the requests arrive: on a loaded machine one may arrive a little late and the next on time, so
    // the gap the server sees can be some milliseconds short of the delay the crawler kept. Without the delay the
    // gaps are a few milliseconds.
    for (let index = 1; index < times.length; index++) expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(120)
  })

  it('waits --delay between requests when robots.txt has no Crawl-delay', async () => {
    const server = await serve({'/': page('Start', ['/a', '/b']), '/a': page('A'), '/b': page('B'), '/kontakt': page('K')})
    await run({start: `${server.origin}/`, delayMs: 80, concurrency: 4})
    const times = server.requests.map((request) => request.at)
    expect(times).toHaveLength(5)
    for (let index = 1; index < times.length; index++) expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(60)
  })
})

describe('politeness and limits', () => {
  it('keeps at most `concurrency` requests to one host at a time (the server counts them)', async () => {
    const links = Array.from({length: 12}, (_, index) => `/sida-${index}`)
    const slow = (title: string) => async (_q: unknown, r: import('node:http').ServerResponse) => {
      await new Promise((resolve) => setTimeout(resolve, 100))
      r.writeHead(200, {'content-type': 'text/html'}).end(page(title))
    }
    const routes: Parameters<typeof startServer>[0] = {'/': page('Start', links), '/kontakt': slow('Kontakt')}
    for (const link of links) routes[link] = slow(link)
    const server = await serve(routes)
    const {urls} = await run({start: `${server.origin}/`, concurrency: 3})
    expect(urls).toHaveLength(14)
    expect(server.maxActive).toBe(3)
  })

  it('retries 500 and network errors with backoff, then succeeds', async () => {
    let calls = 0
    let drops = 0
    const server = await serve({
      '/': page('Start', ['/ostadig', '/tappar']),
      '/ostadig': (_q, r) => void (++calls < 3 ? r.writeHead(500).end() : r.writeHead(200, {'content-type': 'text/html'}).end(page('Ostadig'))),
      '/tappar': (q, r) => void (++drops < 2 ? q.socket.destroy() : r.writeHead(200, {'content-type': 'text/html'}).end(page('Tappar')))
    })
    const {urls} = await run({start: `${server.origin}/`})
    expect(urls).toContain(`${server.origin}/ostadig`)
    expect(urls).toContain(`${server.origin}/tappar`)
    expect(calls).toBe(3)
    expect(drops).toBe(2)
  })

  it('gives up after 2 retries and reports the status', async () => {
    const server = await serve({'/': page('Start', ['/trasig']), '/trasig': (_q, r) => void r.writeHead(502).end()})
    const {outcome} = await run({start: `${server.origin}/`})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/trasig'))).toMatchObject({ok: false, status: 502, reason: {en: 'The page answered with status 502.'}})
    expect(paths(server).filter((path) => path === '/trasig')).toHaveLength(3)
  })

  it('obeys Retry-After on 429 (the host waits), and does not retry a 404', async () => {
    let calls = 0
    const server = await serve({
      '/': page('Start', ['/upptagen', '/saknas']),
      '/upptagen': (_q, r) => void (++calls === 1 ? r.writeHead(429, {'retry-after': '1'}).end() : r.writeHead(200, {'content-type': 'text/html'}).end(page('Upptagen')))
    })
    const {outcome} = await run({start: `${server.origin}/`, retryBaseMs: 5000})
    const busy = server.requests.filter((request) => request.path === '/upptagen').map((request) => request.at)
    expect(busy).toHaveLength(2)
    expect(busy[1]! - busy[0]!).toBeGreaterThanOrEqual(990)
    expect(outcome.pages.find((entry) => entry.url.endsWith('/upptagen'))).toMatchObject({ok: true})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/saknas'))).toMatchObject({ok: false, status: 404})
    expect(paths(server).filter((path) => path === '/saknas')).toHaveLength(1)
  })

  it('does not wait for a Retry-After beyond the cap', async () => {
    const server = await serve({'/': (_q, r) => void r.writeHead(503, {'retry-after': '3600'}).end()})
    const started = Date.now()
    const {outcome} = await run({start: `${server.origin}/`})
    expect(Date.now() - started).toBeLessThan(5000)
    expect(outcome.pages).toMatchObject([{ok: false, status: 503, reason: {en: 'The page answered with status 503 and asks for a pause of 3600 s: try later.'}}])
  })

  it('times out a slow page', async () => {
    const server = await serve({
      '/': page('Start', ['/seg']),
      '/seg': async (_q, r) => {
        await new Promise((resolve) => setTimeout(resolve, 600))
        r.writeHead(200, {'content-type': 'text/html'}).end(page('Seg'))
      }
    })
    const started = Date.now()
    const {outcome} = await run({start: `${server.origin}/`, timeoutMs: 100, retries: 1})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/seg'))).toMatchObject({ok: false, reason: {en: 'The page could not be fetched: no answer within 0.1 s.'}})
    expect(paths(server).filter((path) => path === '/seg')).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('stops reading a page larger than maxBytes, with or without Content-Length', async () => {
    const big = '<html lang="sv"><body><main>' + '<p>Mycket text om kommunen.</p>'.repeat(400) + '</main></body></html>'
    const server = await serve({
      '/': page('Start', ['/stor', '/strom']),
      '/stor': big,
      '/strom': (_q, r) => {
        r.writeHead(200, {'content-type': 'text/html'})
        r.write(big)
        r.write(big)
        r.end(big)
      }
    })
    const {outcome} = await run({start: `${server.origin}/`, maxBytes: 8000})
    for (const path of ['/stor', '/strom']) {
      expect(outcome.pages.find((entry) => entry.url.endsWith(path))).toMatchObject({ok: false, reason: {en: 'The page is larger than 7.8 kB: it was not checked.'}})
    }
  })
})

describe('redirects', () => {
  const to = (location: string, status = 301) => (_q: unknown, r: import('node:http').ServerResponse) => void r.writeHead(status, {location}).end()

  it('follows a chain of up to 5 and records the page under its final URL', async () => {
    const server = await serve({'/': page('Start', ['/r1']), '/r1': to('/r2'), '/r2': to('/r3', 302), '/r3': to('/r4', 307), '/r4': to('/r5', 308), '/r5': to('/slut'), '/slut': page('Slut')})
    const {urls} = await run({start: `${server.origin}/`})
    expect(urls).toContain(`${server.origin}/slut`)
    expect(urls).not.toContain(`${server.origin}/r1`)
  })

  it('reports more than 5 redirects and redirect loops', async () => {
    const server = await serve({
      '/': page('Start', ['/o1', '/l1']),
      '/o1': to('/o2'), '/o2': to('/o3'), '/o3': to('/o4'), '/o4': to('/o5'), '/o5': to('/o6'), '/o6': to('/o7'), '/o7': page('För långt'),
      '/l1': to('/l2'), '/l2': to('/l1')
    })
    const {outcome} = await run({start: `${server.origin}/`})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/o1'))).toMatchObject({ok: false, reason: {en: 'More than 5 redirects.'}})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/l1'))).toMatchObject({ok: false, reason: {en: `The redirects loop (${server.origin}/l1).`}})
    expect(paths(server)).not.toContain('/o7')
  })

  it('does not follow a redirect to another origin unless --allow-host names it', async () => {
    const other = await serve({'/mal': page('Mål')})
    const server = await serve({'/': page('Start', ['/bort']), '/bort': to(`${other.origin}/mal`)})
    const {outcome} = await run({start: `${server.origin}/`})
    expect(outcome.pages.find((entry) => entry.url.endsWith('/bort'))).toMatchObject({
      ok: false,
      reason: {en: `Redirects to another site (${other.origin}): pass --allow-host 127.0.0.1 to check it.`}
    })
    expect(other.requests).toEqual([])
    const allowed = await run({start: `${server.origin}/`, allowHosts: [`127.0.0.1:${other.port}`]})
    expect(allowed.urls).toContain(`${other.origin}/mal`)
  })
})
