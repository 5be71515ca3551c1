// The editor loads config the way the command does (core's ConfigFinder), so a wrong rule option is the same error;
// the editor reads configs leniently, so the option is left out and the rest of the config applies.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {ConfigError} from '@klarsprak/core'
import {Workspace} from './workspace.js'

describe('rule options in the editor', () => {
  test('a misspelled option is the config error of the command, naming the file, the rule and the option', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-options-'))
    const config = join(folder, '.klarsprakrc.json')
    writeFileSync(config, '{"rules": {"plain-words": ["warning", {"ignor": ["x"]}]}}')
    const workspace = new Workspace(folder)
    const settings = await workspace.settingsFor(join(folder, 'brev.md'))
    expect(settings.rules.get('plain-words')).toEqual({severity: 'warning', options: {}})
    const [failure, ...rest] = workspace.problems.errorsIn(config)
    expect(rest).toEqual([])
    expect(failure).toBeInstanceOf(ConfigError)
    expect(failure!.file).toBe(config)
    expect(failure!.key).toBe('rules.plain-words[1].ignor')
    expect(failure!.message).toContain('did you mean `ignore`?')
  })

  test('right options load', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klarsprak-ls-options-'))
    writeFileSync(join(folder, '.klarsprakrc.json'), '{"rules": {"plain-words": ["warning", {"ignore": ["erhålla"]}]}}')
    const settings = await new Workspace(folder).settingsFor(join(folder, 'brev.md'))
    expect(settings.rules.get('plain-words')?.options).toEqual({ignore: ['erhålla']})
  })
})
