/**
 * Politeness per host: at most `concurrency` requests at a time, and at least `delay` ms between the starts of two
 * requests to the same host. A host can be paused (429 or 503 with Retry-After) and given a longer delay
 * (robots.txt Crawl-delay).
 */
export class HostScheduler {
  readonly #hosts = new Map<string, HostState>()

  constructor(
    readonly concurrency: number,
    readonly delayMs: number
  ) {}

  /** Use at least `ms` between requests to `host` (never less than the default delay). */
  setDelay(host: string, ms: number): void {
    const state = this.#state(host)
    state.delay = Math.max(this.delayMs, ms)
    // The request that fetched robots.txt counts: the next one waits the new delay after it.
    state.nextStart = Math.max(state.nextStart, state.lastStart + state.delay)
  }

  delayOf(host: string): number {
    return this.#state(host).delay
  }

  /** Start no request to `host` for `ms`. */
  pause(host: string, ms: number): void {
    const state = this.#state(host)
    state.nextStart = Math.max(state.nextStart, Date.now() + ms)
  }

  /** Run `task` when `host` has a free slot and its delay has passed. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.#state(host)
    await new Promise<void>((resolve) => {
      state.waiting.push(resolve)
      this.#pump(state)
    })
    try {
      return await task()
    } finally {
      state.active--
      this.#pump(state)
    }
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host)
    if (!state) {
      state = {active: 0, nextStart: 0, lastStart: 0, delay: this.delayMs, waiting: [], timer: undefined}
      this.#hosts.set(host, state)
    }
    return state
  }

  #pump(state: HostState): void {
    while (state.active < this.concurrency && state.waiting.length > 0) {
      const now = Date.now()
      if (now < state.nextStart) {
        if (!state.timer) {
          state.timer = setTimeout(() => {
            state.timer = undefined
            this.#pump(state)
          }, state.nextStart - now)
        }
        return
      }
      state.active++
      state.lastStart = now
      state.nextStart = now + state.delay
      state.waiting.shift()!()
    }
  }
}

interface HostState {
  active: number
  /** Earliest time (ms since epoch) the next request may start. */
  nextStart: number
  lastStart: number
  delay: number
  waiting: Array<() => void>
  timer: ReturnType<typeof setTimeout> | undefined
}
