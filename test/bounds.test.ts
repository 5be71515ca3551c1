// Every input has a bound and a clear message (issue 13): standard input, nesting depth, empty HTML, link loops.
import {symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {klarsprak, project} from './helpers.js'

interface JsonOutput {
  files: Array<{path: string; messages: Array<{ruleId: string; message: string; line: number}>}>
  summary: {errors: number; warnings: number; infos: number}
}

const json = (stdout: string) => JSON.parse(stdout) as JsonOutput

describe('limits of klarsprak check', () => {
  it('refuses standard input over 10 MB, as it refuses such a file', async () => {
    const input = 'Du erhåller beslutet.\n'.repeat(Math.ceil((11 * 1024 * 1024) / 22))
    const run = await klarsprak(['check', '--stdin', '--stdin-filename', 'brev.txt', '--format', 'json', '--lang', 'sv'], {input})
    expect(run.code).toBe(1)
    expect(json(run.stdout).files[0]!.messages).toEqual([
      expect.objectContaining({ruleId: 'parse-error', message: 'Texten på standard in är större än 10 MB och kontrollerades inte.'})
    ])
    const english = await klarsprak(['check', '--stdin', '--lang', 'en'], {input})
    expect(english.stdout).toContain('The text on standard input is larger than 10 MB and was not checked.')
  })

  it('reports Markdown and HTML nested past the limit as parse-error naming the limit and the line', async () => {
    const cwd = project({
      'citat.md': '# Brev\n\n' + '> '.repeat(10_000) + 'Du erhåller beslutet.\n',
      'lista.md': '- '.repeat(10_000) + 'Du erhåller beslutet.\n',
      'sida.html': '<main>' + '<div>'.repeat(10_000) + '<p>Du erhåller beslutet.</p></main>',
      'bra.md': '> '.repeat(20) + 'Du erhåller beslutet.\n'
    })
    const run = await klarsprak(['check', '.', '--format', 'json', '--lang', 'sv'], {cwd})
    const byPath = Object.fromEntries(json(run.stdout).files.map((file) => [file.path, file.messages]))
    expect(byPath['citat.md']).toEqual([
      expect.objectContaining({ruleId: 'parse-error', line: 3, message: 'För djup nästling: fler än 100 nivåer av listor och citat på rad 3. Filen kontrollerades inte.'})
    ])
    expect(byPath['lista.md']![0]!.message).toContain('fler än 100 nivåer')
    expect(byPath['sida.html']).toEqual([expect.objectContaining({ruleId: 'parse-error', message: 'För djup nästling: fler än 256 nivåer av HTML-element på rad 1. Filen kontrollerades inte.'})])
    expect(byPath['bra.md']!.map((message) => message.ruleId)).toContain('plain-words')
  })

  it('reads an empty or blank HTML file as an empty document with no findings, also with the web-page rules', async () => {
    const cwd = project({'.klarsprakrc.json': '{"extends": ["klarsprak:web"]}', 'tom.html': '', 'blank.html': ' \n\t\r\n', 'bom.htm': '\ufeff\n'})
    const run = await klarsprak(['check', '.', '--format', 'json'], {cwd})
    expect(run.code).toBe(0)
    const files = json(run.stdout).files
    expect(files.map((file) => file.path).sort()).toEqual(['blank.html', 'bom.htm', 'tom.html'])
    expect(files.flatMap((file) => file.messages)).toEqual([])
  })

  it('says that a symbolic link loop is a loop, not a missing file', async () => {
    const cwd = project({})
    symlinkSync('slinga.md', join(cwd, 'slinga.md'))
    symlinkSync('b.md', join(cwd, 'a.md'))
    symlinkSync('a.md', join(cwd, 'b.md'))
    symlinkSync('finns-inte.md', join(cwd, 'trasig.md'))
    for (const name of ['slinga.md', 'a.md']) {
      const run = await klarsprak(['check', name], {cwd})
      expect(run.code).toBe(2)
      expect(run.stderr.trim()).toBe(`klarsprak: Symbolic link loop (ELOOP): ${name} leads back to itself`)
    }
    const broken = await klarsprak(['check', 'trasig.md'], {cwd})
    expect(broken.stderr.trim()).toBe('klarsprak: Broken symbolic link: trasig.md points to a file or folder that does not exist')
  })
})
