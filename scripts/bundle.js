#!/usr/bin/env node
// Bundles the `klarsprak` command into one file (packages/cli/dist/klarsprak.bundle.js). Loading ~400 small ES
// modules costs a cold `klarsprak check` about 40 % of its time; one bundle loads in a fraction of that.
// @klarsprak/spell stays outside the bundle: it loads WebAssembly and dictionaries relative to its own files.
import {readFileSync, readdirSync, rmSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'packages/cli/dist/klarsprak.bundle.js')

// Our packages find their data files relative to `import.meta.url`; in the bundle that would be the bundle's own
// address, so each module's `import.meta.url` is rewritten to the address of the file it came from, relative to the
// bundle (the packages stay siblings both in this workspace and in node_modules/@klarsprak).
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

// Code that only some commands need (Handlebars and the template library) goes into chunks next to the bundle,
// loaded by their dynamic imports, so a `klarsprak check` on Markdown does not even parse it. Chunks stay in the
// bundle's folder, so the rewritten module addresses above hold for them too.
const chunkPrefix = 'klarsprak.chunk-'
for (const name of readdirSync(dirname(outfile))) {
  if (name.startsWith(chunkPrefix)) rmSync(join(dirname(outfile), name))
}

await build({
  entryPoints: {'klarsprak.bundle': join(root, 'packages/cli/dist/index.js')},
  outdir: dirname(outfile),
  splitting: true,
  chunkNames: `${chunkPrefix}[hash]`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The site checker loads only for `klarsprak site` (a dynamic import), so `check` does not parse it at start.
  external: ['@klarsprak/spell', '@klarsprak/site'],
  plugins: [keepModuleUrls],
  // Bundled CommonJS dependencies (yaml) call `require`.
  banner: {js: "import {createRequire as klarsprakCreateRequire} from 'node:module'; const require = klarsprakCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log('bundle: packages/cli/dist/klarsprak.bundle.js')
