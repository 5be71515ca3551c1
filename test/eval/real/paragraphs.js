// Paragraphs of the real-text corpus for measuring recall: prose blocks (text between blank lines, outside code
// fences and front matter) of 12 words or more in Markdown and text files, drawn at random with a named seed.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {corpusFiles, corpusRoot} from './corpus.js'
import {sample, seedOf, seeded} from './random.js'

const minWords = 12
const wordsIn = (text) => (text.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? []).length

/** Prose blocks of one file: {startLine, endLine, text} (1-based lines). */
export function proseBlocks(source) {
  const lines = source.split(/\r?\n/)
  const blocks = []
  let fence = false
  let frontMatter = lines[0] === '---'
  let start = -1
  const close = (end) => {
    if (start === -1) return
    const text = lines.slice(start, end).join('\n')
    const code = /^\s*(?:<|\||\{|\[|import |export |```)/.test(text)
    if (!code && wordsIn(text) >= minWords) blocks.push({startLine: start + 1, endLine: end, text})
    start = -1
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (frontMatter) {
      if (index > 0 && line === '---') frontMatter = false
      continue
    }
    if (/^\s*(```|~~~)/.test(line)) {
      close(index)
      fence = !fence
      continue
    }
    if (fence) continue
    if (line.trim() === '') close(index)
    else if (start === -1) start = index
  }
  close(lines.length)
  return blocks
}

export function paragraphId(file, block) {
  return createHash('sha256').update(`${file}\u0000${block.startLine}\u0000${block.text}`).digest('hex').slice(0, 12)
}

/**
 * `count` paragraphs of the measured part, drawn with `seed`: {id, file, kind, part, startLine, endLine, text}. Each
 * kind of text gets at least `perKind` of them (all it has, where fewer): letters are a thin slice of the corpus.
 */
export function drawParagraphs(language, seed, count, {part = 'measure', perKind = 15} = {}) {
  const all = []
  for (const entry of corpusFiles(language)) {
    if (entry.part !== part || !/\.(md|markdown|txt)$/i.test(entry.file)) continue
    const source = readFileSync(join(corpusRoot, entry.file), 'utf8')
    for (const block of proseBlocks(source)) all.push({id: paragraphId(entry.file, block), ...entry, ...block})
  }
  const drawn = []
  for (const kind of new Set(all.map((paragraph) => paragraph.kind))) {
    drawn.push(...sample(all.filter((paragraph) => paragraph.kind === kind), perKind, seeded(seedOf(`${seed}/${kind}`))))
  }
  const taken = new Set(drawn.map((paragraph) => paragraph.id))
  const rest = sample(all.filter((paragraph) => !taken.has(paragraph.id)), Math.max(0, count - drawn.length), seeded(seedOf(seed)))
  return [...drawn, ...rest]
}
