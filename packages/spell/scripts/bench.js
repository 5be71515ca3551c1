// Measures load time, memory and check rate of the Hunspell spellers.
// Usage (after `npx tsc -b`): node packages/spell/scripts/bench.js sv|en
// Run each language in its own process so that memory figures are not mixed.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {loadSpeller} from '../dist/index.js'

const language = process.argv[2] ?? 'sv'
const require = createRequire(import.meta.url)
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0) + ' MB'

globalThis.gc?.()
const before = process.memoryUsage()
let started = performance.now()
const speller = await loadSpeller(language)
const loadMs = performance.now() - started
globalThis.gc?.()
const after = process.memoryUsage()

// Distinct real words: stems of the dictionary itself, and the same stems with their second letter dropped
// (mostly misspellings, which take Hunspell longer to reject than a known word takes to accept).
const dic = readFileSync(path.join(path.dirname(require.resolve(`dictionary-${language === 'en' ? 'en-gb' : 'sv'}`)), 'index.dic'), 'utf8')
const stems = dic
  .split('\n')
  .slice(1)
  .map((line) => line.split('/')[0].trim())
  .filter((word) => /^\p{Ll}{4,}$/u.test(word))
const sample = stems.filter((_, index) => index % Math.ceil(stems.length / 20_000) === 0).slice(0, 20_000)
const broken = sample.map((word) => word[0] + word.slice(2))

function rate(words) {
  const started = performance.now()
  let accepted = 0
  for (const word of words) if (speller.correct(word)) accepted++
  const ms = performance.now() - started
  return {perSecond: Math.round(words.length / (ms / 1000)), accepted}
}

const knownUncached = rate(sample)
const brokenUncached = rate(broken)
const repeated = Array.from({length: 20}, () => sample).flat()
const cached = rate(repeated)

started = performance.now()
for (const word of broken.slice(0, 200)) speller.suggest(word)
const suggestMs = (performance.now() - started) / 200

console.log(`language ${language}, node ${process.version}`)
console.log(`load: ${loadMs.toFixed(0)} ms (WebAssembly module + dictionary)`)
console.log(`memory: rss +${mb(after.rss - before.rss)}, heap +${mb(after.heapUsed - before.heapUsed)}, rss total ${mb(after.rss)}`)
console.log(`correct(), uncached, dictionary words: ${knownUncached.perSecond.toLocaleString('en')} words/s (${knownUncached.accepted}/${sample.length} accepted)`)
console.log(`correct(), uncached, misspellings: ${brokenUncached.perSecond.toLocaleString('en')} words/s (${brokenUncached.accepted}/${broken.length} accepted)`)
console.log(`correct(), cached: ${cached.perSecond.toLocaleString('en')} words/s`)
console.log(`suggest(), misspellings: ${suggestMs.toFixed(1)} ms per word`)
