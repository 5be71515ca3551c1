import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {chunkMarkdown} from './markdown-chunks.js'
import {parseMarkdown} from './markdown.js'

const paragraph = (index: number) => `Stycke ${index} har en mening med några ord i sig. Och en till mening här.\n`

describe('chunkMarkdown', () => {
  it('keeps small documents whole', () => {
    expect(chunkMarkdown('# Rubrik\n\nText.\n')).toEqual([{text: '# Rubrik\n\nText.\n', offset: 0, line: 1}])
  })

  it('splits large documents at blank lines, and the chunks add up to the document', () => {
    const value = Array.from({length: 400}, (_, index) => paragraph(index)).join('\n')
    const chunks = chunkMarkdown(value, 2000)
    expect(chunks.length).toBeGreaterThan(5)
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(value)
    for (const chunk of chunks) {
      expect(value.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text)
      expect(value.slice(0, chunk.offset).split('\n').length).toBe(chunk.line)
    }
  })

  it('never splits inside fenced code, raw HTML blocks, comments or indented continuations', () => {
    const filler = Array.from({length: 50}, (_, index) => paragraph(index)).join('\n')
    const code = '```\nkod\n\nmer kod\n\n```\n'
    const html = '<pre>\nförformaterad\n\ntext\n</pre>\n'
    const comment = '<!--\nkommentar\n\nsom fortsätter\n-->\n'
    const list = '- punkt\n\n  fortsättning av punkten\n'
    const value = [filler, code, filler, html, filler, comment, filler, list, filler].join('\n')
    const chunks = chunkMarkdown(value, 500)
    for (const chunk of chunks) {
      const fences = chunk.text.match(/^```/gm)?.length ?? 0
      expect(fences % 2).toBe(0)
      expect(chunk.text.startsWith('mer kod')).toBe(false)
      expect(chunk.text.startsWith('text\n</pre>')).toBe(false)
      expect(chunk.text.startsWith('som fortsätter')).toBe(false)
      expect(chunk.text.startsWith('  fortsättning')).toBe(false)
    }
  })

  it('gives the same prose positions as parsing the document whole', async () => {
    const value = '---\nlang: sv\n---\n\n' + Array.from({length: 3000}, (_, index) => paragraph(index)).join('\n')
    const file = new VFile(value)
    const document = parseMarkdown(file)
    const {ParseLatin} = await import('parse-latin')
    const tree = document.toNlcst(ParseLatin as never, file)
    expect(tree.children.length).toBe(3000)
    const last = tree.children[2999]!
    const start = last.position!.start
    expect(value.slice(start.offset!, start.offset! + 11)).toBe('Stycke 2999')
    expect(start.line).toBe(value.slice(0, start.offset).split('\n').length)
    expect(document.declaredLanguage).toBe('sv')
  })
})
