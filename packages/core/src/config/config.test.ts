import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RuleRegistry} from '../registry.js'
import {testPack} from '../testing.js'
import {ConfigFinder, loadConfigFile} from './load.js'
import {SettingsResolver, isIgnoredByConfig} from './resolve.js'
import {ConfigError} from './types.js'

const registry = new RuleRegistry([testPack])

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'klarsprak-config-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), {recursive: true})
    writeFileSync(join(root, name), content)
  }
  return root
}

async function error(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise
  } catch (caught) {
    if (caught instanceof ConfigError) return caught
    throw caught
  }
  throw new Error('expected a ConfigError')
}

describe('config files', () => {
  it('names the file and key of an unknown key', async () => {
    const root = folder({'.klarsprakrc.json': '{"rulez": {}}'})
    const problem = await error(loadConfigFile(join(root, '.klarsprakrc.json'), registry))
    expect(problem.file).toBe(join(root, '.klarsprakrc.json'))
    expect(problem.key).toBe('rulez')
    expect(problem.message).toContain('unknown key')
  })

  it('rejects unknown rule ids, bad severities and bad options', async () => {
    const root = folder({
      'a.json': '{"rules": {"no-such-rule": "warning"}}',
      'b.json': '{"rules": {"plain-words": "loud"}}',
      'c.json': '{"rules": {"sentence-length": ["warning", 22]}}',
      'd.json': '{"overrides": [{"files": ["x/**"], "textTyp": "letter"}]}',
      'e.json': '{"terms": [{"prefer": "förskola", "avoid": "dagis"}]}'
    })
    expect((await error(loadConfigFile(join(root, 'a.json'), registry))).key).toBe('rules.no-such-rule')
    // Not an id because every object has it.
    expect(registry.isKnown('constructor')).toBe(false)
    expect((await error(loadConfigFile(join(root, 'b.json'), registry))).key).toBe('rules.plain-words')
    expect((await error(loadConfigFile(join(root, 'c.json'), registry))).key).toBe('rules.sentence-length')
    expect((await error(loadConfigFile(join(root, 'd.json'), registry))).key).toBe('overrides[0].textTyp')
    expect((await error(loadConfigFile(join(root, 'e.json'), registry))).key).toBe('terms[0].avoid')
  })

  it('rejects an unknown or wrong rule option, naming the file, the rule and the option', async () => {
    const root = folder({
      'a.json': '{"rules": {"plain-words": ["warning", {"ignor": ["x"]}]}}',
      'b.json': '{"rules": {"spelling": ["warning", {"termAfter": "3"}]}}',
      'c.json': '{"overrides": [{"files": ["x/**"], "rules": {"spelling": ["info", {"scope": "some"}]}}]}',
      'd.json': '{"rules": {"parse-error": ["error", {"max": 1}]}}'
    })
    const misspelled = await error(loadConfigFile(join(root, 'a.json'), registry))
    expect(misspelled.file).toBe(join(root, 'a.json'))
    expect(misspelled.key).toBe('rules.plain-words[1].ignor')
    expect(misspelled.message).toBe(`${join(root, 'a.json')}: \`rules.plain-words[1].ignor\`: unknown option of plain-words; did you mean \`ignore\`? it takes ignore`)
    const wrongType = await error(loadConfigFile(join(root, 'b.json'), registry))
    expect(wrongType.key).toBe('rules.spelling[1].termAfter')
    expect(wrongType.message).toContain('expected a whole number of at least 1, got "3"')
    const wrongValue = await error(loadConfigFile(join(root, 'c.json'), registry))
    expect(wrongValue.key).toBe('overrides[0].rules.spelling[1].scope')
    expect(wrongValue.message).toContain('expected one of all, typos, got "some"')
    expect((await error(loadConfigFile(join(root, 'd.json'), registry))).message).toContain('parse-error has no options of its own')
  })

  it('accepts right rule options, the shared ones, and any options of a reserved rule no package declares', async () => {
    const root = folder({
      '.klarsprakrc.json': JSON.stringify({
        rules: {
          spelling: ['warning', {ignore: ['xyz'], termAfter: 2, scope: 'typos', words: ['Björkeby']}],
          'plain-words': ['warning', {ignore: []}],
          'nominal-style': ['info', {anything: true}]
        }
      })
    })
    const config = await loadConfigFile(join(root, '.klarsprakrc.json'), registry)
    expect(config.rules.spelling?.options).toEqual({ignore: ['xyz'], termAfter: 2, scope: 'typos', words: ['Björkeby']})
  })

  it('resolves the template folders relative to the config file', async () => {
    const root = folder({'sub/.klarsprakrc.json': '{"templates": ["mallar", "../gemensamt"]}', 'bad.json': '{"templates": "mallar"}'})
    const config = await loadConfigFile(join(root, 'sub/.klarsprakrc.json'), registry)
    expect(config.templates).toEqual([join(root, 'sub/mallar'), join(root, 'gemensamt')])
    expect((await error(loadConfigFile(join(root, 'bad.json'), registry))).key).toBe('templates')
  })

  it('reports invalid JSON with the file name', async () => {
    const root = folder({'.klarsprakrc.json': '{"rules": '})
    const problem = await error(loadConfigFile(join(root, '.klarsprakrc.json'), registry))
    expect(problem.message).toMatch(/\.klarsprakrc\.json: invalid JSON/)
  })

  it('accepts rule ids of the contract that are not implemented yet', async () => {
    const root = folder({'.klarsprakrc.json': '{"rules": {"link-text": "off", "stale-content": "warning"}}'})
    await expect(loadConfigFile(join(root, '.klarsprakrc.json'), registry)).resolves.toBeDefined()
  })

  it('is found upwards from the file, first name wins, package.json only with a klarsprak field', async () => {
    const root = folder({
      'package.json': '{"name": "x", "klarsprak": {"textType": "letter"}}',
      'a/package.json': '{"name": "no-config-here"}',
      'a/b/.klarsprakrc.yaml': 'textType: email\n',
      'a/b/.klarsprakrc': '{"textType": "easy-read"}',
      'a/b/c/brev.md': ''
    })
    const finder = new ConfigFinder(registry)
    expect((await finder.forFile(join(root, 'a/b/c/brev.md')))?.textType).toBe('easy-read')
    expect((await finder.forFile(join(root, 'a/brev.md')))?.textType).toBe('letter')
  })

  it('loads klarsprak.config.mjs', async () => {
    const root = folder({'klarsprak.config.mjs': 'export default {textType: "letter"}\n'})
    const config = await new ConfigFinder(registry).forDir(root)
    expect(config?.textType).toBe('letter')
  })

  it('detects circular extends', async () => {
    const root = folder({'a.json': '{"extends": ["./b.json"]}', 'b.json': '{"extends": ["./a.json"]}'})
    expect((await error(loadConfigFile(join(root, 'a.json'), registry))).message).toContain('circular')
  })
})

describe('settings', () => {
  it('merges presets, extends, overrides and command-line flags in that order', async () => {
    const root = folder({
      'base.json': '{"rules": {"plain-words": "error", "spelling": ["info", {"ignore": ["xyz"]}]}}',
      '.klarsprakrc.json': JSON.stringify({
        extends: ['klarsprak:strict', './base.json'],
        textType: 'web',
        rules: {spelling: 'warning'},
        dictionary: ['ord.txt'],
        terms: [{prefer: 'förskola', avoid: ['dagis']}],
        ignore: ['arkiv/**'],
        overrides: [{files: ['beslut/**'], textType: 'letter', rules: {'plain-words': 'off'}}]
      }),
      'ord.txt': '# ortnamn\nBjörkeby\n\nTallåsen\n'
    })
    const config = await loadConfigFile(join(root, '.klarsprakrc.json'), registry)
    const resolver = new SettingsResolver(registry)
    const page = resolver.settingsFor(join(root, 'sida.md'), config)
    expect(page.textType).toBe('web')
    expect(page.rules.get('plain-words')).toEqual({severity: 'error', options: undefined})
    // The severity changed, the options from base.json stay.
    expect(page.rules.get('spelling')).toEqual({severity: 'warning', options: {ignore: ['xyz']}})
    // strict lifts info rules to warning.
    expect(page.rules.get('unused-disable')?.severity).toBe('warning')
    expect(page.words).toEqual(['Björkeby', 'Tallåsen'])
    expect(page.terms).toEqual([{prefer: 'förskola', avoid: ['dagis']}])

    const decision = resolver.settingsFor(join(root, 'beslut/2026/a.md'), config)
    expect(decision.textType).toBe('letter')
    expect(decision.rules.get('plain-words')?.severity).toBe('off')

    const cli = new SettingsResolver(registry, {textType: 'easy-read', rules: {'plain-words': 'info'}})
    const flagged = cli.settingsFor(join(root, 'beslut/a.md'), config)
    expect(flagged.textType).toBe('easy-read')
    expect(flagged.rules.get('plain-words')?.severity).toBe('info')

    expect(isIgnoredByConfig(config, join(root, 'arkiv/gammal.md'))).toBe(true)
    expect(isIgnoredByConfig(config, join(root, 'sida.md'))).toBe(false)
  })

  it('uses the recommended preset without a config', () => {
    const settings = new SettingsResolver(registry).settingsFor('/tmp/a.md', undefined)
    expect(settings.language).toBe('auto')
    expect(settings.textType).toBe('web')
    expect(settings.rules.get('plain-words')?.severity).toBe('warning')
    expect(settings.rules.get('unused-disable')?.severity).toBe('info')
    expect(settings.rules.get('missing-lang')?.severity).toBe('off')
  })
})

describe('JSON Schema', () => {
  it('lists exactly the rule ids config accepts', async () => {
    const {readFileSync} = await import('node:fs')
    const schema = JSON.parse(readFileSync(new URL('../../schema/klarsprakrc.schema.json', import.meta.url), 'utf8')) as {
      $defs: {rules: {properties: Record<string, unknown>}}
      properties: Record<string, unknown>
    }
    const full = new RuleRegistry([])
    expect(Object.keys(schema.$defs.rules.properties).sort()).toEqual(
      [...full.knownIds(), 'abbreviation', 'address-reader', 'passive-voice', 'personal-identity-number', 'plain-words', 'readability', 'readability-lix', 'repeated-word', 'sentence-length', 'spelling'].sort()
    )
    expect(Object.keys(schema.properties).filter((key) => key !== '$schema').sort()).toEqual(
      ['dictionary', 'extends', 'ignore', 'language', 'overrides', 'rules', 'templates', 'terms', 'textType']
    )
  })
})
