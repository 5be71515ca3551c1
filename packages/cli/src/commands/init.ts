import {existsSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {UsageError} from '../errors.js'
import type {Io} from './check.js'

// The text types say which limits apply (sentence length, LIX): web pages by default, letters for plain text and
// Word files, which are mostly letters, e-mails and decisions. The starter spells out what the defaults are anyway.
const starter = {
  extends: ['klarsprak:recommended'],
  language: 'auto',
  textType: 'web',
  overrides: [{files: ['**/*.txt', '**/*.docx'], textType: 'letter'}],
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
  io.stdout.write('Text types: web for Markdown and HTML, letter for .txt and .docx (change textType and overrides).\n')
  return 0
}
