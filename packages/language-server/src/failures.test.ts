import {PassThrough} from 'node:stream'
import {expect, test} from 'vitest'
import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {swedish} from '@klarsprak/rules-sv'
import {createConnection} from 'vscode-languageserver/node'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams} from 'vscode-languageserver-protocol/node'
import {startServer} from './server.js'

// A rule that throws on every document, next to the real Swedish rules.
const broken: LanguageRule = {
  meta: {id: 'broken-rule', defaultSeverity: 'warning', fixable: false, description: {sv: 'Går sönder', en: 'Breaks'}},
  plugin: () => () => {
    throw new Error('the rule broke')
  }
}
const pack: LanguagePack = {...swedish, rules: [...swedish.rules, broken]}

test('a rule that throws is logged once, and the other rules still report', async () => {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {packs: [pack]})
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  const logs: string[] = []
  const published: PublishDiagnosticsParams[] = []
  client.onNotification('window/logMessage', (params: {message: string}) => logs.push(params.message))
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.push(params))
  client.listen()
  await client.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {}})
  await client.sendNotification('initialized', {})

  for (let version = 1; version <= 3; version++) {
    const uri = `file:///tmp/klarsprak-trasig-${version}.md`
    await client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: '# Brev\n\nDu erhåller beslutet.\n'}})
  }
  await expect.poll(() => published.length, {timeout: 20_000}).toBe(3)
  expect(published.every((params) => params.diagnostics.map((d) => d.code).join() === 'plain-words')).toBe(true)
  const failures = logs.filter((line) => line.includes('broken-rule'))
  expect(failures).toHaveLength(1)
  expect(failures[0]).toContain('the rule broke')
  client.dispose()
}, 60_000)
