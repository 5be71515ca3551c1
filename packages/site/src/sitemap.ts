import {gunzipSync} from 'node:zlib'
import {XMLParser} from 'fast-xml-parser'

export interface Sitemap {
  kind: 'urlset' | 'index'
  /** Page URLs (`urlset`) or sitemap URLs (`index`), in document order. */
  locations: string[]
}

const parser = new XMLParser({ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', processEntities: true})

/** Whether a response body is gzip (magic bytes), whatever its headers say. */
export function isGzip(body: Buffer): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b
}

/** Whether a response looks like a sitemap: XML content type, `.xml`/`.xml.gz` path, gzip bytes or an XML start. */
export function looksLikeSitemap(url: URL, contentType: string, body: Buffer): boolean {
  if (/\bhtml\b/i.test(contentType)) return false
  if (/\bxml\b|gzip/i.test(contentType) || /\.xml(\.gz)?$/i.test(url.pathname) || isGzip(body)) return true
  return /^\s*(<\?xml|<urlset|<sitemapindex)/.test(body.subarray(0, 200).toString('utf8'))
}

/** A gzip sitemap that unpacks to more than the byte limit (a gzip bomb unpacks 5 MB to gigabytes). */
export class SitemapTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the sitemap unpacks to more than ${limit} bytes`)
    this.name = 'SitemapTooLargeError'
  }
}

/**
 * Parse a sitemap or sitemap index (sitemaps.org), gzip-compressed or not. Returns `undefined` when the body is
 * neither: then the URL is treated as a page. Throws SitemapTooLargeError when gzip data unpacks to more than
 * `maxBytes`: zlib stops at the limit, so memory stays bounded whatever the packing ratio.
 */
export function parseSitemap(body: Buffer, maxBytes = 5 * 1024 * 1024): Sitemap | undefined {
  let text: string
  try {
    text = (isGzip(body) ? gunzipSync(body, {maxOutputLength: maxBytes}) : body).toString('utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new SitemapTooLargeError(maxBytes)
    return undefined
  }
  let document: Record<string, unknown>
  try {
    document = parser.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
  const locations = (entries: unknown) =>
    (Array.isArray(entries) ? entries : [])
      .map((entry) => (typeof entry === 'object' && entry !== null ? String((entry as {loc?: unknown}).loc ?? '').trim() : ''))
      .filter((loc) => loc !== '')
  const urlset = document.urlset as {url?: unknown} | undefined
  if (urlset !== undefined) return {kind: 'urlset', locations: locations(urlset?.url)}
  const index = document.sitemapindex as {sitemap?: unknown} | undefined
  if (index !== undefined) return {kind: 'index', locations: locations(index?.sitemap)}
  return undefined
}
