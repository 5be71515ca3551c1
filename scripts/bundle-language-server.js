#!/usr/bin/env node
// Bundles the language server into one file (packages/language-server/dist/klarsprak-language-server.bundle.js), as
// scripts/bundle.js does for the command: one file loads much faster than the ~400 modules it is made of. With
// `--out DIR` it writes a self-contained copy for the VS Code extension instead (see packages/vscode).
import {dirname, join, relative} from 'node:path'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'packages/language-server/dist/klarsprak-language-server.bundle.js')

// Our packages find their data files relative to `import.meta.url`; each module's `import.meta.url` becomes the
// address of the file it came from, relative to the bundle (the packages stay siblings in this workspace).
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(esbuild) {
    esbuild.onLoad({filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/}, (args) => {
      let contents = readFileSync(args.path, 'utf8')
      if (contents.includes('import.meta.url')) {
        const from = relative(dirname(outfile), args.path).split('\\').join('/')
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, import.meta.url).href`)
      }
      return {contents, loader: 'js'}
    })
  }
}

await build({
  entryPoints: [join(root, 'packages/language-server/dist/main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@klarsprak/spell'],
  plugins: [keepModuleUrls],
  banner: {js: "import {createRequire as klarsprakCreateRequire} from 'node:module'; const require = klarsprakCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log('bundle: packages/language-server/dist/klarsprak-language-server.bundle.js')
