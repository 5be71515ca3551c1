// Worker thread: lints the pages the main thread sends, one at a time, with its own rules and dictionaries.
import {parentPort, workerData} from 'node:worker_threads'
import {PageLinter, type LintSetup, type PageToLint} from './page-linter.js'

const linter = new PageLinter(workerData as LintSetup)

parentPort!.on('message', async ({id, page}: {id: number; page: PageToLint}) => {
  try {
    const result = await linter.lint(page)
    parentPort!.postMessage({id, result, failures: linter.takeFailures()})
  } catch (error) {
    parentPort!.postMessage({id, error: (error as Error).message})
  }
})
