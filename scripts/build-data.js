#!/usr/bin/env node
// Writes every `packages/*/data/*.yml` as JSON to `packages/*/dist/data/*.json`, checked for syntax on the way, so
// rules read JSON at start-up instead of parsing YAML (see packages/core/src/data.ts).
import {mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse} from 'yaml'

const packages = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../packages')
let count = 0
for (const name of readdirSync(packages)) {
  const data = join(packages, name, 'data')
  if (!existsSync(data)) continue
  const out = join(packages, name, 'dist/data')
  mkdirSync(out, {recursive: true})
  for (const file of readdirSync(data)) {
    if (!/\.ya?ml$/.test(file)) continue
    let value
    try {
      value = parse(readFileSync(join(data, file), 'utf8'))
    } catch (error) {
      console.error(`packages/${name}/data/${file}: ${error.message}`)
      process.exit(1)
    }
    writeFileSync(join(out, file.replace(/\.ya?ml$/, '.json')), JSON.stringify(value))
    count++
  }
}
console.log(`build-data: ${count} data files written as JSON`)

// Package-specific data steps (derived lexicons), after the YAML above is in place.
for (const name of readdirSync(packages)) {
  const script = join(packages, name, 'scripts/build-data.js')
  if (existsSync(script)) await import(pathToFileURL(script).href)
}
