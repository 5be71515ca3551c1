import fc from 'fast-check'
import {expect, test} from 'vitest'
import {klarsprak, project} from '../helpers.js'
import {seed} from './budget.js'
import {documents, fileNames, type Format} from './pieces.js'

/**
 * One worker and two give the same results: a sample of generated documents of every format, checked by the real
 * command with `--jobs 1` and `--jobs 2` (a pool per run is too slow for every case; the files are many enough for
 * two workers). NUL is left out: the command reads such a file as binary, in both runs alike.
 */
test('klarsprak check --jobs 1 and --jobs 2 agree on generated documents', async () => {
  const files: Record<string, string> = {}
  for (const format of Object.keys(documents) as Format[]) {
    const sample = fc.sample(documents[format], {numRuns: 16, seed: seed ?? 13})
    sample.forEach((value, index) => (files[`${index}-${fileNames[format]}`] = value.replace(/\u0000/g, '')))
  }
  const folder = project(files)
  const args = ['check', '.', '--no-config', '--rule', 'spelling:warning', '--format', 'json']
  const one = await klarsprak([...args, '--jobs', '1'], {cwd: folder})
  const two = await klarsprak([...args, '--jobs', '2'], {cwd: folder})
  expect(one.code).toBe(1)
  expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout))
  expect(JSON.parse(one.stdout).files).toHaveLength(64)
}, 120_000)
