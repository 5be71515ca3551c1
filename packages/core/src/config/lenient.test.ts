import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RuleRegistry} from '../registry.js'
import {testPack} from '../testing.js'
import {ConfigFinder, loadConfigFile} from './load.js'
import {configKeySpan} from './locate.js'
import type {ConfigError} from './types.js'

const registry = new RuleRegistry([testPack])

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'klarsprak-lenient-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content)
  return root
}

async function lenient(path: string): Promise<{rules: string[]; errors: ConfigError[]; extends: unknown[]}> {
  const errors: ConfigError[] = []
  const config = await loadConfigFile(path, registry, [], {onError: (error) => errors.push(error)})
  return {rules: Object.keys(config.rules), errors, extends: config.extends}
}

describe('lenient loading (the language server)', () => {
  it('leaves out an unknown rule id and keeps the other rules; the command still stops at it', async () => {
    const root = folder({'.klarsprakrc.json': '{"rules": {"no-such.rule": "warning", "plain-words": "error"}, "textTyp": "letter"}'})
    const file = join(root, '.klarsprakrc.json')
    const {rules, errors} = await lenient(file)
    expect(rules).toEqual(['plain-words'])
    expect(errors.map((error) => [error.file, error.key])).toEqual([[file, 'textTyp'], [file, 'rules.no-such.rule']])
    await expect(loadConfigFile(file, registry)).rejects.toThrow('unknown key')
  })

  it('a wrong override item or term drops the list it is in, not its neighbours', async () => {
    const root = folder({'a.json': '{"overrides": [{"files": []}], "terms": [{"prefer": "förskola", "x": 1}], "language": "sv"}'})
    const errors: ConfigError[] = []
    const config = await loadConfigFile(join(root, 'a.json'), registry, [], {onError: (error) => errors.push(error)})
    expect(errors.map((error) => error.key)).toEqual(['terms[0].x', 'overrides[0].files'])
    expect(config.overrides).toEqual([])
    expect(config.terms).toEqual([{prefer: 'förskola'}])
    expect(config.language).toBe('sv')
  })

  it('an unknown preset or a broken parent is reported and left out; the rest of the chain applies', async () => {
    const root = folder({'base.json': '{"rules": {"nope": "off"}}', 'c.json': '{"extends": ["klarsprak:nope", "./base.json", "klarsprak:recommended"]}'})
    const {errors, extends: parents} = await lenient(join(root, 'c.json'))
    expect(errors.map((error) => [error.file, error.key])).toEqual([[join(root, 'c.json'), 'extends'], [join(root, 'base.json'), 'rules.nope']])
    expect(parents).toHaveLength(2)
    expect(parents[1]).toBe('klarsprak:recommended')
  })

  it('a file that cannot be parsed still throws, also through ConfigFinder', async () => {
    const root = folder({'.klarsprakrc.json': '{"rules": '})
    const finder = new ConfigFinder(registry, {onError: () => undefined})
    await expect(finder.forFile(join(root, 'brev.md'))).rejects.toThrow('invalid JSON')
  })
})

describe('configKeySpan', () => {
  it('finds a key in JSON, YAML and package.json, also inside lists and with dots in the name', () => {
    const json = '{\n  "rules": {\n    "plain-words": "off",\n    "no-such.rule": "warning"\n  }\n}\n'
    const span = configKeySpan(json, '/x/.klarsprakrc.json', 'rules.no-such.rule')!
    expect(json.slice(span.start, span.end)).toBe('"no-such.rule"')
    const yaml = 'overrides:\n  - files: ["a/**"]\n    textTyp: letter\n'
    const inList = configKeySpan(yaml, '/x/.klarsprakrc', 'overrides[0].textTyp')!
    expect(yaml.slice(inList.start, inList.end)).toBe('textTyp')
    const pkg = '{"name": "x", "klarsprak": {"language": "fi"}}'
    const inPackage = configKeySpan(pkg, '/x/package.json', 'language')!
    expect(pkg.slice(inPackage.start, inPackage.end)).toBe('"language"')
  })

  it('gives the nearest enclosing key when the key is missing, and nothing for a JS config or no key', () => {
    const json = '{"overrides": [{"textType": "letter"}]}'
    const span = configKeySpan(json, '/x/a.json', 'overrides[0].files')!
    expect(json.slice(span.start, span.end)).toBe('{"textType": "letter"}')
    expect(configKeySpan(json, '/x/klarsprak.config.js', 'overrides')).toBeUndefined()
    expect(configKeySpan(json, '/x/a.json', '')).toBeUndefined()
  })
})
