// Worker thread: checks the files the main thread sends, one at a time, with its own session.
import {parentPort, workerData} from 'node:worker_threads'
import {Session, type SessionOptions} from './session.js'

export interface WorkRequest {
  index: number
  path: string
}

const session = new Session(workerData as SessionOptions)

parentPort!.on('message', async (request: WorkRequest) => {
  try {
    const checked = await session.check(request.path)
    const failures = session.linter.failures.splice(0).map((failure) => ({ruleId: failure.ruleId, path: failure.path, message: failure.error.message}))
    parentPort!.postMessage({index: request.index, checked, failures})
  } catch (error) {
    parentPort!.postMessage({index: request.index, error: (error as Error).message})
  }
})
