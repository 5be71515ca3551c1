#!/usr/bin/env node
// Bundles the language server into one file (packages/language-server/dist/klarsprak-language-server.bundle.js), as
// scripts/bundle.js does for the command: one file loads much faster than the ~400 modules it is made of. With
// `--out DIR` it writes a self-contained copy for the VS Code extension instead (see packages/vscode).
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {keepModuleUrls} from './keep-module-urls.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'packages/language-server/dist/klarsprak-language-server.bundle.js')

const plugins = [keepModuleUrls((path) => relative(dirname(outfile), path))]

await build({
  entryPoints: [join(root, 'packages/language-server/dist/main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@klarsprak/spell'],
  plugins,
  banner: {js: "import {createRequire as klarsprakCreateRequire} from 'node:module'; const require = klarsprakCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log('bundle: packages/language-server/dist/klarsprak-language-server.bundle.js')
