#!/usr/bin/env node
import {statSync} from 'node:fs'

// The build bundles the command into one file, which starts much faster than the ~400 modules it is made of. It is
// used only while it is newer than every package's last compile, so a stale bundle never runs old code.
const bundle = new URL('../dist/klarsprak.bundle.js', import.meta.url)

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

const {main} = await import(bundleIsFresh() ? bundle.href : '../dist/index.js')
process.exitCode = await main(process.argv.slice(2))
