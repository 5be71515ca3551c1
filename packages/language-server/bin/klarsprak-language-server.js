#!/usr/bin/env node
import {statSync} from 'node:fs'

// The build bundles the server into one file, which starts faster than the modules it is made of; it is used only
// while it is newer than every package's last compile, so a stale bundle never runs old code.
const bundle = new URL('../dist/klarsprak-language-server.bundle.js', import.meta.url)

function bundleIsFresh() {
  let built
  try {
    built = statSync(bundle).mtimeMs
  } catch {
    return false
  }
  for (const name of ['core', 'spell', 'rules-sv', 'rules-en', 'rules-web', 'templates', 'language-server']) {
    try {
      if (statSync(new URL(`../../${name}/tsconfig.tsbuildinfo`, import.meta.url)).mtimeMs > built) return false
    } catch {
      // Not in this workspace (an installed package): the bundle is what was published.
    }
  }
  return true
}

if (process.argv.includes('--version')) {
  console.log('0.1.0')
} else {
  const {main} = await import(bundleIsFresh() ? bundle.href : '../dist/main.js')
  main()
}
