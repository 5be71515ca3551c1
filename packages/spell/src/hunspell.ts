import {createRequire} from 'node:module'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {loadModule, type Hunspell, type HunspellFactory} from 'hunspell-asm'

const require = createRequire(import.meta.url)

let factoryPromise: Promise<HunspellFactory> | undefined

/**
 * The Hunspell WebAssembly module, compiled once per process and shared by every language.
 *
 * The Emscripten runtime adds an `uncaughtException` listener that rethrows, which would turn every uncaught error
 * in the host program into exit code 7; the listener is removed again after loading.
 */
export function hunspellFactory(): Promise<HunspellFactory> {
  factoryPromise ??= (async () => {
    const before = new Set(process.listeners('uncaughtException'))
    try {
      return await loadModule()
    } finally {
      for (const listener of process.listeners('uncaughtException')) {
        if (!before.has(listener)) process.removeListener('uncaughtException', listener)
      }
    }
  })()
  return factoryPromise
}

/**
 * Folder of an installed dictionary package (`dictionary-sv`). The packages' `exports` only expose `index.js`
 * (which reads the files with top-level await), so resolve that and read `index.aff`/`index.dic` beside it.
 */
export function dictionaryFolder(packageName: string): string {
  return path.dirname(require.resolve(packageName))
}

/**
 * Settings appended to every affix file. `MAXNGRAMSUGS 0` turns off n-gram suggestions: they scan the whole word
 * list (50–300 ms a word, 10× the rest of `suggest`) and mostly propose unrelated words (`template` →
 * `lamatempel`); the edit-based suggestions that remain are the ones that fix typos.
 */
const affixOverrides = Buffer.from('\nMAXNGRAMSUGS 0\n')

/** Create a Hunspell handle from the `index.aff`/`index.dic` pair of a dictionary package. */
export async function openDictionary(packageName: string): Promise<Hunspell> {
  const folder = dictionaryFolder(packageName)
  const [factory, aff, dic] = await Promise.all([
    hunspellFactory(),
    readFile(path.join(folder, 'index.aff')),
    readFile(path.join(folder, 'index.dic'))
  ])
  const affPath = factory.mountBuffer(Buffer.concat([aff, affixOverrides]), `${packageName}.aff`)
  const dicPath = factory.mountBuffer(dic, `${packageName}.dic`)
  const handle = factory.create(affPath, dicPath)
  // Hunspell has parsed both files into its own structures; the mounted copies only take wasm memory.
  factory.unmount(affPath)
  factory.unmount(dicPath)
  return handle
}
