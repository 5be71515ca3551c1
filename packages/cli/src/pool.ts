import {Worker} from 'node:worker_threads'
import {Session, type CheckedFile, type SessionOptions} from './session.js'

export interface RuleFailureReport {
  ruleId: string
  path: string
  message: string
}

export interface CheckProgress {
  done: number
  total: number
}

/** Below this many files per worker, starting threads (each loads rules and dictionaries) costs more than it saves. */
const filesPerWorker = 8

/**
 * Check files with `jobs` worker threads (or in this thread when that is faster). Results come back in the order
 * of `paths`, whatever order the workers finish in, so output is identical for any number of workers.
 */
export async function checkAll(
  paths: readonly string[],
  options: SessionOptions,
  jobs: number,
  onProgress?: (progress: CheckProgress) => void
): Promise<{checked: Array<CheckedFile | undefined>; failures: RuleFailureReport[]}> {
  const workers = Math.min(jobs, Math.floor(paths.length / filesPerWorker))
  if (workers <= 1) return checkInThread(paths, options, onProgress)

  const checked: Array<CheckedFile | undefined> = new Array(paths.length)
  const failures: RuleFailureReport[] = []
  let next = 0
  let done = 0

  await new Promise<void>((resolve, reject) => {
    let running = workers
    for (let count = 0; count < workers; count++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {workerData: options})
      const feed = () => {
        if (next < paths.length) {
          worker.postMessage({index: next, path: paths[next]})
          next++
        } else {
          void worker.terminate()
          if (--running === 0) resolve()
        }
      }
      worker.on('message', (reply: {index: number; checked?: CheckedFile; failures?: RuleFailureReport[]; error?: string}) => {
        if (reply.error !== undefined) {
          reject(new Error(reply.error))
          return
        }
        checked[reply.index] = reply.checked
        failures.push(...(reply.failures ?? []))
        onProgress?.({done: ++done, total: paths.length})
        feed()
      })
      worker.on('error', reject)
      feed()
    }
  })
  return {checked, failures: dedupe(failures)}
}

async function checkInThread(paths: readonly string[], options: SessionOptions, onProgress?: (progress: CheckProgress) => void) {
  const session = new Session(options)
  await session.ready()
  const checked: Array<CheckedFile | undefined> = []
  for (const path of paths) {
    checked.push(await session.check(path))
    onProgress?.({done: checked.length, total: paths.length})
  }
  const failures = session.linter.failures.map((failure) => ({ruleId: failure.ruleId, path: failure.path, message: failure.error.message}))
  return {checked, failures}
}

function dedupe(failures: RuleFailureReport[]): RuleFailureReport[] {
  const seen = new Set<string>()
  return failures.filter((failure) => !seen.has(failure.ruleId) && seen.add(failure.ruleId))
}
