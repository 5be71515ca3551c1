#!/usr/bin/env node
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

// `klarsprak template list | head`: a reader that stops early is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

// The build bundles the command into one file, which starts much faster than the ~400 modules it is made of. It is
// used only while it is newer than every package's last compile, so a stale bundle never runs old code.
const bundle = fileURLToPath(new URL('../dist/klarsprak.bundle.cjs', import.meta.url))
// V8's compiled code for the bundle, written by the build (scripts/bundle.js); V8 rejects it if the bundle or Node
// changed, and the bundle is then compiled from source as usual.
const codeCache = fileURLToPath(new URL('../dist/klarsprak.bundle.cache', import.meta.url))

function bundleIsFresh() {
  let built
  try {
    built = statSync(bundle).mtimeMs
  } catch {
    return false
  }
  for (const name of ['core', 'spell', 'rules-sv', 'rules-en', 'rules-web', 'site', 'report', 'templates', 'cli']) {
    try {
      if (statSync(new URL(`../../${name}/tsconfig.tsbuildinfo`, import.meta.url)).mtimeMs > built) return false
    } catch {
      // Not in this workspace (an installed package): the bundle is what was published.
    }
  }
  return true
}

/** Run the CommonJS bundle with the code cache; returns its `main` and a function that writes a new cache. */
function loadBundle() {
  // For the bundle's dynamic imports (config files written in JavaScript).
  globalThis[Symbol.for('klarsprak.import')] = (specifier) => import(specifier)
  let cachedData
  try {
    cachedData = readFileSync(codeCache)
  } catch {
    // No cache: compile from source.
  }
  const source = readFileSync(bundle, 'utf8')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData
  })
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const writeCache = () => {
    const temporary = `${codeCache}.${process.pid}`
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, codeCache)
  }
  return {main: module.exports.main, writeCache, rejected: cachedData === undefined || script.cachedDataRejected === true}
}

if (bundleIsFresh()) {
  const {main, writeCache, rejected} = loadBundle()
  process.exitCode = await main(process.argv.slice(2))
  // After a run, so the cache holds the functions the run compiled, not only the top level. A missing or rejected
  // cache (another Node version) is replaced when the folder is writable; the next run then starts faster.
  if (process.env.KLARSPRAK_WRITE_CODE_CACHE || rejected) {
    try {
      writeCache()
    } catch (error) {
      if (process.env.KLARSPRAK_WRITE_CODE_CACHE) throw error
    }
  }
} else {
  const {main} = await import('../dist/index.js')
  process.exitCode = await main(process.argv.slice(2))
}
