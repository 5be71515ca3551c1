#!/usr/bin/env node
// Writes the editors' JSON Schema of the config (packages/core/schema/klarsprakrc.schema.json and the VS Code
// extension's copy) with the rule ids and each rule's options taken from the rules themselves (RuleMeta.options).
// Run after `tsc -b`; packages/cli/src/config-schema.test.ts fails while the files are out of date.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {configJsonSchema} from '../packages/core/dist/index.js'
import {createRegistry} from '../packages/cli/dist/session.js'

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const files = ['packages/core/schema/klarsprakrc.schema.json', 'packages/vscode/schema/klarsprakrc.schema.json']
const base = JSON.parse(readFileSync(join(root, files[0]), 'utf8'))
const text = `${JSON.stringify(configJsonSchema(base, createRegistry()), null, 2)}\n`
for (const file of files) writeFileSync(join(root, file), text)
console.log(`build-schema: ${files.join(' and ')} written`)
