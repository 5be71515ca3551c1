#!/usr/bin/env node
// Run the property tests with many cases: `node test/properties/run.js --cases 1000000 [--seed N]`.
// The cases are split over the formats as in CI (see budget.ts); prints the count and the time taken.
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {cases: {type: 'string', default: '1000000'}, seed: {type: 'string'}}})
const cases = Number(values.cases)
if (!Number.isInteger(cases) || cases < 4) throw new Error('--cases takes a whole number of at least 4')

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const env = {...process.env, PROPERTY_CASES: String(cases)}
// New cases each run unless a seed is given (the test run itself uses a fixed seed).
if (values.seed !== undefined) env.PROPERTY_SEED = values.seed
else env.PROPERTY_RANDOM = '1'
const started = Date.now()
const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/properties/', '--exclude', '**/workers.*', '--exclude', '**/regressions.*'], {
  cwd: root,
  env,
  stdio: 'inherit'
})
const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`${cases} cases in ${seconds} s: ${run.status === 0 ? 'all passed' : 'FAILED'}`)
process.exit(run.status ?? 1)
