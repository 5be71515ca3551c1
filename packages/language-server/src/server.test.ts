import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, Hover, TextEdit} from 'vscode-languageserver-protocol'
import {Linter, RuleRegistry, SettingsResolver} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {TestClient, pathToUri} from './testing.js'

// One server for the whole file, started as an editor starts it: `node bin/klarsprak-language-server.js --stdio`.
let client: TestClient
let folder: string
const texts = new Map<string, TextDocument>()

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-'))
  client = new TestClient()
  await client.initialize(folder)
}, 60_000)

afterAll(async () => {
  await client.close()
})

let count = 0
function uriFor(name: string): string {
  return pathToUri(join(folder, `${count++}-${name}`))
}

async function open(name: string, languageId: string, text: string): Promise<{uri: string; diagnostics: Diagnostic[]}> {
  const uri = uriFor(name)
  texts.set(uri, TextDocument.create(uri, languageId, 1, text))
  return {uri, diagnostics: await client.open(uri, languageId, text)}
}

/** Apply edits to our copy of the document and send them to the server as one change. */
async function edit(uri: string, edits: TextEdit[]): Promise<Diagnostic[]> {
  const document = texts.get(uri)!
  const changes = [...edits]
    .sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
    .map((item) => ({range: item.range, text: item.newText}))
  TextDocument.update(document, changes, document.version + 1)
  return client.change(uri, changes)
}

const textOf = (uri: string, diagnostic: Diagnostic) => texts.get(uri)!.getText(diagnostic.range)

async function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range,
    context: {diagnostics, ...(only ? {only} : {})}
  })) as CodeAction[]
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}


/** A valid template (front matter with the variables the tests use) around `body`. */
const frontMatter = (id: string) => `---
id: ${id}
kind: custom
language: sv
title: Brev
variables:
  namn: { type: string }
  datum: { type: date, required: true }
  antal: { type: number, required: true }
samples:
  - namn: Kim Andersson
    datum: 2026-12-01
    antal: 3
---
`
const frontMatterLines = frontMatter('brev').split('\n').length - 1

/** Open a template whose id matches its file name (`N-name.hbs`), as the template rules require. */
async function openTemplate(name: string, body: string): Promise<{uri: string; diagnostics: Diagnostic[]}> {
  const uri = uriFor(`${name}.hbs`)
  const text = frontMatter(uri.slice(uri.lastIndexOf('/') + 1, -'.hbs'.length)) + body
  texts.set(uri, TextDocument.create(uri, 'handlebars', 1, text))
  return {uri, diagnostics: await client.open(uri, 'handlebars', text)}
}

describe('diagnostics', () => {
  test('a Markdown document gets diagnostics with the exact span, code, source and documentation link', async () => {
    const {uri, diagnostics} = await open('brev.md', 'markdown', '# Beslut\n\nDu erhåller beslutet inom tre veckor.\n')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      range: {start: {line: 2, character: 3}, end: {line: 2, character: 11}},
      severity: 2,
      code: 'plain-words',
      source: 'klarsprak',
      message: 'Skriv ”får” i stället för ”erhåller”.',
      data: {ruleId: 'plain-words', actual: 'erhåller', expected: ['får']}
    })
    expect(diagnostics[0]!.codeDescription?.href).toMatch(/\/rules\/plain-words\.md$/)
    expect(textOf(uri, diagnostics[0]!)).toBe('erhåller')
  })

  test('a change moves the diagnostics and adds new ones; severities map to LSP', async () => {
    const {uri} = await open('andring.md', 'markdown', '# Beslut\n\nDu erhåller beslutet.\n\nVi svarar snart.\n')
    const after = await edit(uri, [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, newText: 'Hej. '}])
    expect(after.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([['plain-words', 2, 8, 16]])
    const more = await edit(uri, [
      {range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, newText: 'Ring 19121212-1212 eller '}
    ])
    const identity = more.find((d) => d.code === 'personal-identity-number')!
    expect(identity.severity).toBe(1)
    expect(textOf(uri, identity)).toBe('19121212-1212')
    expect(more.find((d) => d.code === 'plain-words')!.range.start).toEqual({line: 2, character: 8})
  })

  test('characters are counted in UTF-16 code units, as LSP does', async () => {
    // `T.ex.` starts a sentence: common abbreviations are reported only there by default.
    const {uri, diagnostics} = await open('emoji.md', 'markdown', '# Hej\n\n😀 Du erhåller 𝔸 beslutet i dag. T.ex. kan du 𝔸 läsa det.\n')
    const plain = diagnostics.find((d) => d.code === 'plain-words')!
    expect(plain.range.start).toEqual({line: 2, character: 6})
    expect(textOf(uri, plain)).toBe('erhåller')
    const abbreviation = diagnostics.find((d) => d.code === 'abbreviation')!
    expect(abbreviation.range.start).toEqual({line: 2, character: 34})
    expect(textOf(uri, abbreviation)).toBe('T.ex.')
  })

  test('HTML checks the main content, with ranges in the page', async () => {
    const html = '<!doctype html>\n<html lang="sv">\n<head><title>Bygglov</title></head>\n<body>\n<nav>Du erhåller menyn.</nav>\n<main>\n<p>Du erhåller beslutet.</p>\n</main>\n</body>\n</html>\n'
    const {uri, diagnostics} = await open('sida.html', 'html', html)
    const plain = diagnostics.filter((d) => d.code === 'plain-words')
    expect(plain.map((d) => d.range.start)).toEqual([{line: 6, character: 6}])
    expect(textOf(uri, plain[0]!)).toBe('erhåller')
  })

  test('Handlebars: findings at their place in the template, mustaches not read as words, inline comments work', async () => {
    const body = '{{#if namn}}Hej {{namn}}!{{/if}}\n\nDu erhåller beslutet {{date datum}} med posten.\n\n{{!-- klarsprak-disable-next-line plain-words --}}\nVi erhåller {{antal}} ansökningar.\n'
    const {uri, diagnostics} = await openTemplate('brev', body)
    const line = frontMatterLines + 2
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['plain-words', line, 3]])
    expect(textOf(uri, diagnostics[0]!)).toBe('erhåller')
  })

  test('Handlebars: the template rules report an undeclared variable at its place', async () => {
    const {uri, diagnostics} = await openTemplate('okand', ('Hej {{namn}}! Ditt ärende är {{ärende}}.\n{{date datum}} {{antal}}\n'))
    const unknown = diagnostics.find((d) => d.code === 'template-unknown-variable')!
    expect(unknown.range.start.line).toBe(frontMatterLines)
    expect(textOf(uri, unknown)).toContain('ärende')
  })

  test('inline disable comments work across blocks, also after edits inside the silenced part', async () => {
    const text = '# Rubrik\n\n<!-- klarsprak-disable plain-words -->\n\nDu erhåller ett brev.\n\nVi erhåller din ansökan.\n\n<!-- klarsprak-enable plain-words -->\n\nDu erhåller beslutet.\n'
    const {uri, diagnostics} = await open('kommentarer.md', 'markdown', text)
    expect(diagnostics.filter((d) => d.code === 'plain-words').map((d) => d.range.start.line)).toEqual([10])
    const after = await edit(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, newText: 'Nu. '}])
    expect(after.filter((d) => d.code === 'plain-words').map((d) => d.range.start.line)).toEqual([10])
  })

  test('whole-document rules see the whole document: mixed spellings in different paragraphs', async () => {
    const text = '# Om ansökan\n\nAnvänd e-tjänsten för att ansöka.\n\nFyll i e-tjänsten noga.\n\nDen nya etjänsten öppnar i maj.\n'
    const {uri, diagnostics} = await open('termer.md', 'markdown', text)
    const term = diagnostics.find((d) => d.code === 'term-consistency')!
    expect(term.range.start.line).toBe(6)
    expect(textOf(uri, term)).toBe('etjänsten')
    // Removing the paragraphs with the other spelling removes the finding.
    const after = await edit(uri, [{range: {start: {line: 2, character: 0}, end: {line: 6, character: 0}}, newText: ''}])
    expect(after.some((d) => d.code === 'term-consistency')).toBe(false)
  })
})

describe('code actions', () => {
  test('Swedish quick fix, preferred when it is the only one; applying it removes the finding', async () => {
    const {uri, diagnostics} = await open('fix.md', 'markdown', '# Beslut\n\nDu erhåller beslutet.\n')
    const actions = await codeActions(uri, diagnostics)
    const fix = actions.find((action) => action.title === 'Ersätt ”erhåller” med ”får”')!
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true})
    const after = await edit(uri, editsOf(fix, uri))
    expect(texts.get(uri)!.getText()).toBe('# Beslut\n\nDu får beslutet.\n')
    expect(after).toEqual([])
  })

  test('English quick fix titles', async () => {
    const {uri, diagnostics} = await open('letter.md', 'markdown', '# Your decision\n\nYou will obtain the decision in a few weeks.\n')
    const actions = await codeActions(uri, diagnostics)
    expect(actions.map((action) => action.title)).toContain('Replace “obtain” with “get”')
    expect(actions.map((action) => action.title)).toContain('Disable plain-words on this line')
  })

  test('several suggestions: one action each, none preferred', async () => {
    const {uri, diagnostics} = await open('val.md', 'markdown', '# Förslag\n\nFörvaltningen hemställer att nämnden beslutar.\n')
    const actions = (await codeActions(uri, diagnostics)).filter((action) => action.title.startsWith('Ersätt'))
    expect(actions.map((action) => action.title)).toEqual(['Ersätt ”hemställer” med ”begär”', 'Ersätt ”hemställer” med ”föreslår”'])
    expect(actions.every((action) => action.isPreferred === false)).toBe(true)
  })

  test('"disable this rule on this line" inserts a comment the next check honours (Markdown and Handlebars)', async () => {
    const {uri, diagnostics} = await open('tyst.md', 'markdown', '# Beslut\n\nDu erhåller beslutet.\n')
    const disable = (await codeActions(uri, diagnostics)).find((action) => action.title === 'Stäng av plain-words på den här raden')!
    const after = await edit(uri, editsOf(disable, uri))
    expect(texts.get(uri)!.getText()).toBe('# Beslut\n\n<!-- klarsprak-disable-next-line plain-words -->\nDu erhåller beslutet.\n')
    expect(after).toEqual([])

    const template = await openTemplate('tyst', ('Hej {{namn}}!\n\nDu erhåller beslutet {{date datum}}, {{antal}} st.\n'))
    const action = (await codeActions(template.uri, template.diagnostics)).find((item) => item.title.startsWith('Stäng av'))!
    expect(await edit(template.uri, editsOf(action, template.uri))).toEqual([])
    expect(texts.get(template.uri)!.getText()).toContain('{{!-- klarsprak-disable-next-line plain-words --}}\nDu erhåller')
  })

  test('a line inside a Markdown paragraph gets the comment at the end of the line before', async () => {
    const {uri, diagnostics} = await open('stycke.md', 'markdown', '# Beslut\n\nVi har läst din ansökan\noch du erhåller beslutet.\n')
    const disable = (await codeActions(uri, diagnostics)).find((action) => action.title.startsWith('Stäng av'))!
    expect(await edit(uri, editsOf(disable, uri))).toEqual([])
    expect(texts.get(uri)!.getText()).toBe('# Beslut\n\nVi har läst din ansökan <!-- klarsprak-disable-next-line plain-words -->\noch du erhåller beslutet.\n')
  })

  test('plain text has no comments, so no disable action; fix all applies the safe fixes', async () => {
    const {uri, diagnostics} = await open('brev.txt', 'plaintext', 'Du erhåller beslutet i morgon. T.ex. kan du hämta det.\n\nVi skickar det kl. 8-16 på vardagar.\n')
    const actions = await codeActions(uri, diagnostics)
    expect(actions.some((action) => action.title.startsWith('Stäng av'))).toBe(false)
    const fixAll = (await codeActions(uri, diagnostics, ['source.fixAll'])).find((action) => action.kind === 'source.fixAll.klarsprak')!
    expect(fixAll.title).toBe('Rätta alla säkra problem i filen')
    const resolved = (await client.connection.sendRequest('codeAction/resolve', fixAll)) as CodeAction
    await edit(uri, editsOf(resolved, uri))
    expect(texts.get(uri)!.getText()).toBe('Du får beslutet i morgon. Till exempel kan du hämta det.\n\nVi skickar det kl. 8–16 på vardagar.\n')
  })

  test('"add to word list" creates a word list and a config when there is none, then appends to it', async () => {
    const own = mkdtempSync(join(tmpdir(), 'klarsprak-ls-words-'))
    const uri = pathToUri(join(own, 'ord.md'))
    texts.set(uri, TextDocument.create(uri, 'markdown', 1, '# Ord\n\nVi besöker hundd och kattt i dag.\n'))
    // Spelling is off by default: without a config there is nothing to add.
    const diagnostics = await client.open(uri, 'markdown', texts.get(uri)!.getText())
    expect(diagnostics.filter((d) => d.code === 'spelling')).toEqual([])

    // The command without a config: a word list, and a config that uses it; the document is checked again.
    const reloaded = client.diagnostics(uri)
    await client.connection.sendRequest('workspace/executeCommand', {command: 'klarsprak.addToWordList', arguments: [uri, 'hundd']})
    await reloaded
    expect(readFileSync(join(own, '.klarsprak-ord.txt'), 'utf8')).toBe('hundd\n')
    const configPath = join(own, '.klarsprakrc.json')
    const created = JSON.parse(readFileSync(configPath, 'utf8'))
    expect(created).toEqual({extends: ['klarsprak:recommended'], dictionary: ['.klarsprak-ord.txt']})

    // With spelling turned on, the word in the list is accepted and the other one can be added from its finding.
    writeFileSync(configPath, JSON.stringify({...created, rules: {spelling: 'warning'}}))
    let next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToUri(configPath), type: 2}]})
    const spelling = (await next).diagnostics.filter((d) => d.code === 'spelling')
    expect(spelling.map((d) => textOf(uri, d))).toEqual(['kattt'])
    const add = (await codeActions(uri, spelling)).find((action) => action.title === 'Lägg till ”kattt” i ordlistan')!
    expect(add.command?.command).toBe('klarsprak.addToWordList')
    next = client.diagnostics(uri)
    await client.connection.sendRequest('workspace/executeCommand', {command: add.command!.command, arguments: add.command!.arguments})
    expect((await next).diagnostics.filter((d) => d.code === 'spelling')).toEqual([])
    expect(readFileSync(join(own, '.klarsprak-ord.txt'), 'utf8')).toBe('hundd\nkattt\n')
  })
})

describe('hover, statistics, configuration', () => {
  test('hover on a finding explains the rule with an example, in the document language', async () => {
    const {uri} = await open('hover.md', 'markdown', '# Beslut\n\nDu erhåller beslutet.\n')
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 5}})) as Hover
    const value = (hover.contents as {value: string}).value
    expect(value).toContain('**plain-words**')
    expect(value).toContain('Exempel:')
    expect(value).toContain('Du erhåller beslutet inom tre veckor.')
    expect(hover.range).toEqual({start: {line: 2, character: 3}, end: {line: 2, character: 11}})
    const nothing = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})
    expect(nothing).toBeNull()

    const english = await open('hover-en.md', 'markdown', '# Decision\n\nYou will obtain the decision in a few weeks.\n')
    const englishHover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: english.uri}, position: {line: 2, character: 10}})) as Hover
    expect((englishHover.contents as {value: string}).value).toContain('Example:')
  })

  test('klarsprak/stats gives words, sentences and LIX', async () => {
    const {uri} = await open('stats.md', 'markdown', '# Om bygglov\n\nDu kan söka bygglov hos kommunen. Vi svarar inom fyra veckor.\n\nRing oss om du har frågor.\n')
    const stats = (await client.connection.sendRequest('klarsprak/stats', {textDocument: {uri}})) as Record<string, unknown>
    // The same figures as the command's engine on the same text.
    const registry = new RuleRegistry([swedish, english])
    const settings = new SettingsResolver(registry).settingsFor(join(folder, 'stats.md'), undefined)
    const expected = (await new Linter(registry).lint({path: 'stats.md', value: texts.get(uri)!.getText()}, settings)).stats
    expect(stats).toEqual({uri, language: 'sv', words: expected.words, sentences: expected.sentences, longWords: expected.longWords, lix: expected.lix, ovix: expected.ovix})
    expect(expected.words).toBeGreaterThan(15)
  })

  test('a changed config file is read again after workspace/didChangeWatchedFiles', async () => {
    const own = mkdtempSync(join(tmpdir(), 'klarsprak-ls-config-'))
    const config = join(own, '.klarsprakrc.json')
    writeFileSync(config, JSON.stringify({rules: {'plain-words': 'off'}}))
    const uri = pathToUri(join(own, 'brev.md'))
    texts.set(uri, TextDocument.create(uri, 'markdown', 1, '# Beslut\n\nDu erhåller beslutet.\n'))
    expect(await client.open(uri, 'markdown', texts.get(uri)!.getText())).toEqual([])

    writeFileSync(config, JSON.stringify({rules: {'plain-words': 'error'}}))
    const next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToUri(config), type: 2}]})
    expect((await next).diagnostics.map((d) => [d.code, d.severity])).toEqual([['plain-words', 1]])
  })

  test('a changed word list (config `dictionary`) is read again', async () => {
    const own = mkdtempSync(join(tmpdir(), 'klarsprak-ls-list-'))
    const list = join(own, 'ord.txt')
    writeFileSync(list, '# Ortnamn\n')
    // Spelling is off by default; the config turns it on.
    writeFileSync(join(own, '.klarsprakrc.json'), JSON.stringify({dictionary: ['ord.txt'], rules: {spelling: 'warning'}}))
    const uri = pathToUri(join(own, 'brev.md'))
    texts.set(uri, TextDocument.create(uri, 'markdown', 1, '# Besök\n\nVi besöker hundd i dag.\n'))
    expect((await client.open(uri, 'markdown', texts.get(uri)!.getText())).map((d) => d.code)).toEqual(['spelling'])
    writeFileSync(list, '# Ortnamn\nhundd\n')
    const next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToUri(list), type: 2}]})
    expect((await next).diagnostics).toEqual([])
  })

  test('client settings: language and enable, through workspace/didChangeConfiguration', async () => {
    const {uri} = await open('installningar.md', 'markdown', '# Beslut\n\nDu erhåller beslutet.\n')
    client.settings = {debounceMs: 0, enable: false}
    let next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    expect((await next).diagnostics).toEqual([])
    client.settings = {debounceMs: 0}
    next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    expect((await next).diagnostics.map((d) => d.code)).toEqual(['plain-words'])
  })
})

describe('robustness', () => {
  // A seeded generator: the same documents on every run.
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pieces = ['# ', '## Rubrik\n', '```\n', '~~~', '<!--', '-->', '{{', '}}', '{{#if', '{{/each}}', '{{!--', '<p>', '</div>', '[länk](', '](', '*', '_', '> ', '- ', '1. ', '|', '---\n', '\n', '\n\n', '\t', ' ', 'Du erhåller', ' beslutet.', ' t.ex.', '19121212-1212', 'ÅÄÖ', '😀', '\u0000', '\uFFFD', '\r\n', '\u200B', 'a'.repeat(300), '!!!', '"', '”', 'www.example.se']
  const randomText = (length: number) => Array.from({length}, () => pieces[Math.floor(random() * pieces.length)]).join('')

  test('random, empty, binary-like and half-typed documents give diagnostics or nothing, never a crash', async () => {
    const documents: Array<[string, string]> = [
      ['markdown', ''],
      ['plaintext', ''],
      ['handlebars', '{{#if}'],
      ['handlebars', '{{#each items}}{{/if}}\n{{> partial'],
      ['html', '<html><body><main><p>Du erhåller'],
      ['markdown', '---\nlang: [\n---\n# Rubrik\n\n```js\nkod'],
      ['plaintext', Buffer.from(Array.from({length: 2000}, (_, index) => (index * 37) % 256)).toString('latin1')],
      ['plaintext', Buffer.from(Array.from({length: 200_000}, (_, index) => (index * 7919) % 256)).toString('latin1')],
      ['markdown', 'Du erhåller beslutet och vi skickar det. '.repeat(5000)]
    ]
    const ids = ['markdown', 'plaintext', 'html', 'handlebars']
    for (let index = 0; index < 16; index++) documents.push([ids[index % ids.length]!, randomText(20 + Math.floor(random() * 200))])
    for (const [languageId, text] of documents) {
      const {uri, diagnostics} = await open(`slump-${languageId}`, languageId, text)
      expect(Array.isArray(diagnostics)).toBe(true)
      const document = texts.get(uri)!
      for (let change = 0; change < 3; change++) {
        const at = document.positionAt(Math.floor(random() * (document.getText().length + 1)))
        expect(Array.isArray(await edit(uri, [{range: {start: at, end: at}, newText: randomText(3)}]))).toBe(true)
      }
    }
    // Still answering.
    const {diagnostics} = await open('efter.md', 'markdown', '# Hej\n\nDu erhåller beslutet.\n')
    expect(diagnostics.map((d) => d.code)).toEqual(['plain-words'])
  }, 120_000)

  test('rapid changes: only the newest version is published last', async () => {
    const {uri} = await open('snabbt.md', 'markdown', '# Hej\n\nText.\n')
    const document = texts.get(uri)!
    let last: Promise<unknown> | undefined
    for (let index = 0; index < 10; index++) {
      const end = document.positionAt(document.getText().length)
      const changes = [{range: {start: end, end}, text: index === 9 ? 'Du erhåller beslutet.\n' : 'Mer text.\n'}]
      TextDocument.update(document, changes, document.version + 1)
      if (index === 9) last = client.diagnostics(uri, document.version)
      await client.send(uri, changes)
    }
    const final = (await last!) as {diagnostics: Diagnostic[]}
    expect(final.diagnostics.map((d) => d.code)).toEqual(['plain-words'])
    // Nothing older arrives after the newest version.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(client.latest.get(uri)?.version).toBe(document.version)
  })

  test('no crash was logged', () => {
    expect(client.logs.filter((line) => /failed/.test(line))).toEqual([])
    expect(existsSync(folder)).toBe(true)
  })
})
