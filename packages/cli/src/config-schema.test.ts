// The rules' option declarations (RuleMeta.options) against everything that describes them: config validation, the
// editors' JSON Schema (core and the VS Code copy) and the rule pages. Uses the command's registry: every rule.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, configJsonSchema, validateConfig, type OptionSchema} from '@klarsprak/core'
import {createRegistry} from './session.js'

const root = join(import.meta.dirname, '../../..')
const registry = createRegistry()
const file = '/projekt/.klarsprakrc.json'
const read = (path: string) => readFileSync(join(root, path), 'utf8')

function problem(rules: Record<string, unknown>): ConfigError | undefined {
  try {
    validateConfig({rules}, file, registry)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  return undefined
}

/** A value of the wrong type for an option. */
function wrongValue(schema: OptionSchema): unknown {
  if (schema.type === 'boolean') return 'true'
  if (schema.type === 'number' || schema.type === 'integer') return '25'
  if (schema.type === 'string') return schema.enum ? 'no-such-value' : 25
  return schema.type === 'array' ? 'one' : ['one']
}

const ids = registry.knownIds()
const options = ids.flatMap((id) => Object.entries(registry.optionsOf(id) ?? {}).map(([name, schema]) => ({id, name, schema})))

describe('rule options in config', () => {
  it.each(ids)('%s: a misspelled option is an error that names the file, the rule and the option', (id) => {
    const own = Object.keys(registry.optionsOf(id) ?? {})
    const misspelled = own[0] ? `${own[0]}${own[0].at(-1)}` : 'ignor'
    const error = problem({[id]: ['warning', {[misspelled]: true}]})
    expect(error?.file).toBe(file)
    expect(error?.key).toBe(`rules.${id}[1].${misspelled}`)
    expect(error?.message).toContain(own[0] ? `did you mean \`${own[0]}\`` : `${id} has no options of its own`)
  })

  it.each(options)('$id: `$name` of the wrong type is an error', ({id, name, schema}) => {
    const error = problem({[id]: ['warning', {[name]: wrongValue(schema)}]})
    expect(error?.key).toBe(`rules.${id}[1].${name}`)
    expect(error?.message).toMatch(/expected .*, got/)
  })

  it('has one declaration per option name across the languages of a rule', () => {
    // optionsOf throws when the Swedish and English rule declare an option differently.
    for (const id of ids) expect(() => registry.optionsOf(id)).not.toThrow()
    expect(Object.keys(registry.optionsOf('spelling') ?? {}).sort()).toEqual(['acceptEnglish', 'ignore', 'termAfter', 'unclear'])
  })
})

describe('the editors’ JSON Schema', () => {
  it('is the one the rules declare (run `pnpm schema` after changing a rule’s options)', () => {
    const committed = JSON.parse(read('packages/core/schema/klarsprakrc.schema.json')) as Record<string, unknown>
    expect(committed).toEqual(configJsonSchema(committed, registry))
    expect(read('packages/vscode/schema/klarsprakrc.schema.json')).toBe(read('packages/core/schema/klarsprakrc.schema.json'))
  })
})

describe('rule pages', () => {
  const pages = readdirSync(join(root, 'rules')).filter((name) => name.endsWith('.md'))

  it.each(pages)('%s lists exactly the options the rule declares', (page) => {
    const text = `${read(join('rules', page))}\n# end`
    const listed = new Set<string>()
    for (const section of text.matchAll(/^#{2,3} Options\s*$([\s\S]*?)(?=^#{1,3} )/gm)) {
      for (const row of section[1]!.matchAll(/^\| `([^`]+)` \|/gm)) listed.add(row[1]!)
    }
    const id = page.replace(/\.md$/, '')
    expect([...listed].sort()).toEqual(Object.keys(registry.optionsOf(id) ?? {}).sort())
  })

  it('give config examples that are valid', () => {
    const documents = [...pages.map((page) => join('rules', page)), 'README.md', 'packages/cli/README.md']
    let checked = 0
    for (const path of documents) {
      for (const block of read(path).matchAll(/```json\n([\s\S]*?)```/g)) {
        let example: unknown
        try {
          example = JSON.parse(block[1]!)
        } catch {
          continue // a fragment, not a whole config
        }
        if (typeof example !== 'object' || example === null || !('rules' in example || 'overrides' in example)) continue
        expect(() => validateConfig(example, join(root, path), registry), path).not.toThrow()
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
    expect(() => validateConfig(JSON.parse(read('examples/.klarsprakrc.json')), file, registry)).not.toThrow()
  })
})
