#!/usr/bin/env node
// Builds the extension into dist/: the client (extension.cjs), the language server as one file (server.mjs) with
// the data files it reads beside it (res/<package>/…), the rule pages (rules/), the dictionaries and `yaml` (which
// core loads at run time with `require`) in dist/node_modules, and a copy of the config schema (schema/).
import {cpSync, existsSync, mkdirSync, realpathSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {keepModuleUrls} from '../../../scripts/keep-module-urls.js'

const here = join(dirname(fileURLToPath(import.meta.url)), '..')
const root = join(here, '../..')
const dist = join(here, 'dist')
const packages = ['core', 'spell', 'rules-sv', 'rules-en', 'rules-web', 'templates', 'language-server']

for (const name of ['extension.cjs', 'server.mjs', 'res', 'rules', 'node_modules']) rmSync(join(dist, name), {recursive: true, force: true})
mkdirSync(dist, {recursive: true})

await build({
  entryPoints: [join(here, 'src/extension.ts')],
  outfile: join(dist, 'extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning'
})

// Each of our modules finds its data relative to `import.meta.url`: point it at the module's copy under res/.
const moduleUrls = keepModuleUrls((path) => `./res/${relative(join(root, 'packages'), path)}`)

await build({
  stdin: {contents: "import {main} from './main.js'\nmain()\n", resolveDir: join(root, 'packages/language-server/dist'), sourcefile: 'start.js'},
  outfile: join(dist, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [moduleUrls],
  // Bundled CommonJS code (yaml, the Emscripten loader of Hunspell) uses `require` and `__dirname`.
  banner: {
    js: "import {createRequire as klarsprakCreateRequire} from 'node:module'; import {fileURLToPath as klarsprakPath} from 'node:url'; const require = klarsprakCreateRequire(import.meta.url); const __filename = klarsprakPath(import.meta.url); const __dirname = klarsprakPath(new URL('.', import.meta.url));"
  },
  logLevel: 'warning'
})

// Data files, with their times kept: a compiled JSON copy is used only while it is at least as new as its YAML.
for (const name of packages) {
  for (const folder of ['data', 'dist/data']) {
    const source = join(root, 'packages', name, folder)
    if (existsSync(source)) cpSync(source, join(dist, 'res', name, folder), {recursive: true, preserveTimestamps: true})
  }
}
cpSync(join(root, 'rules'), join(dist, 'rules'), {recursive: true})
mkdirSync(join(here, 'schema'), {recursive: true})
cpSync(join(root, 'packages/core/schema/klarsprakrc.schema.json'), join(here, 'schema/klarsprakrc.schema.json'))

// Packages resolved at run time by name: the dictionaries (from @klarsprak/spell) and yaml (from @klarsprak/core).
const fromSpell = createRequire(join(root, 'packages/spell/package.json'))
const fromCore = createRequire(join(root, 'packages/core/package.json'))
const runtime = [
  ['dictionary-sv', fromSpell],
  ['dictionary-en', fromSpell],
  ['dictionary-en-gb', fromSpell],
  ['yaml', fromCore]
]
for (const [name, require] of runtime) {
  // The package folder: the main file's folder, up to the one with its package.json (exports may hide it).
  let folder = realpathSync(dirname(require.resolve(name)))
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder)
  cpSync(folder, join(dist, 'node_modules', name), {recursive: true, dereference: true})
}
console.log('vscode: dist/extension.cjs, dist/server.mjs and their files')
