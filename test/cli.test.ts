import {spawn} from 'node:child_process'
import {chmodSync, chownSync, existsSync, linkSync, lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {bin, klarsprak, project, root} from './helpers.js'

const longSentence =
  'Vi har tagit emot din ansökan om bygglov för en altan på fastigheten och den har nu behandlats av nämnden vid dess sammanträde i stadshuset förra veckan.\n'

describe('klarsprak (command line)', () => {
  it('prints its version and help', async () => {
    const version = await klarsprak(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = await klarsprak(['check', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--max-warnings')
    expect(help.stdout).toContain('--shard I/N')
  })

  it('stops quietly when the reader closes the pipe early (klarsprak check … | head -1)', async () => {
    const {spawn} = await import('node:child_process')
    // Far more output than a pipe holds, so the write after the reader is gone fails with EPIPE.
    const child = spawn(process.execPath, [bin, 'check', '--stdin', '--stdin-filename', 'brev.txt', '--no-config', '--lang', 'sv'], {env: {...process.env, NO_COLOR: '1'}})
    child.stdin.end('Du erhåller beslutet.\n\n'.repeat(3000))
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('exits 2 with a one-line reason for a missing path, a bad flag or an unknown command', async () => {
    const missing = await klarsprak(['check', 'finns-inte.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim().split('\n')).toEqual(['klarsprak: No such file or folder: finns-inte.md'])
    const flag = await klarsprak(['check', '--frobnicate', '.'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('--frobnicate')
    const format = await klarsprak(['check', '--format', 'xml', '.'])
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('expected one of stylish, json, sarif, github, junit')
    expect((await klarsprak(['lint'])).code).toBe(2)
  })

  it('searches folders for supported files, skipping node_modules, .git and .klarsprakignore', async () => {
    const cwd = project({
      'a.md': 'Hej.\n',
      'b/c.html': '<p>Hej.</p>',
      'b/d.txt': 'Hej.',
      'b/e.pdf': 'x',
      'node_modules/x/f.md': 'Hej.',
      '.git/g.md': 'Hej.',
      'utkast/h.md': 'Hej.',
      '.klarsprakignore': 'utkast/\n'
    })
    const run = await klarsprak(['check', '.', '--format', 'json'], {cwd})
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {files: Array<{path: string}>}
    expect(result.files.map((file) => file.path)).toEqual(['a.md', 'b/c.html', 'b/d.txt'])
  })

  it('writes JSON as output.md defines it', async () => {
    const cwd = project({'brev.md': '---\nlang: sv\n---\n\n' + longSentence})
    const run = await klarsprak(['check', 'brev.md', '--format', 'json'], {cwd})
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(Object.keys(result)).toEqual(['version', 'tool', 'files', 'summary'])
    expect(result.tool.name).toBe('klarsprak')
    const [file] = result.files
    expect(file.path).toBe('brev.md')
    expect(file.language).toBe('sv')
    expect(file.textType).toBe('web')
    expect(Object.keys(file.stats)).toEqual(['words', 'sentences', 'longWords', 'lix', 'ovix', 'nominalRatio', 'passiveShare', 'longSentenceShare'])
    expect(file.stats.words).toBe(27)
    expect(file.stats.sentences).toBe(1)
    const message = file.messages.find((m: {ruleId: string}) => m.ruleId === 'sentence-length')
    expect(message).toMatchObject({severity: 'warning', line: 5, column: 1, endLine: 5, endColumn: longSentence.length})
    expect(message.message).toBe('Meningen har 27 ord: dela upp den i kortare meningar (sikta på högst 20 ord).')
    expect(message.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(result.summary).toMatchObject({files: 1, errors: 0, fixed: 0})
  })

  it('reads standard input under --stdin-filename', async () => {
    const run = await klarsprak(['check', '--stdin', '--stdin-filename', 'brev.md', '--format', 'json', '--lang', 'sv'], {input: longSentence})
    const result = JSON.parse(run.stdout)
    expect(result.files[0].path).toBe('brev.md')
    expect(result.files[0].messages.map((m: {ruleId: string}) => m.ruleId)).toContain('sentence-length')
    const unnamed = await klarsprak(['check', '--stdin', '--format', 'json'], {input: 'Hej.'})
    expect(JSON.parse(unnamed.stdout).files[0].path).toBe('<stdin>')
  })

  it('reports unreadable files as parse-error and checks the rest', async () => {
    const cwd = project({
      'binär.txt': Buffer.from([0x48, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.from([0x48, 0xe4, 0x6c, 0x73, 0x61]),
      'stor.txt': 'a'.repeat(10 * 1024 * 1024 + 1),
      'bra.md': longSentence,
      'bild.pdf': 'x'
    })
    const run = await klarsprak(['check', 'binär.txt', 'latin1.txt', 'stor.txt', 'bild.pdf', 'bra.md', '--format', 'json', '--lang', 'sv'], {cwd})
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as {files: Array<{path: string; messages: Array<{ruleId: string; message: string; severity: string}>}>}
    const byPath = Object.fromEntries(result.files.map((file) => [file.path, file.messages]))
    expect(byPath['binär.txt']).toEqual([expect.objectContaining({ruleId: 'parse-error', severity: 'error', message: 'Filen verkar vara binär, inte text.'})])
    expect(byPath['stor.txt']![0]!.message).toContain('för stor')
    expect(byPath['bild.pdf']![0]!.ruleId).toBe('parse-error')
    expect(byPath['bra.md']!.map((m) => m.ruleId)).toContain('sentence-length')
  })

  it('names the file and key of a bad config and exits 2', async () => {
    const cwd = project({'.klarsprakrc.json': '{"rules": {"sentence-lenght": "off"}}', 'a.md': 'Hej.'})
    const run = await klarsprak(['check', 'a.md'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.klarsprakrc.json: `rules.sentence-lenght`: unknown rule id')
  })

  it('names the file, rule and option of a misspelled or wrong rule option and exits 2', async () => {
    const misspelled = project({'.klarsprakrc.json': '{"rules": {"plain-words": ["warning", {"ignor": ["x"]}]}}', 'a.md': 'Hej.'})
    const run = await klarsprak(['check', 'a.md'], {cwd: misspelled})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`${join(realpathSync(misspelled), '.klarsprakrc.json')}: \`rules.plain-words[1].ignor\`: unknown option of plain-words; did you mean \`ignore\`?`)
    const wrongType = project({'.klarsprakrc.json': '{"rules": {"sentence-length": ["warning", {"max": "25"}]}}', 'a.md': 'Hej.'})
    const typed = await klarsprak(['check', 'a.md'], {cwd: wrongType})
    expect(typed.code).toBe(2)
    expect(typed.stderr).toContain('.klarsprakrc.json: `rules.sentence-length[1].max`: expected a whole number of at least 1, got "25"')
  })

  it('follows config, --rule, --no-config and --config', async () => {
    const cwd = project({
      '.klarsprakrc.json': '{"rules": {"sentence-length": "error"}}',
      'other.json': '{"rules": {"sentence-length": "off"}}',
      'a.md': longSentence
    })
    const severities = async (args: string[]) => {
      const run = await klarsprak(['check', 'a.md', '--format', 'json', ...args], {cwd})
      return JSON.parse(run.stdout).files[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'sentence-length').map((m: {severity: string}) => m.severity)
    }
    expect(await severities([])).toEqual(['error'])
    expect(await severities(['--rule', 'sentence-length:info'])).toEqual(['info'])
    expect(await severities(['--no-config'])).toEqual(['warning'])
    expect(await severities(['--config', 'other.json'])).toEqual([])
    expect(await severities(['--text-type', 'letter', '--no-config'])).toEqual(['warning'])
  })

  it('sets exit codes from errors, --max-warnings and --quiet', async () => {
    const cwd = project({'a.md': longSentence, 'b.md': longSentence})
    expect((await klarsprak(['check', '.'], {cwd})).code).toBe(0)
    expect((await klarsprak(['check', '.', '--max-warnings', '1'], {cwd})).code).toBe(1)
    expect((await klarsprak(['check', '.', '--max-warnings', '2'], {cwd})).code).toBe(0)
    expect((await klarsprak(['check', '.', '--rule', 'sentence-length:error'], {cwd})).code).toBe(1)
    const quiet = await klarsprak(['check', '.', '--quiet', '--format', 'json'], {cwd})
    expect(JSON.parse(quiet.stdout).files.flatMap((f: {messages: unknown[]}) => f.messages)).toEqual([])
  })

  it('writes the report to --output', async () => {
    const cwd = project({'a.md': longSentence})
    const run = await klarsprak(['check', 'a.md', '--format', 'sarif', '--output', 'result.sarif'], {cwd})
    expect(run.stdout).toBe('')
    const sarif = JSON.parse(readFileSync(join(cwd, 'result.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results[0].ruleId).toBe('sentence-length')
  })

  it('gives identical results with one and with several worker threads', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 24; index++) {
      files[`sida-${String(index).padStart(2, '0')}.md`] = index % 3 === 0 ? longSentence : `Sida ${index}. Kort text.\n`
    }
    const cwd = project(files)
    const one = await klarsprak(['check', '.', '--format', 'json', '--jobs', '1'], {cwd})
    const two = await klarsprak(['check', '.', '--format', 'json', '--jobs', '2'], {cwd})
    expect(JSON.parse(two.stdout).files.length).toBe(24)
    expect(two.stdout).toBe(one.stdout)
  })

  it('--fix rewrites only safe fixes, keeps code and the BOM, and a second run changes nothing', async () => {
    const original = '\ufeff# Beslut\n\nDu erhåller beslutet i enlighet med lagen. Vi skall ringa dig.\n\n`erhåller` står i koden.\n\n```\nDu erhåller\n```\n'
    const cwd = project({'brev.md': original})
    const run = await klarsprak(['check', 'brev.md', '--fix', '--format', 'json', '--lang', 'sv'], {cwd})
    const fixed = readFileSync(join(cwd, 'brev.md'), 'utf8')
    expect(fixed).toBe('\ufeff# Beslut\n\nDu får beslutet enligt lagen. Vi ska ringa dig.\n\n`erhåller` står i koden.\n\n```\nDu erhåller\n```\n')
    const result = JSON.parse(run.stdout)
    expect(result.summary.fixed).toBe(3)
    expect(result.files[0].messages.map((m: {ruleId: string}) => m.ruleId)).not.toContain('plain-words')
    const again = await klarsprak(['check', 'brev.md', '--fix', '--format', 'json', '--lang', 'sv'], {cwd})
    expect(JSON.parse(again.stdout).summary.fixed).toBe(0)
    expect(readFileSync(join(cwd, 'brev.md'), 'utf8')).toBe(fixed)
    // No temporary files are left behind.
    expect(readdirSync(cwd)).toEqual(['brev.md'])
  })

  it('reads Windows-1252 (Latin-1) text and writes fixes back in that encoding', async () => {
    // ”Du erhåller beslutet – ring oss.” in Windows-1252: å = 0xE5, – = 0x96.
    const bytes = Buffer.from([...Buffer.from('Du erh', 'latin1'), 0xe5, ...Buffer.from('ller beslutet ', 'latin1'), 0x96, ...Buffer.from(' ring oss.\n', 'latin1')])
    const cwd = project({'brev.txt': bytes})
    const check = await klarsprak(['check', 'brev.txt', '--format', 'json', '--lang', 'sv'], {cwd})
    const messages = JSON.parse(check.stdout).files[0].messages as Array<{ruleId: string; actual: string}>
    expect(messages.map((m) => `${m.ruleId}:${m.actual}`)).toContain('plain-words:erhåller')
    await klarsprak(['check', 'brev.txt', '--fix', '--lang', 'sv'], {cwd})
    const written = readFileSync(join(cwd, 'brev.txt'))
    expect([...written]).toEqual([...Buffer.from('Du f', 'latin1'), 0xe5, ...Buffer.from('r beslutet ', 'latin1'), 0x96, ...Buffer.from(' ring oss.\n', 'latin1')])
  })

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s text with a byte order mark and writes fixes back in it', async (encoding) => {
    const utf16 = (text: string) => {
      const bytes = Buffer.from('\ufeff' + text, 'utf16le')
      return encoding === 'utf-16be' ? bytes.swap16() : bytes
    }
    const cwd = project({'brev.txt': utf16('Du erhåller beslutet – ring oss.\n')})
    const check = await klarsprak(['check', 'brev.txt', '--format', 'json'], {cwd})
    const file = JSON.parse(check.stdout).files[0] as {language: string; messages: Array<{ruleId: string; actual: string}>}
    expect(file.language).toBe('sv')
    expect(file.messages.map((m) => `${m.ruleId}:${m.actual}`)).toEqual(['plain-words:erhåller'])
    await klarsprak(['check', 'brev.txt', '--fix'], {cwd})
    expect(readFileSync(join(cwd, 'brev.txt'))).toEqual(utf16('Du får beslutet – ring oss.\n'))
  })

  it('checks Word documents by paragraph and refuses to fix them', async () => {
    // `t.ex.` in the middle of a sentence is reported only with the option `common`.
    const cwd = project({
      'brev.docx': readFileSync(join(root, 'test/fixtures/brev.docx')),
      '.klarsprakrc.json': '{"rules": {"abbreviation": ["warning", {"common": true}]}}'
    })
    const run = await klarsprak(['check', '.', '--format', 'json', '--lang', 'sv', '--fix'], {cwd})
    const file = JSON.parse(run.stdout).files[0]
    expect(file.path).toBe('brev.docx')
    // A Word document is a letter unless a config says otherwise.
    expect(file.textType).toBe('letter')
    // Line N is paragraph N of the document (the empty third paragraph counts).
    expect(file.messages.map((m: {line: number; column: number; actual: string}) => `${m.line}:${m.column}:${m.actual}`)).toEqual(
      expect.arrayContaining(['2:4:erhåller', '4:4:skall', '4:30:t.ex.'])
    )
    expect(run.stderr).toContain('--fix does not change Word documents')
    expect(readFileSync(join(cwd, 'brev.docx'))).toEqual(readFileSync(join(root, 'test/fixtures/brev.docx')))
    const broken = project({'trasig.docx': 'inte en zip-fil'})
    const parse = await klarsprak(['check', 'trasig.docx', '--format', 'json', '--lang', 'sv'], {cwd: broken})
    expect(JSON.parse(parse.stdout).files[0].messages[0]).toMatchObject({ruleId: 'parse-error'})
  })

  it('--fix-dry-run prints a diff (files) or the fixed text (stdin) and changes nothing', async () => {
    const original = 'Du erhåller beslutet.\n'
    const cwd = project({'brev.txt': original})
    const diff = await klarsprak(['check', 'brev.txt', '--fix-dry-run', '--lang', 'sv'], {cwd})
    expect(diff.stdout).toContain('-Du erhåller beslutet.')
    expect(diff.stdout).toContain('+Du får beslutet.')
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(original)
    const stdin = await klarsprak(['check', '--stdin', '--stdin-filename', 'brev.txt', '--fix-dry-run', '--lang', 'sv'], {input: original})
    expect(stdin.stdout).toBe('Du får beslutet.\n')
    const refused = await klarsprak(['check', '--stdin', '--fix'], {input: original})
    expect(refused.code).toBe(2)
  })

  it('reports officialese, passive voice, abbreviations, misspellings and a personal identity number in Swedish', async () => {
    const letter =
      'Du erhåller beslutet t.ex. via e-post. T.ex. kan du läsa det i appen. Ansökan har granskats av nämnden. Ett nytt bibliotek föreslås byggas. Beslutet gäller kommunn. Personnummer 19121212-1212.\n'
    // Spelling is off by default: `--rule` turns it on.
    const run = await klarsprak(['check', '--stdin', '--stdin-filename', 'brev.txt', '--format', 'json', '--rule', 'spelling:warning'], {input: letter})
    expect(run.code).toBe(1)
    const messages = JSON.parse(run.stdout).files[0].messages as Array<{ruleId: string; actual: string; message: string}>
    const found = messages.map((m) => `${m.ruleId}:${m.actual}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'plain-words:erhåller',
        'abbreviation:T.ex.',
        'passive-voice:föreslås byggas',
        'spelling:kommunn',
        'personal-identity-number:19121212-1212'
      ])
    )
    // By default a common abbreviation is reported only where it starts a sentence, and only a double passive.
    expect(found).not.toContain('abbreviation:t.ex.')
    expect(found.filter((item) => item.startsWith('passive-voice:'))).toEqual(['passive-voice:föreslås byggas'])
    expect(messages.find((m) => m.ruleId === 'plain-words')!.message).toBe('Skriv ”får” i stället för ”erhåller”.')
    const withoutSpelling = await klarsprak(['check', '--stdin', '--stdin-filename', 'brev.txt', '--format', 'json'], {input: letter})
    const ruleIds = JSON.parse(withoutSpelling.stdout).files[0].messages.map((m: {ruleId: string}) => m.ruleId)
    expect(ruleIds).toContain('plain-words')
    expect(ruleIds).not.toContain('spelling')
  })

  it('keeps the language it found while it fixes: a fixed Swedish text does not turn English', async () => {
    // As many English as Swedish function words until `att att` is fixed: the language is decided on the text as
    // written (Swedish, by default on a tie), not again on the fixed text.
    const cwd = project({'flip.txt': 'Read the rules and terms. Ring att att oss.\n'})
    const run = await klarsprak(['check', 'flip.txt', '--fix', '--rule', 'spelling:warning', '--format', 'json'], {cwd})
    const file = JSON.parse(run.stdout).files[0]
    expect(readFileSync(join(cwd, 'flip.txt'), 'utf8')).toBe('Read the rules and terms. Ring att oss.\n')
    expect(file.language).toBe('sv')
    expect(file.languageSource).toBe('detected')
    expect(file.messages.filter((message: {message: string}) => /Check the spelling/.test(message.message))).toEqual([])
  })

  it('says why a file got its language, and overrules a page template that declares the wrong one', async () => {
    const swedish = 'Det här är en rapport om hur antibiotika används i Sverige och hur resistensen har utvecklats. '.repeat(4)
    const cwd = project({
      'rapport.html': `<!doctype html><html lang="en"><body><main><p>${swedish}</p></main></body></html>\n`,
      'guide.html': '<!doctype html><html lang="en"><body><main><p>Read the guide before you apply.</p></main></body></html>\n',
      'brev.md': 'Vi har tagit emot din ansökan och återkommer inom två veckor.\n'
    })
    const run = await klarsprak(['check', 'rapport.html', 'guide.html', 'brev.md', '--format', 'json'], {cwd})
    const files = JSON.parse(run.stdout).files.map((file: {path: string; language: string; languageSource: string}) => [file.path, file.language, file.languageSource])
    expect(files).toEqual([['rapport.html', 'sv', 'detected'], ['guide.html', 'en', 'document'], ['brev.md', 'sv', 'detected']])
    const configured = await klarsprak(['check', 'brev.md', '--format', 'json', '--lang', 'sv'], {cwd})
    expect(JSON.parse(configured.stdout).files[0].languageSource).toBe('config')
  })

  it('tells a short Swedish text with a number from English', async () => {
    const run = await klarsprak(['check', '--stdin', '--stdin-filename', 'kort.txt', '--format', 'json'], {input: 'Du får beslutet eftersom din ansökan kom in. Pris: 1 000 000 kr.\n'})
    expect(JSON.parse(run.stdout).files[0].language).toBe('sv')
  })

  it('init writes a starter config and never overwrites one', async () => {
    const cwd = project({})
    const first = await klarsprak(['init'], {cwd})
    expect(first.code).toBe(0)
    const starter = JSON.parse(readFileSync(join(cwd, '.klarsprakrc.json'), 'utf8'))
    expect(starter.extends).toEqual(['klarsprak:recommended'])
    // The text types users get without a config, spelled out.
    expect(starter.textType).toBe('web')
    expect(starter.overrides).toEqual([{files: ['**/*.txt', '**/*.docx'], textType: 'letter'}])
    expect(first.stdout).toContain('letter for .txt and .docx')
    const second = await klarsprak(['init'], {cwd})
    expect(second.code).toBe(2)
    expect(second.stderr).toContain('already exists')
    // The starter config is valid.
    expect((await klarsprak(['check', '--stdin'], {cwd, input: 'Hej.'})).code).toBe(0)
  })

  it('lists rules and prints one rule page', async () => {
    const list = await klarsprak(['rules'])
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^sentence-length\s+warning\s+sv/m)
    const page = await klarsprak(['rules', 'sentence-length'])
    expect(page.stdout).toMatch(/^# sentence-length/)
    expect((await klarsprak(['rules', 'nope'])).code).toBe(2)
  })

  it('checks the examples folder', async () => {
    const run = await klarsprak(['check', 'examples', '--format', 'json'])
    expect([0, 1]).toContain(run.code)
    const result = JSON.parse(run.stdout) as {files: Array<{path: string; language: string; messages: unknown[]}>}
    const languages = Object.fromEntries(result.files.map((file) => [file.path, file.language]))
    expect(languages['examples/sv/brev-bygglov.md']).toBe('sv')
    expect(languages['examples/en/letter-parking.md']).toBe('en')
    expect(languages['examples/en/web-library.html']).toBe('en')
    expect(existsSync(join('examples', 'utkast'))).toBe(false)
  })
})

describe('klarsprak check --fix and the file system', () => {
  const before = 'Du erhåller beslutet.\n'
  const after = 'Du får beslutet.\n'
  const fix = (...paths: string[]) => ['check', ...paths, '--fix', '--lang', 'sv', '--format', 'json']
  const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.includes('.klarsprak-'))
  const isRoot = process.getuid?.() === 0

  /** Run the CLI in this process, with `beforeFixCommit` (the seam between writing the temporary file and committing it). */
  async function inProcess(argv: string[], cwd: string, beforeFixCommit?: (path: string, temporary: string) => void | Promise<void>) {
    const {main} = await import('../packages/cli/dist/index.js')
    let stdout = ''
    let stderr = ''
    const sink = (append: (text: string) => void) =>
      new Writable({
        write(chunk, _encoding, done) {
          append(String(chunk))
          done()
        }
      })
    const io = {cwd, stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), readStdin: async () => '', beforeFixCommit}
    const code = await main(argv, io)
    return {code, stdout, stderr}
  }

  /**
   * Start `klarsprak check --fix` in a child process that stops for good once the temporary file of the first file
   * is complete (before the rename or the write in place), then send it `signal`. Deterministic: no timing.
   */
  async function stopMidWrite(cwd: string, paths: string[], signal: NodeJS.Signals) {
    const script = `
      const {main} = await import(${JSON.stringify(pathToFileURL(join(root, 'packages/cli/dist/index.js')).href)})
      const [cwd, ...argv] = process.argv.slice(1)
      const io = {
        cwd, stdout: process.stdout, stderr: process.stderr, readStdin: async () => '',
        beforeFixCommit: (path, temporary) => {
          process.stderr.write('READY ' + temporary + '\\n')
          return new Promise(() => setInterval(() => {}, 1000))
        }
      }
      process.exitCode = await main(argv, io)`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, cwd, ...fix(...paths)], {env: {...process.env, LANG: 'C', CI: 'true'}})
    let stderr = ''
    const temporary = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk
        const ready = /READY (.+)\n/.exec(stderr)
        if (ready) resolve(ready[1]!)
      })
      child.on('close', () => reject(new Error(`stopped before writing: ${stderr}`)))
    })
    const existed = existsSync(temporary)
    const closed = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('close', (code, signal) => resolve({code, signal})))
    child.kill(signal)
    return {temporary, existed, ...(await closed)}
  }

  it('refuses a read-only file, even as root, names it on standard error, and goes on with the others', async () => {
    const cwd = project({'skrivskyddad.txt': before, 'brev.txt': before})
    chmodSync(join(cwd, 'skrivskyddad.txt'), 0o444)
    const run = await klarsprak(fix('skrivskyddad.txt', 'brev.txt'), {cwd})
    expect(run.stderr).toBe('klarsprak: skrivskyddad.txt: the file is read-only (its owner has no write permission); it was left as it was\n')
    expect(run.code).toBe(0)
    expect(readFileSync(join(cwd, 'skrivskyddad.txt'), 'utf8')).toBe(before)
    expect(statSync(join(cwd, 'skrivskyddad.txt')).mode & 0o7777).toBe(0o444)
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(after)
    // The report describes the files as they are on disk: the read-only one still has its finding, and nothing fixed.
    const result = JSON.parse(run.stdout)
    expect(result.files[0].messages.map((m: {actual: string}) => m.actual)).toContain('erhåller')
    expect(result.files[1].messages).toEqual([])
    expect(result.summary.fixed).toBe(1)
    expect(temporaries(cwd)).toEqual([])
  })

  it('keeps the mode of a fixed file', async () => {
    const cwd = project({'brev.txt': before})
    chmodSync(join(cwd, 'brev.txt'), 0o640)
    await klarsprak(fix('brev.txt'), {cwd})
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(after)
    expect(statSync(join(cwd, 'brev.txt')).mode & 0o7777).toBe(0o640)
  })

  it.skipIf(!isRoot)('keeps the owner and group of a file that belongs to someone else (run as root)', async () => {
    const cwd = project({'brev.txt': before})
    chownSync(join(cwd, 'brev.txt'), 1234, 1234)
    chmodSync(join(cwd, 'brev.txt'), 0o640)
    const run = await klarsprak(fix('brev.txt'), {cwd})
    expect(run.stderr).toBe('')
    const stat = statSync(join(cwd, 'brev.txt'))
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(after)
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([1234, 1234, 0o640])
    expect(temporaries(cwd)).toEqual([])
  })

  // As an ordinary user (setpriv drops root): a new file cannot be given someone else's owner, so a file of someone
  // else that the user may write is written in place; a file the user may not write is refused.
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path))
  const othersCanRun = (() => {
    // The workspace must be reachable by another user (it is not under a private home folder, say).
    for (let folder = dirname(bin); folder !== dirname(folder); folder = dirname(folder)) if ((statSync(folder).mode & 0o005) !== 0o005) return false
    return true
  })()
  it.skipIf(!isRoot || !setpriv || !othersCanRun)('as an ordinary user, keeps the owner of a writable file of someone else and refuses one it may not write', async () => {
    const cwd = project({'andras.txt': before, 'skyddad.txt': before, 'egen.txt': before})
    chmodSync(cwd, 0o777)
    chownSync(join(cwd, 'andras.txt'), 1234, 65534)
    chmodSync(join(cwd, 'andras.txt'), 0o664)
    chownSync(join(cwd, 'skyddad.txt'), 1234, 1234)
    chownSync(join(cwd, 'egen.txt'), 65534, 65534)
    const run = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const argv = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...fix('andras.txt', 'skyddad.txt', 'egen.txt')]
      const child = spawn(setpriv!, argv, {cwd, env: {...process.env, LANG: 'C', CI: 'true', HOME: cwd}})
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (code) => resolve({code, stderr}))
    })
    expect(run.stderr).toBe('klarsprak: skyddad.txt: no permission to write the file; it was left as it was\n')
    expect(readFileSync(join(cwd, 'skyddad.txt'), 'utf8')).toBe(before)
    for (const name of ['andras.txt', 'egen.txt']) expect(readFileSync(join(cwd, name), 'utf8')).toBe(after)
    const other = statSync(join(cwd, 'andras.txt'))
    expect([other.uid, other.gid, other.mode & 0o7777]).toEqual([1234, 65534, 0o664])
    expect(temporaries(cwd)).toEqual([])
  })

  it('follows a symbolic link: the target is fixed and the link stays a link', async () => {
    const cwd = project({'texter/mål.txt': before})
    symlinkSync('texter/mål.txt', join(cwd, 'länk.txt'))
    const run = await klarsprak(fix('länk.txt'), {cwd})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).summary.fixed).toBe(1)
    expect(lstatSync(join(cwd, 'länk.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(cwd, 'länk.txt'))).toBe('texter/mål.txt')
    expect(readFileSync(join(cwd, 'texter/mål.txt'), 'utf8')).toBe(after)
    expect([...temporaries(cwd), ...temporaries(join(cwd, 'texter'))]).toEqual([])
    // The link and its target in one run: the second name finds the file already fixed, with no warning.
    writeFileSync(join(cwd, 'texter/mål.txt'), before)
    const both = await klarsprak(fix('länk.txt', 'texter/mål.txt'), {cwd})
    expect(both.stderr).toBe('')
    expect(readFileSync(join(cwd, 'texter/mål.txt'), 'utf8')).toBe(after)
  })

  it('keeps hard links: both names show the fix and still share one inode', async () => {
    const cwd = project({'a.txt': before})
    linkSync(join(cwd, 'a.txt'), join(cwd, 'b.txt'))
    if (isRoot) chownSync(join(cwd, 'a.txt'), 1234, 1234)
    const inode = statSync(join(cwd, 'a.txt')).ino
    const run = await klarsprak(fix('a.txt'), {cwd})
    expect(run.stderr).toBe('')
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe(after)
    expect(readFileSync(join(cwd, 'b.txt'), 'utf8')).toBe(after)
    const [a, b] = [statSync(join(cwd, 'a.txt')), statSync(join(cwd, 'b.txt'))]
    expect([a.ino, b.ino, a.nlink]).toEqual([inode, inode, 2])
    if (isRoot) expect([a.uid, a.gid]).toEqual([1234, 1234])
    expect(temporaries(cwd)).toEqual([])
  })

  it('skips with a warning a file that changed on disk after it was read, and reports it as it is now', async () => {
    const cwd = project({'brev.txt': before, 'annat.txt': before})
    const edited = 'Du erhåller beslutet. Vi skall ringa dig.\n'
    const seen: string[] = []
    const run = await inProcess(fix('brev.txt', 'annat.txt'), cwd, (path, temporary) => {
      seen.push(`${path}:${basename(temporary)}`)
      // The temporary file is complete and next to the original.
      expect(dirname(temporary)).toBe(realpathSync(cwd))
      expect(readFileSync(temporary, 'utf8')).toBe(after)
      // The user saves an edit while the run is going.
      if (path === 'brev.txt') writeFileSync(join(cwd, 'brev.txt'), edited)
    })
    expect(seen).toEqual([expect.stringMatching(/^brev\.txt:\.brev\.txt\.\d+-[0-9a-f]{8}\.klarsprak-tmp$/), expect.stringMatching(/^annat\.txt:/)])
    expect(run.stderr).toBe('klarsprak: brev.txt: the file changed on disk while it was being checked; it was left as it was (run again to fix it)\n')
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(edited)
    expect(readFileSync(join(cwd, 'annat.txt'), 'utf8')).toBe(after)
    const result = JSON.parse(run.stdout)
    expect(result.summary.fixed).toBe(1)
    expect(result.files[0].messages.map((m: {actual: string}) => m.actual)).toEqual(expect.arrayContaining(['erhåller', 'skall']))
    expect(temporaries(cwd)).toEqual([])
  })

  it('leaves no temporary file when stopped by SIGTERM or SIGINT in the middle of writing', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const cwd = project({'brev.txt': before, 'annat.txt': before})
      const stopped = await stopMidWrite(cwd, ['brev.txt', 'annat.txt'], signal)
      expect(stopped.existed).toBe(true)
      expect(basename(stopped.temporary)).toMatch(/^\.brev\.txt\.\d+-[0-9a-f]{8}\.klarsprak-tmp$/)
      expect(stopped.code).toBe(signal === 'SIGTERM' ? 143 : 130)
      expect(readdirSync(cwd).sort()).toEqual(['annat.txt', 'brev.txt'])
      expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(before)
    }
    // A file with two names: the complete copy it is written from in place is removed too.
    const cwd = project({'a.txt': before})
    linkSync(join(cwd, 'a.txt'), join(cwd, 'b.txt'))
    const stopped = await stopMidWrite(cwd, ['a.txt'], 'SIGTERM')
    expect(stopped.existed).toBe(true)
    expect(basename(stopped.temporary)).toMatch(/^\.a\.txt\.\d+-[0-9a-f]{8}-[0-9a-f]{16}\.klarsprak-copy$/)
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'b.txt'])
    expect(readFileSync(join(cwd, 'b.txt'), 'utf8')).toBe(before)
  })

  it('cleans up what kill -9 left behind on the next run, but keeps a copy that may be the only whole text', async () => {
    const cwd = project({'brev.txt': before})
    const killed = await stopMidWrite(cwd, ['brev.txt'], 'SIGKILL')
    expect(killed.signal).toBe('SIGKILL')
    expect(existsSync(killed.temporary)).toBe(true)
    // Left-overs are dot files with their own extension: a check of the folder does not see them.
    expect(JSON.parse((await klarsprak(['check', '.', '--format', 'json'], {cwd})).stdout).files.map((f: {path: string}) => f.path)).toEqual(['brev.txt'])
    const next = await klarsprak(fix('brev.txt'), {cwd})
    expect(next.stderr).toBe('')
    expect(readdirSync(cwd)).toEqual(['brev.txt'])
    expect(readFileSync(join(cwd, 'brev.txt'), 'utf8')).toBe(after)

    // Killed with the copy written but the file not yet touched: the copy goes, the file is fixed.
    const linked = project({'a.txt': before})
    linkSync(join(linked, 'a.txt'), join(linked, 'b.txt'))
    expect(existsSync((await stopMidWrite(linked, ['a.txt'], 'SIGKILL')).temporary)).toBe(true)
    expect((await klarsprak(fix('a.txt'), {cwd: linked})).stderr).toBe('')
    expect(readdirSync(linked).sort()).toEqual(['a.txt', 'b.txt'])
    expect(readFileSync(join(linked, 'b.txt'), 'utf8')).toBe(after)

    // Killed while the file was being written in place (here: cut short by hand, to `Du erhåller`): the copy is the
    // only whole text, so the next run that would fix the file keeps the copy, says so and leaves the file alone.
    writeFileSync(join(linked, 'a.txt'), before)
    const copy = (await stopMidWrite(linked, ['a.txt'], 'SIGKILL')).temporary
    truncateSync(join(linked, 'a.txt'), 12)
    const refused = await klarsprak(fix('a.txt'), {cwd: linked})
    expect(refused.stderr).toContain(`klarsprak: a.txt: ${basename(copy)} is left from an interrupted run and holds the complete fixed text`)
    expect(readFileSync(copy, 'utf8')).toBe(after)
    expect(readFileSync(join(linked, 'a.txt'), 'utf8')).toBe('Du erhåller')
  })
})
