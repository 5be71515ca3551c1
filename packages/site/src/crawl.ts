import {AddressGuard, type Resolver} from './guard.js'
import {Fetcher, type FetchFailure, type FetchSuccess} from './fetcher.js'
import {pageLinks} from './links.js'
import {HostScheduler} from './scheduler.js'
import {looksLikeSitemap, parseSitemap, SitemapTooLargeError, type Sitemap} from './sitemap.js'
import {isCrawlable, looksLikeFile, withoutFragment} from './urls.js'

export interface CrawlOptions {
  /** A page to start from, or a sitemap or sitemap index (plain or gzip). */
  start: string
  /** Pages fetched at most (default 500). */
  maxPages?: number
  /** Links followed from the start page at most (default 10). */
  maxDepth?: number
  /** Requests at a time per host (default 4). */
  concurrency?: number
  /** Milliseconds between requests to one host (default 250; robots.txt Crawl-delay when larger). */
  delayMs?: number
  /** Per request, body included (default 15,000 ms). */
  timeoutMs?: number
  /** Retries on network errors, 429 and 5xx (default 2). */
  retries?: number
  /** First backoff before a retry, doubled each time (default 500 ms). */
  retryBaseMs?: number
  /** Longest Retry-After waited for (default 60,000 ms); a longer one ends the retries. */
  maxRetryAfterMs?: number
  /** Redirects followed per page (default 5). */
  maxRedirects?: number
  /** Bytes read per page (default 5 MB). */
  maxBytes?: number
  /** The User-Agent header (default `klarsprak/VERSION (+docs URL)`); robots.txt is always read for `klarsprak`. */
  userAgent?: string
  /** Other hosts that may be fetched (`--allow-host`). */
  allowHosts?: readonly string[]
  /** DNS resolution, injectable for tests (default: the system resolver). */
  resolver?: Resolver
  /** Pick the pages of a sitemap to fetch (for sharding); crawls always follow every link. */
  selectPages?: (urls: readonly string[]) => readonly string[]
  onProgress?: (progress: CrawlProgress) => void
}

export interface CrawlProgress {
  done: number
  queued: number
  failed: number
  /** Pages per second since the start. */
  rate: number
}

/** A fetched HTML page, handed to the caller as soon as it arrives. */
export interface FetchedPage {
  /** The page's address in results: its same-origin canonical URL, else where redirects ended. */
  url: string
  requestedUrl: string
  html: string
  lastModified?: string
  status: number
}

/** A page of the page list, in order: checked, or failed to load. */
export type PageEntry = {ok: true; url: string} | FetchFailure

export interface SkippedPage {
  url: string
  reason: {sv: string; en: string}
}

export interface CrawlOutcome {
  mode: 'sitemap' | 'crawl'
  /** Every page of the run in a stable order (sitemap order, or breadth first in link order), without duplicates. */
  pages: PageEntry[]
  /** Links and sitemap entries not fetched or not checked, with the reason. */
  skipped: SkippedPage[]
  /** HTTP requests made, robots.txt and retries included. */
  requests: number
}

export const defaultUserAgent = 'klarsprak/0.1.0 (+https://github.com/klarsprak/klarsprak)'
const megabyte = 1024 * 1024

/**
 * Crawl a site (or the pages of a sitemap) politely and hand each HTML page to `onPage` as it arrives. Breadth
 * first, one depth at a time, so the page list does not depend on which response comes back first.
 */
export async function crawl(options: CrawlOptions, onPage: (page: FetchedPage) => void | Promise<void>): Promise<CrawlOutcome> {
  const maxPages = options.maxPages ?? 500
  const maxDepth = options.maxDepth ?? 10
  const maxBytes = options.maxBytes ?? 5 * megabyte
  const skipped: SkippedPage[] = []
  const pages: PageEntry[] = []
  const checked = new Set<string>()
  const pending: Array<Promise<void>> = []
  const started = Date.now()
  let failed = 0
  let queued = 0

  let start: URL
  try {
    start = withoutFragment(new URL(options.start))
  } catch {
    return {mode: 'crawl', pages: [fail(options.start, 'Ogiltig adress: ange en fullständig URL som börjar med https://.', 'Invalid address: give a full URL starting with https://.')], skipped, requests: 0}
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') {
    return {mode: 'crawl', pages: [fail(start.href, 'Bara http- och https-adresser kan kontrolleras.', 'Only http and https addresses can be checked.')], skipped, requests: 0}
  }

  const allowHosts = new Set((options.allowHosts ?? []).map((host) => host.toLowerCase()))
  const allowed = (url: URL) =>
    url.origin === start.origin ||
    (start.protocol === 'http:' && url.protocol === 'https:' && url.hostname === start.hostname && url.port === '') ||
    allowHosts.has(url.hostname.toLowerCase()) ||
    allowHosts.has(url.host.toLowerCase())

  const guard = new AddressGuard(options.resolver)
  const fetcher = new Fetcher({
    guard,
    scheduler: new HostScheduler(options.concurrency ?? 4, options.delayMs ?? 250),
    userAgent: options.userAgent ?? defaultUserAgent,
    robotsAgent: 'klarsprak',
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes,
    retries: options.retries ?? 2,
    retryBaseMs: options.retryBaseMs ?? 500,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    maxRedirects: options.maxRedirects ?? 5,
    allowed
  })
  const outcome = (mode: CrawlOutcome['mode']): CrawlOutcome => ({mode, pages, skipped, requests: fetcher.requests})
  const progress = () => {
    const seconds = (Date.now() - started) / 1000
    options.onProgress?.({done: pages.length, queued, failed, rate: seconds > 0 ? pages.length / seconds : 0})
  }

  try {
    await guard.trustStart(start)
  } catch (error) {
    pages.push(fail(start.href, `Adressen hittades inte: ${(error as Error).message}.`, `The address was not found: ${(error as Error).message}.`))
    return outcome('crawl')
  }

  /**
   * Record one fetched URL in page-list order: a failure, a skipped non-HTML answer, a duplicate, or a page
   * (handed to `onPage`). Returns the page's links when it is a page.
   */
  const accept = (result: FetchSuccess | FetchFailure, depth: number): string[] => {
    if (!result.ok) {
      failed++
      pages.push(result)
      return []
    }
    const {response} = result
    const type = String(response.headers['content-type'] ?? '')
    if (!isHtml(type, response.body)) {
      skipped.push({url: result.url, reason: {sv: `inte en HTML-sida (${type || 'okänd typ'})`, en: `not an HTML page (${type || 'unknown type'})`}})
      return []
    }
    if (response.tooLarge) {
      failed++
      const limit = size(maxBytes)
      pages.push(fail(result.url, `Sidan är större än ${limit.replace('.', ',')}: den kontrollerades inte.`, `The page is larger than ${limit}: it was not checked.`))
      return []
    }
    const html = decode(response.body, type)
    const found = pageLinks(html, result.finalUrl)
    let key = result.finalUrl
    if (found.canonical) {
      const canonical = new URL(found.canonical)
      if (allowed(canonical)) key = canonical.href
    }
    if (checked.has(key)) {
      skipped.push({url: result.url, reason: {sv: `samma sida som ${key}`, en: `the same page as ${key}`}})
      return []
    }
    checked.add(key)
    pages.push({ok: true, url: key})
    const lastModified = response.headers['last-modified']
    pending.push(Promise.resolve(onPage({url: key, requestedUrl: result.url, html, lastModified, status: response.status})))
    return depth < maxDepth && !found.nofollow ? found.links : []
  }

  const first = await fetcher.fetch(start, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5')
  if (first.ok && looksLikeSitemap(new URL(first.finalUrl), String(first.response.headers['content-type'] ?? ''), first.response.body)) {
    const sitemap = readSitemap(first, maxBytes)
    if (sitemap && 'ok' in sitemap) {
      failed++
      pages.push(sitemap)
      progress()
      return outcome('sitemap')
    }
    if (sitemap) {
      let urls = await sitemapPages(sitemap, {fetcher, allowed, maxBytes}, {pages, skipped})
      if (options.selectPages) urls = [...options.selectPages(urls)]
      if (urls.length > maxPages) {
        skipped.push({url: start.href, reason: {sv: `${urls.length - maxPages} sidor till i webbplatskartan, över --max-pages ${maxPages}`, en: `${urls.length - maxPages} more pages in the sitemap, beyond --max-pages ${maxPages}`}})
        urls = urls.slice(0, maxPages)
      }
      queued = urls.length
      const results = await Promise.all(
        urls.map(async (href) => {
          const url = new URL(href)
          const result = (await fetcher.robotsFor(url)).disallows(url) ? undefined : await fetcher.fetch(url)
          queued--
          return result
        })
      )
      for (const [index, result] of results.entries()) {
        if (result) accept(result, 0)
        else skipped.push({url: urls[index]!, reason: {sv: 'robots.txt tillåter inte sidan', en: 'disallowed by robots.txt'}})
      }
      progress()
      await Promise.all(pending)
      return outcome('sitemap')
    }
  }

  // Crawl: depth by depth; within a depth in link order.
  const seen = new Set<string>([start.href])
  let level: string[] = []
  if (first.ok) seen.add(first.finalUrl)
  const firstLinks = accept(first, 0)
  if (first.ok && pages.length === 0) {
    const type = String(first.response.headers['content-type'] ?? '') || 'okänd typ'
    pages.push(fail(start.href, `Adressen är varken en HTML-sida eller en webbplatskarta (${type}).`, `The address is neither an HTML page nor a sitemap (${type.replace('okänd typ', 'unknown type')}).`))
    failed++
  }
  const next = (links: string[], into: string[]) => {
    for (const link of links) {
      const url = new URL(link)
      if (seen.has(url.href)) continue
      seen.add(url.href)
      if (!isCrawlable(url, allowed)) continue
      if (looksLikeFile(url)) {
        skipped.push({url: url.href, reason: {sv: 'en fil, inte en webbsida', en: 'a file, not a web page'}})
        continue
      }
      into.push(url.href)
    }
  }
  next(firstLinks, level)
  progress()
  for (let depth = 1; depth <= maxDepth && level.length > 0 && pages.length < maxPages; depth++) {
    const following: string[] = []
    let at = 0
    while (at < level.length && pages.length < maxPages) {
      const batch = level.slice(at, at + (maxPages - pages.length))
      at += batch.length
      queued = level.length - at + batch.length + following.length
      const results = await Promise.all(
        batch.map(async (href) => {
          const url = new URL(href)
          if ((await fetcher.robotsFor(url)).disallows(url)) return undefined
          const result = await fetcher.fetch(url)
          queued--
          if (result.ok) seen.add(result.finalUrl)
          return result
        })
      )
      for (const [index, result] of results.entries()) {
        if (!result) {
          skipped.push({url: batch[index]!, reason: {sv: 'robots.txt tillåter inte sidan', en: 'disallowed by robots.txt'}})
          continue
        }
        if (pages.length >= maxPages) break
        next(accept(result, depth), following)
      }
      progress()
    }
    level = following
  }
  queued = 0
  progress()
  await Promise.all(pending)
  return outcome('crawl')
}

function fail(url: string, sv: string, en: string): FetchFailure {
  return {ok: false, url, reason: {sv, en}}
}

/** `5 MB`, `7.8 kB`. */
function size(bytes: number): string {
  return bytes >= megabyte ? `${Math.round((bytes / megabyte) * 10) / 10} MB` : `${Math.round((bytes / 1024) * 10) / 10} kB`
}

function isHtml(contentType: string, body: Buffer): boolean {
  if (contentType) return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType)
  return /^\s*(<!doctype html|<html)/i.test(body.subarray(0, 512).toString('utf8'))
}

/** Body text in the charset the Content-Type names (UTF-8 when none or unknown). */
function decode(body: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(body)
    } catch {
      // An unknown charset: UTF-8 is the best guess.
    }
  }
  return body.toString('utf8').replace(/^\ufeff/, '')
}

/**
 * A fetched sitemap, or a failure when it is larger than `maxBytes` (sent or unpacked), or `undefined` when the
 * body is no sitemap. A truncated sitemap is refused rather than read in part: its missing pages would go unnoticed.
 */
function readSitemap(result: FetchSuccess, maxBytes: number): Sitemap | FetchFailure | undefined {
  const tooLarge = () => {
    const limit = size(maxBytes)
    return fail(result.url, `Webbplatskartan är större än ${limit.replace('.', ',')} uppackad och lästes inte.`, `The sitemap is larger than ${limit} unpacked and was not read.`)
  }
  if (result.response.tooLarge) return tooLarge()
  try {
    return parseSitemap(result.response.body, maxBytes)
  } catch (error) {
    if (error instanceof SitemapTooLargeError) return tooLarge()
    throw error
  }
}

/**
 * Page URLs of a sitemap, following a sitemap index (at most 3 levels deep, 1,000 sitemaps), in order. A child
 * sitemap over the size limit is a failure in the page list, so the pages it would have listed are not lost silently.
 */
async function sitemapPages(
  sitemap: Sitemap,
  {fetcher, allowed, maxBytes}: {fetcher: Fetcher; allowed: (url: URL) => boolean; maxBytes: number},
  {pages, skipped}: {pages: PageEntry[]; skipped: SkippedPage[]}
): Promise<string[]> {
  const urls: string[] = []
  const seen = new Set<string>()
  let sitemaps = 0
  const add = async (map: Sitemap, depth: number) => {
    if (map.kind === 'urlset') {
      for (const location of map.locations) {
        let url: URL
        try {
          url = withoutFragment(new URL(location))
        } catch {
          skipped.push({url: location, reason: {sv: 'ogiltig adress i webbplatskartan', en: 'invalid address in the sitemap'}})
          continue
        }
        if (seen.has(url.href)) continue
        seen.add(url.href)
        if (allowed(url)) urls.push(url.href)
        else skipped.push({url: url.href, reason: {sv: 'en annan webbplats (--allow-host)', en: 'another site (--allow-host)'}})
      }
      return
    }
    // Child sitemaps are fetched in parallel (the scheduler keeps it polite) and read in index order.
    const children = map.locations.slice(0, Math.max(0, 1000 - sitemaps))
    sitemaps += children.length
    const fetched = await Promise.all(
      children.map(async (location) => {
        let url: URL
        try {
          url = new URL(location)
        } catch {
          return undefined
        }
        if (!allowed(url) || depth >= 3) return undefined
        const result = await fetcher.fetch(url, 'application/xml,text/xml;q=0.9,*/*;q=0.5')
        return result.ok ? readSitemap(result, maxBytes) : undefined
      })
    )
    for (const [index, child] of fetched.entries()) {
      if (child && 'ok' in child) pages.push(child)
      else if (child) await add(child, depth + 1)
      else skipped.push({url: children[index]!, reason: {sv: 'webbplatskartan kunde inte läsas', en: 'the sitemap could not be read'}})
    }
  }
  await add(sitemap, 0)
  return urls
}
