import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {ConfigStamps, configCandidates} from './config-stamps.js'

describe('config stamps', () => {
  test('candidates go up to the first folder with a config; package.json does not stop the walk', () => {
    const root = mkdtempSync(join(tmpdir(), 'klarsprak-stamps-'))
    mkdirSync(join(root, 'a/b'), {recursive: true})
    writeFileSync(join(root, '.klarsprakrc'), 'rules: {}\n')
    writeFileSync(join(root, 'a/package.json'), '{}\n')
    const files = configCandidates(join(root, 'a/b/brev.md'))
    expect(files).toContain(join(root, 'a/b/.klarsprakrc.json'))
    expect(files).toContain(join(root, 'a/package.json'))
    expect(files.at(-1)).toBe(join(root, 'package.json'))
    expect(files).toHaveLength(3 * 7)
  })

  test('a changed or new file is reported with the documents that use it; unchanged files and first sightings are not', () => {
    const root = mkdtempSync(join(tmpdir(), 'klarsprak-stamps-'))
    const config = join(root, '.klarsprakrc.json')
    const other = join(root, 'sub/.klarsprakrc.json')
    writeFileSync(config, '{}\n')
    const stamps = new ConfigStamps()
    stamps.track('file:///a', [config])
    stamps.track('file:///b', [other])
    expect(stamps.changed([])).toEqual({files: new Set(), documents: []})
    writeFileSync(config, '{"rules": {}}\n')
    expect(stamps.changed([])).toEqual({files: new Set([config]), documents: ['file:///a']})
    expect(stamps.changed([]).files.size).toBe(0)
    mkdirSync(join(root, 'sub'))
    writeFileSync(other, '{}\n')
    expect(stamps.changed([join(root, 'x.json')])).toEqual({files: new Set([other]), documents: ['file:///b']})
  })
})
