// The real-text corpus (KLARSPRAK_CORPUS, by default a folder shared/corpus beside the repository): which files the
// command reads, what kind of text each one is, and whether it belongs to the part rules are tuned on or the part
// that is only measured.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
export const corpusRoot = process.env.KLARSPRAK_CORPUS ?? join(root, '..', 'shared', 'corpus')
export const kinds = ['letter', 'resident', 'guidance', 'press']
export const kindNames = {letter: 'letters and messages', resident: 'pages for residents', guidance: 'guidance', press: 'press'}

const sources = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'sources.json'), 'utf8'))
// The file types `klarsprak check` reads; JSON and YAML strings are not documents.
const readable = /\.(md|markdown|html?|txt|hbs|handlebars|docx)$/i

export function corpusPresent(language = 'sv') {
  return existsSync(join(corpusRoot, language))
}

/**
 * The part a file belongs to, fixed by a hash of its path: about half of every source is tuned on, the rest only
 * measured. A source of one file goes whole to one part, so small sources alternate between parts.
 */
export function partOf(file) {
  const byte = createHash('sha256').update(file).digest()[0]
  return byte % 2 === 0 ? 'tune' : 'measure'
}

/** Every file of the corpus in `language` that the command reads: {file (relative to the corpus), source, kind, part}. */
export function corpusFiles(language) {
  const files = []
  const base = join(corpusRoot, language)
  for (const source of readdirSync(base).sort()) {
    const kind = sources[language][source]
    if (!kind) throw new Error(`test/eval/real/sources.json: no kind for the corpus source ${language}/${source}`)
    const walk = (dir) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (readable.test(name)) {
          const file = path.slice(corpusRoot.length + 1)
          files.push({file, source, kind, part: partOf(file)})
        }
      }
    }
    walk(join(base, source))
  }
  return files
}
