// The editor loads config the way the command does (core's ConfigFinder), so a wrong rule option is the same error.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {ConfigError} from '@klarsprak/core'
import {Workspace} from './workspace.js'

describe('rule options in the editor', () => {
  test('a misspelled option is the config error of the command, naming the file, the rule and the option', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-options-'))
    writeFileSync(join(folder, '.klarsprakrc.json'), '{"rules": {"plain-words": ["warning", {"ignor": ["x"]}]}}')
    const failure = await new Workspace(folder).settingsFor(join(folder, 'brev.md')).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ConfigError)
    expect((failure as ConfigError).file).toBe(join(folder, '.klarsprakrc.json'))
    expect((failure as ConfigError).key).toBe('rules.plain-words[1].ignor')
    expect((failure as ConfigError).message).toContain('did you mean `ignore`?')
  })

  test('right options load', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-options-'))
    writeFileSync(join(folder, '.klarsprakrc.json'), '{"rules": {"plain-words": ["warning", {"ignore": ["erhålla"]}]}}')
    const settings = await new Workspace(folder).settingsFor(join(folder, 'brev.md'))
    expect(settings.rules.get('plain-words')?.options).toEqual({ignore: ['erhålla']})
  })
})
