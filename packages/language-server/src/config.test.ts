import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {watchedGlobs} from './registration.js'
import {TestClient, pathToUri} from './testing.js'

// Each test starts its own server, as an editor does, with the client capabilities it is about.
const clients: TestClient[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()))
})

function start(setup: (client: TestClient) => void = () => undefined): TestClient {
  const client = new TestClient()
  setup(client)
  clients.push(client)
  return client
}

function folder(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'klarsprak-ls-config-'))
  for (const [name, content] of Object.entries(files)) write(join(root, name), content)
  return root
}

/** Write a config (objects as indented JSON); the size changes with the content, so its stamp does too. */
function write(path: string, content: unknown): void {
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
}

const letter = '# Beslut\n\nDu erhåller beslutet.\n'
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.severity])
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a client without file watching (Neovim 0.7, eglot without a watcher)', () => {
  test('an edited config is seen when a document is saved or opened; the documents that use it are checked again', async () => {
    const root = folder({'.klarsprakrc.json': {rules: {'plain-words': 'off'}}})
    const client = start((c) => (c.capabilities = {workspace: {configuration: true}}))
    await client.initialize(root)
    const a = pathToUri(join(root, 'a.md'))
    expect(await client.open(a, 'markdown', letter)).toEqual([])
    expect(client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')).toEqual([])

    // Saving a document reads the changed config and checks it again.
    write(join(root, '.klarsprakrc.json'), {rules: {'plain-words': 'error'}})
    let next = client.diagnostics(a)
    await client.save(a)
    expect(codes((await next).diagnostics)).toEqual([['plain-words', 1]])

    // Opening another document reads it too, and the open document that uses the same config is checked again.
    write(join(root, '.klarsprakrc.json'), {rules: {'plain-words': 'info'}})
    next = client.diagnostics(a)
    expect(codes(await client.open(pathToUri(join(root, 'b.md')), 'markdown', letter))).toEqual([['plain-words', 3]])
    expect(codes((await next).diagnostics)).toEqual([['plain-words', 3]])

    // A config created nearer the document, where there was none, is seen as well.
    const c = pathToUri(join(root, 'sub/c.md'))
    expect(codes(await client.open(c, 'markdown', letter))).toEqual([['plain-words', 3]])
    write(join(root, 'sub/.klarsprakrc.json'), {rules: {'plain-words': 'warning'}})
    next = client.diagnostics(c)
    await client.save(c)
    expect(codes((await next).diagnostics)).toEqual([['plain-words', 2]])
  }, 60_000)

  test('a save when no config changed checks nothing again', async () => {
    const root = folder({'.klarsprakrc.json': {rules: {'plain-words': 'warning'}}})
    const client = start((c) => (c.capabilities = {workspace: {configuration: true}}))
    await client.initialize(root)
    const a = pathToUri(join(root, 'a.md'))
    expect(codes(await client.open(a, 'markdown', letter))).toEqual([['plain-words', 2]])
    const before = client.publishes.get(a)
    await client.save(a)
    await client.save(a)
    await pause(500)
    expect(client.publishes.get(a)).toBe(before)
  }, 60_000)
})

describe('file watcher registrations', () => {
  test('one simple glob per registration; refused ones are logged, the rest still work, warm-up runs', async () => {
    const root = folder({'.klarsprakrc.json': {rules: {'plain-words': 'off'}}})
    process.env.KLARSPRAK_LS_TRACE = '1'
    const client = start((c) => {
      // As a client that cannot use some patterns: these two registrations fail.
      c.refuse = (r) => /\*\*\/(\*\.txt|package\.json)"/.test(JSON.stringify(r.registerOptions))
    })
    delete process.env.KLARSPRAK_LS_TRACE
    await client.initialize(root)
    const a = pathToUri(join(root, 'a.md'))
    expect(await client.open(a, 'markdown', letter)).toEqual([])
    await expect.poll(() => client.logs.includes('klarsprak: warmed up'), {timeout: 20_000}).toBe(true)

    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')
    const globs = watchers.map((r) => (r.registerOptions as {watchers: Array<{globPattern: string}>}).watchers.map((w) => w.globPattern))
    expect(globs).toEqual(watchedGlobs.map((glob) => [glob]))
    expect(globs.flat().every((glob) => !/[{}]/.test(glob))).toBe(true)
    expect(watchers.filter((r) => !r.accepted)).toHaveLength(2)
    const refusals = client.logs.filter((line) => line.includes('refused'))
    expect(refusals).toHaveLength(2)
    expect(refusals.join('\n')).toContain('**/*.txt')
    expect(refusals.join('\n')).toContain('**/package.json')

    // A config change through an accepted watcher is seen.
    write(join(root, '.klarsprakrc.json'), {rules: {'plain-words': 'error'}})
    const next = client.diagnostics(a)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToUri(join(root, '.klarsprakrc.json')), type: 2}]})
    expect(codes((await next).diagnostics)).toEqual([['plain-words', 1]])
  }, 60_000)

  test('a client that refuses every registration: initialisation and warm-up go on; saves see config changes', async () => {
    const root = folder({'.klarsprakrc.json': {rules: {'plain-words': 'off'}}})
    process.env.KLARSPRAK_LS_TRACE = '1'
    const client = start((c) => {
      c.capabilities = {workspace: {configuration: true, didChangeConfiguration: {dynamicRegistration: true}, didChangeWatchedFiles: {dynamicRegistration: true}}}
      c.refuse = () => true
      c.settings = {debounceMs: 0, textType: 'letter'}
    })
    delete process.env.KLARSPRAK_LS_TRACE
    await client.initialize(root)
    await expect.poll(() => client.logs.includes('klarsprak: warmed up'), {timeout: 20_000}).toBe(true)
    expect(client.logs.filter((line) => line.includes('refused'))).toHaveLength(watchedGlobs.length + 1)
    const a = pathToUri(join(root, 'a.md'))
    expect(await client.open(a, 'markdown', letter)).toEqual([])
    write(join(root, '.klarsprakrc.json'), {rules: {'plain-words': 'warning'}})
    const next = client.diagnostics(a)
    await client.save(a)
    expect(codes((await next).diagnostics)).toEqual([['plain-words', 2]])
  }, 60_000)
})

describe('a broken config', () => {
  test('an unknown rule id: the other rules still report, the config file gets a diagnostic at the key, a message names file and key, nothing modal', async () => {
    const config = {rules: {'plain-words': 'error', 'no-such-rule': 'warning'}}
    const root = folder({'.klarsprakrc.json': config})
    const client = start()
    await client.initialize(root)
    const configUri = pathToUri(join(root, '.klarsprakrc.json'))
    const onConfig = client.diagnostics(configUri)
    const a = pathToUri(join(root, 'a.md'))
    // The rest of the file applies: plain-words is an error, as the config says.
    expect(codes(await client.open(a, 'markdown', letter))).toEqual([['plain-words', 1]])

    const [problem, ...more] = (await onConfig).diagnostics
    expect(more).toEqual([])
    const text = TextDocument.create(configUri, 'json', 1, `${JSON.stringify(config, null, 2)}\n`)
    expect(text.getText(problem!.range)).toBe('"no-such-rule"')
    expect(problem).toMatchObject({severity: 1, source: 'klarsprak'})
    expect(problem!.message).toContain('rules.no-such-rule')
    expect(problem!.message).toContain('unknown rule id')
    await expect.poll(() => client.shown.length, {timeout: 5000}).toBe(1)
    expect(client.shown[0]).toContain('.klarsprakrc.json')
    expect(client.shown[0]).toContain('”rules.no-such-rule”')
    expect(client.shown[0]).toContain('hoppas över')
    expect(client.asked).toEqual([])

    // Fixed and saved: the config's diagnostic is cleared, and nothing more is shown.
    write(join(root, '.klarsprakrc.json'), {rules: {'plain-words': 'error'}})
    const cleared = client.diagnostics(configUri)
    await client.save(a)
    expect((await cleared).diagnostics).toEqual([])
    expect(client.shown).toHaveLength(1)
  }, 60_000)

  test('a config that cannot be parsed: a diagnostic on its line 1 and one message; its documents get no findings', async () => {
    const root = folder({'.klarsprakrc.json': '{"rules": {"plain-words": "error",\n'})
    const client = start()
    await client.initialize(root)
    const configUri = pathToUri(join(root, '.klarsprakrc.json'))
    const onConfig = client.diagnostics(configUri)
    expect(await client.open(pathToUri(join(root, 'a.md')), 'markdown', letter)).toEqual([])
    expect(await client.open(pathToUri(join(root, 'b.md')), 'markdown', letter)).toEqual([])
    const [problem] = (await onConfig).diagnostics
    expect(problem!.range.start).toEqual({line: 0, character: 0})
    expect(problem!.message).toContain('invalid JSON')
    await expect.poll(() => client.shown.length, {timeout: 5000}).toBe(1)
    expect(client.shown[0]).toContain('kunde inte användas')
    expect(client.asked).toEqual([])
  }, 60_000)
})
