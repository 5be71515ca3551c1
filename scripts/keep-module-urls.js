// An esbuild plugin shared by the bundles (the command, the language server, the VS Code extension). Our packages
// find their data files relative to `import.meta.url`; in a bundle that would be the bundle's own address, so each of
// our modules' `import.meta.url` is rewritten to an address of the file it came from, relative to the bundle.
import {readFileSync} from 'node:fs'

/** @param {(path: string) => string} addressOf the address (relative to the bundle) that stands for a module file */
export function keepModuleUrls(addressOf) {
  return {
    name: 'keep-module-urls',
    setup(esbuild) {
      esbuild.onLoad({filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/}, (args) => {
        let contents = readFileSync(args.path, 'utf8')
        if (contents.includes('import.meta.url')) {
          const from = addressOf(args.path).split('\\').join('/')
          contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, import.meta.url).href`)
        }
        return {contents, loader: 'js'}
      })
    }
  }
}
