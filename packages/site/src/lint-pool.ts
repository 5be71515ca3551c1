import {Worker} from 'node:worker_threads'
import type {FileResult} from '@klarsprak/core'
import {PageLinter, type LintSetup, type PageToLint, type RuleFailureReport} from './page-linter.js'

// From the sources (tests), the compiled worker is used: a worker thread cannot load TypeScript.
const workerUrl = import.meta.url.endsWith('.ts') ? new URL('../dist/lint-worker.js', import.meta.url) : new URL('./lint-worker.js', import.meta.url)

/** Pages linted in this thread before workers start: a small site is done before a worker has loaded its rules. */
const pagesBeforeWorkers = 8

interface Job {
  id: number
  page: PageToLint
  resolve: (result: FileResult | undefined) => void
  reject: (error: Error) => void
}

/**
 * Lints pages off the main thread, so fetching goes on while pages are checked: the first few pages in this thread,
 * then up to `workers` worker threads, each with its own rules and dictionaries (0: all in this thread). Results
 * are the same either way.
 */
export class LintPool {
  readonly local: PageLinter
  readonly failures: RuleFailureReport[] = []
  readonly #queue: Job[] = []
  readonly #idle: Worker[] = []
  readonly #workers: Worker[] = []
  readonly #running = new Map<number, {job: Job; worker: Worker}>()
  #submitted = 0
  #nextId = 0

  constructor(
    readonly setup: LintSetup,
    readonly workers: number
  ) {
    this.local = new PageLinter(setup)
  }

  lint(page: PageToLint): Promise<FileResult | undefined> {
    this.#submitted++
    if (this.workers < 1 || this.#submitted <= pagesBeforeWorkers) {
      return this.local.lint(page).finally(() => this.failures.push(...this.local.takeFailures()))
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({id: this.#nextId++, page, resolve, reject})
      if (this.#workers.length < this.workers && this.#idle.length === 0) this.#start()
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #start(): void {
    const worker = new Worker(workerUrl, {workerData: this.setup})
    this.#workers.push(worker)
    worker.on('message', (reply: {id: number; result?: FileResult; failures?: RuleFailureReport[]; error?: string}) => {
      const running = this.#running.get(reply.id)
      if (!running) return
      this.#running.delete(reply.id)
      this.failures.push(...(reply.failures ?? []))
      if (reply.error !== undefined) running.job.reject(new Error(reply.error))
      else running.job.resolve(reply.result)
      this.#idle.push(worker)
      this.#dispatch()
    })
    worker.on('error', (error) => {
      for (const [id, running] of this.#running) {
        if (running.worker !== worker) continue
        this.#running.delete(id)
        running.job.reject(error)
      }
    })
    this.#idle.push(worker)
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift()!
      const job = this.#queue.shift()!
      this.#running.set(job.id, {job, worker})
      worker.postMessage({id: job.id, page: job.page})
    }
  }
}
