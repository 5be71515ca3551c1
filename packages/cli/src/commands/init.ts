import {existsSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {UsageError} from '../errors.js'
import type {Io} from './check.js'

const starter = {
  extends: ['klarsprak:recommended'],
  language: 'auto',
  textType: 'web',
  rules: {},
  dictionary: [],
  terms: [],
  ignore: ['node_modules/**']
}

/** `klarsprak init`: write a starter config, never over an existing file. */
export async function runInit(argv: string[], io: Io): Promise<number> {
  if (argv.length > 0) throw new UsageError('`klarsprak init` takes no arguments')
  const path = join(io.cwd, '.klarsprakrc.json')
  if (existsSync(path)) throw new UsageError('.klarsprakrc.json already exists here; it was left as it is')
  await writeFile(path, JSON.stringify(starter, null, 2) + '\n', {flag: 'wx'})
  io.stdout.write('Wrote .klarsprakrc.json\n')
  return 0
}
