import robotsModule from 'robots-parser'
import {BlockedAddressError, type AddressGuard} from './guard.js'
import {getOnce, NetworkError, type RawResponse} from './http.js'
import type {HostScheduler} from './scheduler.js'
import {withoutFragment} from './urls.js'

export interface FetcherOptions {
  guard: AddressGuard
  scheduler: HostScheduler
  userAgent: string
  /** The product token robots.txt groups are matched against. */
  robotsAgent: string
  timeoutMs: number
  maxBytes: number
  retries: number
  /** First backoff (ms); doubled on each retry. */
  retryBaseMs: number
  /** Longest Retry-After honoured (ms); a longer one ends the retries. */
  maxRetryAfterMs: number
  maxRedirects: number
  /** Whether a URL's origin may be fetched (the start origin and `--allow-host`). */
  allowed: (url: URL) => boolean
}

/** Why a page could not be fetched, in both languages (the page's language is not known yet). */
export interface FetchFailure {
  ok: false
  url: string
  status?: number
  /** Refused by the address guard: nothing was sent. */
  blocked?: boolean
  reason: {sv: string; en: string}
}

export interface FetchSuccess {
  ok: true
  url: string
  /** Where the redirects ended. */
  finalUrl: string
  response: RawResponse
}

export type FetchOutcome = FetchSuccess | FetchFailure

// robots-parser is CommonJS (`module.exports = fn`) while its types declare a default export.
type Robot = ReturnType<typeof robotsModule.default>
const robotsParser = robotsModule as unknown as typeof robotsModule.default

const failure = (url: URL | string, sv: string, en: string, status?: number): FetchFailure => ({ok: false, url: String(url), status, reason: {sv, en}})

/** Fetches pages politely: robots.txt per origin, per-host scheduling, retries with backoff, checked redirects. */
export class Fetcher {
  readonly #robots = new Map<string, Promise<RobotsRules>>()
  requests = 0

  constructor(readonly options: FetcherOptions) {}

  /** robots.txt of the URL's origin, fetched once; also sets the host's Crawl-delay. */
  robotsFor(url: URL): Promise<RobotsRules> {
    let rules = this.#robots.get(url.origin)
    if (!rules) {
      rules = this.#loadRobots(url)
      this.#robots.set(url.origin, rules)
    }
    return rules
  }

  /** GET with redirects followed (at most `maxRedirects`, each one checked like the first URL). */
  async fetch(start: URL, accept?: string): Promise<FetchOutcome> {
    const chain = new Set<string>()
    let url = start
    for (let hop = 0; ; hop++) {
      if (!this.options.allowed(url)) {
        return failure(start, `Omdirigerar till en annan webbplats (${url.origin}): ange --allow-host ${url.hostname} om den ska kontrolleras.`, `Redirects to another site (${url.origin}): pass --allow-host ${url.hostname} to check it.`)
      }
      const robots = await this.robotsFor(url)
      if (robots.blocked) return {...robots.blocked, url: start.href}
      if (robots.failed) return failure(start, `robots.txt kunde inte läsas (${robots.failed}): inga sidor hämtas.`, `robots.txt could not be read (${robots.failed}): no pages are fetched.`)
      if (!robots.isAllowed(url)) return failure(start, `robots.txt tillåter inte ${url.pathname}.`, `robots.txt disallows ${url.pathname}.`)
      chain.add(url.href)
      const response = await this.#getWithRetries(url, accept)
      if ('ok' in response) return {...response, url: start.href}
      const location = response.headers.location
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= this.options.maxRedirects) {
          return failure(start, `Fler än ${this.options.maxRedirects} omdirigeringar.`, `More than ${this.options.maxRedirects} redirects.`, response.status)
        }
        let next: URL
        try {
          next = withoutFragment(new URL(location, url))
        } catch {
          return failure(start, `Ogiltig omdirigering: ${location}`, `Invalid redirect: ${location}`, response.status)
        }
        if (chain.has(next.href)) return failure(start, `Omdirigeringarna går i en slinga (${next.href}).`, `The redirects loop (${next.href}).`, response.status)
        url = next
        continue
      }
      if (response.status < 200 || response.status >= 300) {
        return failure(start, `Sidan svarade med status ${response.status}.`, `The page answered with status ${response.status}.`, response.status)
      }
      return {ok: true, url: start.href, finalUrl: url.href, response}
    }
  }

  /** One URL with retries on network errors, 429 and 5xx; a failure after the last try is a FetchFailure. */
  async #getWithRetries(url: URL, accept?: string): Promise<RawResponse | FetchFailure> {
    const {scheduler, retries, retryBaseMs, maxRetryAfterMs} = this.options
    for (let attempt = 0; ; attempt++) {
      let response: RawResponse
      try {
        this.requests++
        response = await scheduler.run(url.host, () => getOnce(url, {...this.options, accept}))
      } catch (error) {
        if (error instanceof BlockedAddressError) {
          return {...failure(url, `Hämtas inte: ${error.hostname} är en intern adress (${error.address}, ${error.range}).`, `Not fetched: ${error.message}.`), blocked: true}
        }
        const retry = !(error instanceof NetworkError) || error.retry
        if (!retry || attempt >= retries) {
          const reason = (error as Error).message
          return failure(url, `Sidan kunde inte hämtas: ${reason}.`, `The page could not be fetched: ${reason}.`)
        }
        await sleep(retryBaseMs * 2 ** attempt)
        continue
      }
      if (response.status !== 429 && response.status < 500) return response
      if (attempt >= retries) return response
      const after = retryAfterMs(response.headers['retry-after'])
      if (after !== undefined && after > maxRetryAfterMs) {
        return failure(url, `Sidan svarade med status ${response.status} och ber om en paus på ${Math.round(after / 1000)} s: försök senare.`, `The page answered with status ${response.status} and asks for a pause of ${Math.round(after / 1000)} s: try later.`, response.status)
      }
      const wait = after ?? retryBaseMs * 2 ** attempt
      // The whole host waits, not only this request: that is what Retry-After asks for.
      scheduler.pause(url.host, wait)
      await sleep(wait)
    }
  }

  async #loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url.origin)
    let current = robotsUrl
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      const response = await this.#getWithRetries(current, 'text/plain,*/*;q=0.5')
      if ('ok' in response && response.blocked) return RobotsRules.refused(response)
      if ('ok' in response) return RobotsRules.unreachable(response.reason.en.replace(/^The page could not be fetched: |\.$/g, ''))
      const location = response.headers.location
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current)
        if (!this.options.allowed(current)) return RobotsRules.allowAll()
        continue
      }
      // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx) forbids everything.
      if (response.status >= 400 && response.status < 500) return RobotsRules.allowAll()
      if (response.status >= 500) return RobotsRules.unreachable(`status ${response.status}`)
      const rules = new RobotsRules(robotsParser(robotsUrl.href, response.body.toString('utf8')), this.options.robotsAgent)
      const delay = rules.crawlDelayMs
      if (delay !== undefined) this.options.scheduler.setDelay(url.host, delay)
      return rules
    }
    return RobotsRules.allowAll()
  }
}

/** The rules of one origin's robots.txt for our product token. */
export class RobotsRules {
  failed: string | undefined
  /** The origin's address is refused by the guard; every page on it gets this failure. */
  blocked: FetchFailure | undefined

  constructor(
    readonly robot: Robot | undefined,
    readonly agent: string
  ) {}

  static allowAll(): RobotsRules {
    return new RobotsRules(undefined, '')
  }

  static unreachable(reason: string): RobotsRules {
    const rules = new RobotsRules(undefined, '')
    rules.failed = reason
    return rules
  }

  /** Whether the origin's robots.txt explicitly disallows the URL (unreadable or refused robots are failures, not this). */
  disallows(url: URL): boolean {
    return this.robot !== undefined && this.robot.isAllowed(url.href, this.agent) === false
  }

  static refused(failure: FetchFailure): RobotsRules {
    const rules = new RobotsRules(undefined, '')
    rules.blocked = failure
    return rules
  }

  isAllowed(url: URL): boolean {
    return this.robot ? this.robot.isAllowed(url.href, this.agent) !== false : this.failed === undefined && this.blocked === undefined
  }

  /** Crawl-delay in ms, capped at one minute (a larger value would stall a CI run for hours). */
  get crawlDelayMs(): number | undefined {
    const seconds = this.robot?.getCrawlDelay(this.agent)
    return seconds === undefined || !(seconds >= 0) ? undefined : Math.min(seconds * 1000, 60_000)
  }
}

/** Retry-After in ms: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
