import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {readDataFile} from '@klarsprak/core'

/**
 * Swedish verb forms for the passive rule, derived from the Hunspell dictionary (dictionary-sv): every s-form
 * (`skickas`, `skickades`, `skickats`, `används`, `skrevs`, `skrivits`) and every perfect participle (`skickad`,
 * `godkänd`, `skriven`) of the verbs it lists, plus the irregular verbs in `data/passive-voice-irregular.yml`.
 * Only entries that carry verb flags count, so genitives (`kommunens`) and nouns (`kurs`) never do.
 */
export interface VerbLexicon {
  /** Passive s-forms, lowercase. */
  readonly passive: ReadonlySet<string>
  /** Perfect participles, lowercase. */
  readonly participles: ReadonlySet<string>
}

interface Suffix {
  readonly strip: string
  readonly add: string
  readonly condition: RegExp
}

interface IrregularData {
  prefixes: string[]
  verbs: Array<{lemma: string; passive: string[]; participles?: string[]}>
}

// Hunspell flags in dictionary-sv's index.aff: m = present -r (1st and 3rd conjugation), K = 2nd conjugation
// forms, L = 2nd conjugation s-forms, N = 1st/3rd conjugation past s-forms, R = -es forms, A = +s (the s-infinitive
// on a verb), P = 1st conjugation participles, O and Q = 2nd conjugation participles.
const verbFlags = /[mKLN]/
const vowels = new Set('aeiouyåäö')
const passiveFlags = ['L', 'N', 'R']
const participleFlags = ['P', 'O', 'Q']

function readSuffixes(aff: string): Map<string, Suffix[]> {
  const rules = new Map<string, Suffix[]>()
  for (const line of aff.split('\n')) {
    const match = /^SFX\s+(\S)\s+(\S+)\s+([^\s/]+)(?:\/\S*)?\s+(\S+)/.exec(line)
    if (!match) continue
    const [, flag, strip, add, condition] = match as unknown as [string, string, string, string, string]
    let list = rules.get(flag)
    if (!list) rules.set(flag, (list = []))
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(condition + '$', 'u')
    })
  }
  return rules
}

function* expand(word: string, suffixes: readonly Suffix[] | undefined): Generator<string> {
  for (const suffix of suffixes ?? []) {
    if (word.endsWith(suffix.strip) && suffix.condition.test(word)) {
      yield word.slice(0, word.length - suffix.strip.length) + suffix.add
    }
  }
}

/**
 * Some verbs appear in the dictionary only as separate forms without verb flags (`visar`, `byter`, `undviker`).
 * A present tense in -ar gives the 1st conjugation s-forms and participles (`visas`, `visades`, `visats`, `visad`);
 * one in -er gives the 2nd conjugation present and infinitive s-forms (`byts`, `bytas`, `läses`). Forms this
 * derives from other words in -ar/-er (`arbetsledar-` in compounds) are verbs too, or not words at all.
 */
function addFromPresent(word: string, passive: Set<string>, participles: Set<string>): void {
  if (word.length < 5 || !(word.endsWith('ar') || word.endsWith('er')) || !/^\p{Ll}+$/u.test(word)) return
  if (word.endsWith('ar')) {
    const infinitive = word.slice(0, -1)
    passive.add(infinitive + 's').add(infinitive + 'des').add(infinitive + 'ts')
    participles.add(infinitive + 'd').add(infinitive + 'de').add(infinitive + 't')
  } else if (word.endsWith('er')) {
    const stem = word.slice(0, -2)
    passive.add(stem.endsWith('s') ? stem + 'es' : stem + 's').add(stem + 'as')
  }
}

function dictionaryFiles(): {aff: string; dic: string} {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-sv'))
  return {
    aff: readFileSync(join(folder, 'index.aff'), 'utf8'),
    dic: readFileSync(join(folder, 'index.dic'), 'utf8')
  }
}

function build(): VerbLexicon {
  const {aff, dic} = dictionaryFiles()
  const suffixes = readSuffixes(aff)
  const passive = new Set<string>()
  const participles = new Set<string>()

  for (const line of dic.split('\n')) {
    const slash = line.indexOf('/')
    if (slash === -1) {
      addFromPresent(line.trim(), passive, participles)
      continue
    }
    const word = line.slice(0, slash)
    const flags = line.slice(slash + 1).trim()
    // Only forms listed on their own: `visar/X`, `ersätter/j` (X, U, Z: compound parts; j: may end a verb
    // compound), not nouns such as `poster/EI` or `företager/Y` (the genitive `företags`).
    if (word.endsWith('ar') ? /^[XUZjY]+$/u.test(flags) : flags === 'j') addFromPresent(word, passive, participles)
    // Verbs end in a vowel (`skicka`, `sy`); lemmas ending in -s are deponents (`lyckas`) and stay out.
    if (!vowels.has(word.charAt(word.length - 1)) || !verbFlags.test(flags) || /[\s-]/u.test(word)) continue

    if (word.endsWith('a') || flags.includes('A')) passive.add(word + 's')
    for (const flag of passiveFlags) {
      if (!flags.includes(flag)) continue
      for (const form of expand(word, suffixes.get(flag))) {
        if (!form.endsWith('s')) continue
        passive.add(form)
        // A strong supine (`skrivits`) gives the participle (`skriven`, `skrivna`, `skrivet`).
        if (form.endsWith('its')) {
          const stem = form.slice(0, -3)
          participles.add(stem + 'en').add(stem + 'na').add(stem + 'et')
        }
      }
    }
    for (const flag of participleFlags) {
      if (flags.includes(flag)) for (const form of expand(word, suffixes.get(flag))) participles.add(form)
    }
    // 2nd and 3rd conjugation participles come with the K forms (`köpt`, `sedd`, `sedda`).
    if (flags.includes('K')) {
      for (const form of expand(word, suffixes.get('K'))) if (/(?:dd|dda|t|d)$/u.test(form)) participles.add(form)
    }
  }

  const irregular = readDataFile<IrregularData>(irregularUrl)
  for (const verb of irregular.verbs) {
    for (const prefix of ['', ...irregular.prefixes]) {
      for (const form of verb.passive) passive.add(prefix + form)
      for (const form of verb.participles ?? []) participles.add(prefix + form)
    }
  }
  return {passive, participles}
}

const irregularUrl = new URL('../../data/passive-voice-irregular.yml', import.meta.url)
// Written by the build (`scripts/build-data.js`), next to the package's other compiled data.
const cacheUrl = new URL('../../dist/data/passive-voice-lexicon.json', import.meta.url)

let lexicon: VerbLexicon | undefined

/**
 * The lexicon, once per process. Building it reads the 2 MB Hunspell dictionary (about 0.3 s), so the build writes
 * it as JSON; that copy is used while it is newer than the dictionary and the irregular-verb list.
 */
export function verbLexicon(): VerbLexicon {
  lexicon ??= readCache() ?? build()
  return lexicon
}

/** Build the lexicon and store it where `verbLexicon` looks first. */
export function writeLexiconCache(): number {
  const built = build()
  writeFileSync(cacheUrl, JSON.stringify({passive: [...built.passive], participles: [...built.participles]}))
  return built.passive.size + built.participles.size
}

function readCache(): VerbLexicon | undefined {
  if (!existsSync(cacheUrl)) return undefined
  const cached = statSync(cacheUrl).mtimeMs
  const dictionary = join(dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic')
  if (cached < statSync(dictionary).mtimeMs || cached < statSync(irregularUrl).mtimeMs) return undefined
  const data = JSON.parse(readFileSync(cacheUrl, 'utf8')) as {passive: string[]; participles: string[]}
  return {passive: new Set(data.passive), participles: new Set(data.participles)}
}
