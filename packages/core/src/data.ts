import {existsSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Read a rule's YAML data file (`<package>/data/<name>.yml`). The build writes each one as JSON to
 * `<package>/dist/data/<name>.json` (`scripts/build-data.js`); that copy is used when it is at least as new, because
 * parsing YAML at start-up costs a cold `klarsprak check` a few hundred milliseconds. Editing the YAML takes effect
 * at once: an older JSON copy is ignored.
 */
export function readDataFile<T = unknown>(url: URL): T {
  const compiled = new URL(url.href.replace(/\/data\/([^/]+)\.ya?ml$/, '/dist/data/$1.json'))
  if (compiled.href !== url.href && existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(url).mtimeMs) {
    return JSON.parse(readFileSync(compiled, 'utf8')) as T
  }
  // Loaded only when needed: the YAML parser alone takes tens of milliseconds to load.
  const {parse} = require('yaml') as typeof import('yaml')
  return parse(readFileSync(url, 'utf8')) as T
}
