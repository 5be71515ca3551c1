#!/usr/bin/env node
// Bundles the `klarsprak` command into one file (packages/cli/dist/klarsprak.bundle.cjs). Loading ~400 small ES
// modules costs a cold `klarsprak check` about 40 % of its time; one bundle loads in a fraction of that. The bundle
// is CommonJS so that bin/klarsprak.js can compile it with a V8 code cache (ES modules cannot use one in Node 20):
// compiling the 3 MB bundle was the largest cost of a cold start after loading the dictionary.
// Hunspell's WebAssembly is embedded in hunspell-asm's script, and @klarsprak/spell finds the dictionaries from its
// own (rewritten) `import.meta.url`, so the spell checker is bundled too.
import {execFileSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {keepModuleUrls} from './keep-module-urls.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'packages/cli/dist/klarsprak.bundle.cjs')

const plugins = [keepModuleUrls((path) => relative(dirname(outfile), path))]

await build({
  entryPoints: [join(root, 'packages/cli/dist/index.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins,
  // The address of the bundle itself, for the rewritten `import.meta.url` of bundled modules.
  define: {'import.meta.url': 'klarsprakBundleUrl'},
  banner: {
    js: "var klarsprakBundleUrl = require('node:url').pathToFileURL(__filename).href; var klarsprakImport = globalThis[Symbol.for('klarsprak.import')];"
  },
  logLevel: 'warning'
})
// A dynamic `import()` that esbuild could not resolve (a `klarsprak.config.js`) goes through the bin's own import:
// code that V8 restores from a code cache has lost the script's import callback in Node 20.
const bundled = readFileSync(outfile, 'utf8')
writeFileSync(outfile, bundled.replace(/(?<![\w$.])import\((?=[^'"])/g, 'klarsprakImport('))
// The ES module bundle of earlier builds: the bin no longer looks for it.
rmSync(join(root, 'packages/cli/dist/klarsprak.bundle.js'), {force: true})

// Write the code cache: one check of a small letter compiles what a usual run needs.
const cache = join(root, 'packages/cli/dist/klarsprak.bundle.cache')
rmSync(cache, {force: true})
try {
  execFileSync(process.execPath, [join(root, 'packages/cli/bin/klarsprak.js'), 'check', '--stdin', '--stdin-filename', 'brev.md'], {
    input: '---\nlang: sv\n---\n\n# Beslut\n\nDu erhåller beslutet inom två veckor. Ring oss kl. 9.00 om du har frågor.\n',
    env: {...process.env, KLARSPRAK_WRITE_CODE_CACHE: '1'},
    stdio: ['pipe', 'ignore', 'inherit']
  })
} catch (error) {
  // Exit code 1: the letter has findings. Without a cache the command still works, only starts slower.
  if (error.status !== 1) console.warn(`bundle: no code cache written (${error.message.split('\n')[0]})`)
}
console.log('bundle: packages/cli/dist/klarsprak.bundle.cjs (with code cache)')
