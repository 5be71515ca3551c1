import {existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {klarsprak, project, root} from './helpers.js'

interface Json {
  files: Array<{path: string; messages: Array<{ruleId: string; message: string; severity: string; fingerprint: string}>}>
  summary: {files: number; errors: number; warnings: number; infos: number}
}
const json = (text: string) => JSON.parse(text) as Json
const messagesOf = (result: Json) => result.files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}: ${message.message}`))

/** Replace every stored message text in the cache file, so a cache hit is visible in the output. */
function poison(cachePath: string): void {
  const cache = JSON.parse(readFileSync(cachePath, 'utf8'))
  for (const entry of Object.values(cache.entries) as Array<{result: {messages: Array<{message: string}>}}>) {
    for (const message of entry.result.messages) message.message = 'FRÅN CACHEN'
  }
  writeFileSync(cachePath, JSON.stringify(cache))
}
const fromCache = (result: Json) => messagesOf(result).filter((line) => line.endsWith('FRÅN CACHEN')).length

describe('check --cache', () => {
  const files = () =>
    project({
      // Spelling is off by default; the word list matters only with it on.
      '.klarsprakrc.json': JSON.stringify({dictionary: ['ord.dic'], rules: {spelling: 'warning'}}),
      'ord.dic': '# ortnamn\n',
      'a.md': '---\nlang: sv\n---\n\nDu erhåller beslutet om bygglov för din ekbackn.\n',
      'b.md': '---\nlang: sv\n---\n\nVi inkom med svar till nämnden.\n'
    })

  it('returns stored results for unchanged files and lints again after a change to the file, the config or a word list', async () => {
    const cwd = files()
    const cold = await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    const plain = await klarsprak(['check', '.', '--format', 'json'], {cwd})
    expect(cold.stdout).toBe(plain.stdout)
    expect(messagesOf(json(cold.stdout)).join('\n')).toContain('ekbackn')
    const cachePath = join(cwd, '.klarsprakcache')
    expect(existsSync(cachePath)).toBe(true)

    // Hit: nothing changed, so both files come from the cache.
    poison(cachePath)
    const warm = json((await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})).stdout)
    expect(fromCache(warm)).toBe(messagesOf(warm).length)
    expect(warm.summary).toEqual(json(plain.stdout).summary)

    // The file changed: only that file is linted again.
    writeFileSync(join(cwd, 'b.md'), '---\nlang: sv\n---\n\nVi inkom med svar till nämnden i dag.\n')
    const edited = json((await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})).stdout)
    expect(edited.files.find((file) => file.path === 'a.md')!.messages.every((m) => m.message === 'FRÅN CACHEN')).toBe(true)
    expect(edited.files.find((file) => file.path === 'b.md')!.messages.some((m) => m.message.includes('inkom'))).toBe(true)

    // A word list's contents changed (its name did not): the spelling of ekbackn is no longer reported.
    poison(cachePath)
    writeFileSync(join(cwd, 'ord.dic'), '# ortnamn\nekbackn\n')
    const words = json((await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})).stdout)
    expect(fromCache(words)).toBe(0)
    expect(messagesOf(words).join('\n')).not.toContain('ekbackn')

    // The config changed.
    poison(cachePath)
    writeFileSync(join(cwd, '.klarsprakrc.json'), JSON.stringify({dictionary: ['ord.dic'], rules: {spelling: 'warning', 'plain-words': 'off'}}))
    const config = json((await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})).stdout)
    expect(fromCache(config)).toBe(0)
    expect(messagesOf(config).some((line) => line.includes('plain-words'))).toBe(false)

    // A command-line rule override is part of the settings too.
    poison(cachePath)
    const flag = json((await klarsprak(['check', '.', '--cache', '--format', 'json', '--rule', 'address-reader:off'], {cwd})).stdout)
    expect(fromCache(flag)).toBe(0)
  })

  it('ignores a damaged cache file, rewrites it, and honours --cache-location', async () => {
    const cwd = files()
    writeFileSync(join(cwd, '.klarsprakcache'), '{"format": 1, "entries": {"a.md": ')
    const run = await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(json(run.stdout).files).toHaveLength(2)
    expect(Object.keys(JSON.parse(readFileSync(join(cwd, '.klarsprakcache'), 'utf8')).entries).sort()).toEqual(['a.md', 'b.md'])

    // The entry of a deleted file goes.
    rmSync(join(cwd, 'b.md'))
    await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    expect(Object.keys(JSON.parse(readFileSync(join(cwd, '.klarsprakcache'), 'utf8')).entries)).toEqual(['a.md'])
    writeFileSync(join(cwd, 'b.md'), '---\nlang: sv\n---\n\nVi inkom med svar till nämnden.\n')

    const located = await klarsprak(['check', '.', '--cache-location', 'tmp/cache/', '--format', 'json'], {cwd})
    expect(located.stdout).toBe(run.stdout)
    expect(existsSync(join(cwd, 'tmp/cache/.klarsprakcache'))).toBe(true)
  })

  it('--fix lints every file and stores what is left, so the next run is a correct hit', async () => {
    const cwd = project({'brev.md': '---\nlang: sv\n---\n\nDu erhåller beslutet.\n'})
    await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    poison(join(cwd, '.klarsprakcache'))
    const fixed = json((await klarsprak(['check', '.', '--cache', '--fix', '--format', 'json'], {cwd})).stdout)
    expect(fromCache(fixed)).toBe(0)
    expect(readFileSync(join(cwd, 'brev.md'), 'utf8')).toContain('Du får beslutet.')
    const after = await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    const uncached = await klarsprak(['check', '.', '--format', 'json'], {cwd})
    expect(after.stdout).toBe(uncached.stdout)
  })

  it('starts a fresh cache when the command was built again', async () => {
    const cwd = files()
    await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})
    poison(join(cwd, '.klarsprakcache'))
    const bundle = join(root, 'packages/cli/dist/klarsprak.bundle.cjs')
    const {atime, mtime} = statSync(bundle)
    try {
      utimesSync(bundle, atime, new Date(mtime.getTime() + 2000))
      const rebuilt = json((await klarsprak(['check', '.', '--cache', '--format', 'json'], {cwd})).stdout)
      expect(fromCache(rebuilt)).toBe(0)
    } finally {
      utimesSync(bundle, atime, mtime)
    }
  })

  it('refuses --cache with standard input', async () => {
    const run = await klarsprak(['check', '--stdin', '--cache'], {input: 'Hej.'})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--cache works on files')
  })
})

describe('check --baseline', () => {
  it('hides the findings in the baseline, reports new ones (also after lines are added above) and counts the hidden', async () => {
    const cwd = project({'brev.md': '---\nlang: sv\n---\n\nDu erhåller beslutet.\n\nVi inkom med svar.\n'})
    const missing = await klarsprak(['check', 'brev.md', '--baseline', 'baslinje.json'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Baseline file not found: baslinje.json')

    const update = await klarsprak(['check', 'brev.md', '--baseline', 'baslinje.json', '--update-baseline'], {cwd})
    expect(update.code).toBe(0)
    expect(update.stderr).toContain('wrote 2 findings to the baseline baslinje.json')
    const baseline = JSON.parse(readFileSync(join(cwd, 'baslinje.json'), 'utf8'))
    expect(baseline.version).toBe(1)
    expect(baseline.findings.map((entry: {path: string; ruleId: string}) => `${entry.path} ${entry.ruleId}`)).toEqual(['brev.md plain-words', 'brev.md plain-words'])

    const clean = await klarsprak(['check', 'brev.md', '--baseline', 'baslinje.json'], {cwd})
    expect(clean.code).toBe(0)
    expect(clean.stdout).toContain('2 problems hidden by the baseline')

    // A new paragraph above with a new finding and an error: only that is reported, and the exit code follows it.
    writeFileSync(join(cwd, 'brev.md'), '---\nlang: sv\n---\n\nMitt personnummer är 19121212-1212.\n\nDu erhåller beslutet.\n\nVi inkom med svar.\n')
    const edited = await klarsprak(['check', 'brev.md', '--baseline', 'baslinje.json', '--format', 'json'], {cwd})
    expect(edited.code).toBe(1)
    const ids = json(edited.stdout).files[0]!.messages.map((message) => message.ruleId)
    expect(ids).toContain('personal-identity-number')
    expect(ids).not.toContain('plain-words')
    expect(json(edited.stdout).summary.errors).toBe(1)
  })

  it('needs --baseline for --update-baseline and names a broken file', async () => {
    const cwd = project({'a.md': 'Hej.\n', 'bas.json': '{"version": 7, "findings": []}'})
    const alone = await klarsprak(['check', 'a.md', '--update-baseline'], {cwd})
    expect(alone.code).toBe(2)
    expect(alone.stderr).toContain('--update-baseline needs --baseline FILE')
    const version = await klarsprak(['check', 'a.md', '--baseline', 'bas.json'], {cwd})
    expect(version.code).toBe(2)
    expect(version.stderr).toContain('bas.json: baseline version 7 is not supported')
  })
})

describe('check --shard and merge', () => {
  const texts: Record<string, string> = {}
  for (let index = 1; index <= 12; index++) texts[`sidor/sida-${String(index).padStart(2, '0')}.md`] = `---\nlang: sv\n---\n\nSida ${index}: du erhåller svar inom ${index} dagar.\n`

  it('splits the files into disjoint shards whose union is the whole, and merge gives the unsharded result', async () => {
    const cwd = project(texts)
    const whole = await klarsprak(['check', '.', '--format', 'json'], {cwd})
    const shards: string[] = []
    const seen: string[][] = []
    for (let index = 1; index <= 3; index++) {
      const name = `shard-${index}.json`
      const run = await klarsprak(['check', '.', '--shard', `${index}/3`, '--format', 'json', '--output', name], {cwd})
      expect(run.code).toBe(0)
      shards.push(name)
      seen.push(json(readFileSync(join(cwd, name), 'utf8')).files.map((file) => file.path))
    }
    const all = seen.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(json(whole.stdout).files.map((file) => file.path).sort())
    expect(seen.every((paths) => paths.length < 12)).toBe(true)

    const merged = await klarsprak(['merge', ...shards, '--format', 'json'], {cwd})
    expect(merged.code).toBe(0)
    expect(merged.stdout).toBe(whole.stdout)
    const sarif = await klarsprak(['merge', ...shards, '--format', 'sarif'], {cwd})
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(json(whole.stdout).summary.warnings + json(whole.stdout).summary.infos)

    // A new file lands in one shard and moves no other file.
    writeFileSync(join(cwd, 'sidor/ny.md'), '---\nlang: sv\n---\n\nEn ny sida.\n')
    for (let index = 1; index <= 3; index++) {
      const run = json((await klarsprak(['check', '.', '--shard', `${index}/3`, '--format', 'json'], {cwd})).stdout)
      expect(run.files.map((file) => file.path).filter((path) => path !== 'sidor/ny.md')).toEqual(seen[index - 1])
    }
  })

  it('validates --shard', async () => {
    for (const value of ['0/3', '4/3', '1/0', 'a/b', '2']) {
      const run = await klarsprak(['check', '.', '--shard', value])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/--shard/)
    }
  })

  it('merge names a bad input file, warns about a path present twice and keeps the last', async () => {
    const cwd = project({
      'trasig.json': '{"version": 1, "files": [',
      'gammal.json': JSON.stringify({version: 2, tool: {name: 'klarsprak', version: '9.0.0'}, files: [], summary: {}})
    })
    const broken = await klarsprak(['merge', 'trasig.json'], {cwd})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('trasig.json: not valid JSON')
    const version = await klarsprak(['merge', 'gammal.json'], {cwd})
    expect(version.code).toBe(2)
    expect(version.stderr).toContain('gammal.json: `version` is 2, expected 1')
    expect((await klarsprak(['merge', 'saknas.json'], {cwd})).stderr).toContain('No such result file: saknas.json')

    const one = project({'a.md': '---\nlang: sv\n---\n\nDu erhåller beslutet.\n'})
    await klarsprak(['check', 'a.md', '--format', 'json', '--output', 'first.json'], {cwd: one})
    writeFileSync(join(one, 'a.md'), '---\nlang: sv\n---\n\nDu får beslutet.\n')
    await klarsprak(['check', 'a.md', '--format', 'json', '--output', 'second.json'], {cwd: one})
    const merged = await klarsprak(['merge', 'first.json', 'second.json', '--format', 'json'], {cwd: one})
    expect(merged.stderr).toContain('a.md is in both first.json and second.json; keeping the one in second.json')
    expect(json(merged.stdout).files).toHaveLength(1)
    expect(json(merged.stdout).summary.warnings).toBe(0)
  })
})

describe('report', () => {
  it('writes one self-contained HTML file and a history file per run', async () => {
    const cwd = project({'a.md': '---\nlang: sv\n---\n\nDu erhåller beslutet <script>alert(1)</script>.\n', 'b.md': '---\nlang: en\n---\n\nYou will receive the decision.\n'})
    await klarsprak(['check', '.', '--format', 'json', '--output', 'result.json'], {cwd})
    const first = await klarsprak(['report', 'result.json', '--out', 'rapport', '--history', 'historik'], {cwd, env: {KLARSPRAK_RUN_DATE: '2026-10-01T06:00:00Z'}})
    expect(first.code, first.stderr).toBe(0)
    const second = await klarsprak(['report', 'result.json', '--out', 'rapport', '--history', 'historik', '--date', '2026-11-01T06:00:00Z'], {cwd})
    expect(second.stderr).toContain('2 runs in the history')
    const history = readFileSync(join(cwd, 'historik/klarsprak-run-2026-11-01T06-00-00Z.json'), 'utf8')
    expect(JSON.parse(history)).toMatchObject({version: 1, date: '2026-11-01T06:00:00.000Z', pages: 2})
    expect(existsSync(join(cwd, 'historik/klarsprak-run-2026-10-01T06-00-00Z.json'))).toBe(true)

    const html = readFileSync(join(cwd, 'rapport/index.html'), 'utf8')
    expect(html).toContain('<html lang="sv">')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i)
    expect(html).toContain('href="../a.md"')
    expect(html).toContain('<circle class="point"')

    const bad = await klarsprak(['report', 'result.json'], {cwd})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--out DIR is needed')
    const date = await klarsprak(['report', 'result.json', '--out', 'x', '--date', 'igår'], {cwd})
    expect(date.code).toBe(2)
    expect(date.stderr).toContain('--date expects a date')
  })
})
