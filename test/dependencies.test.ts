import {readFileSync, readdirSync, statSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {devDependencies?: Record<string, string>}

function sources(folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(ts|js)$/.test(name)) found.push(path)
    }
  }
  for (const sub of ['src', 'bin', 'scripts']) {
    try {
      walk(join(folder, sub))
    } catch {
      // The package has no such folder.
    }
  }
  return found
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

// Every package declares what it imports, so a fresh install (CI, a user) has it: a hoisted node_modules can
// otherwise hide a missing entry for a long time.
describe('package dependencies', () => {
  for (const name of readdirSync(join(root, 'packages'))) {
    it(`@klarsprak/${name} declares every package it imports`, () => {
      const folder = join(root, 'packages', name)
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name: string
        dependencies?: Record<string, string>
        devDependencies?: Record<string, string>
      }
      const production = new Set(Object.keys(manifest.dependencies ?? {}))
      const all = new Set([...production, ...Object.keys(manifest.devDependencies ?? {}), ...Object.keys(rootManifest.devDependencies ?? {})])
      const missing: string[] = []
      for (const file of sources(folder)) {
        const test = /\.test\.ts$|testing\.ts$|\/scripts\//.test(file)
        const text = readFileSync(file, 'utf8')
        for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'".][^'"]*)['"]|import\(\s*['"]([^'".][^'"]*)['"]\s*\)/gm)) {
          const specifier = match[2] ?? match[3]!
          if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
          const dependency = packageName(specifier)
          if (dependency === manifest.name) continue
          // An editor extension's `vscode` module is provided by the editor; only its types are a dependency.
          if (dependency === 'vscode' && manifest.devDependencies?.['@types/vscode']) continue
          const typeOnly = match[1] !== undefined
          const needed = typeOnly && !all.has(dependency) ? `@types/${dependency}` : dependency
          const declared = test ? all : production
          if (!declared.has(needed)) missing.push(`${needed} (${file.slice(folder.length + 1)})`)
        }
      }
      expect([...new Set(missing)]).toEqual([])
    })
  }
})
