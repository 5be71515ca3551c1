import type {RuleRegistry} from '../registry.js'
import {ConfigError, type Config} from './types.js'
import {validateConfig} from './validate.js'

/**
 * Validate with {@link validateConfig}, leaving out each part it rejects (reported to `onError`) and validating the
 * rest again, so that one unknown rule id does not cost the other settings. A problem with the whole file (no key)
 * is thrown, as by `validateConfig`.
 */
export function validateLeniently(raw: unknown, file: string, registry: RuleRegistry, onError: (error: ConfigError) => void): Config {
  const current = copy(raw)
  const reported = new Set<string>()
  for (;;) {
    try {
      return validateConfig(current, file, registry)
    } catch (error) {
      // Every retry deletes a property, so this ends.
      if (!(error instanceof ConfigError) || !drop(current, error.key)) throw error
      // Dropping a property can bring the same complaint about its parent (`files` missing after `files: []`).
      if (!reported.has(error.key)) onError(error)
      reported.add(error.key)
    }
  }
}

/** Plain objects and arrays copied, everything else kept: a JS config may hold values JSON has not. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy)
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]))
  return value
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Delete the property a ConfigError key names (`rules.no-such-rule`, `overrides[0].rules.x`, `terms[1].avoid`). An
 * array item is not removed (the next error would name a shifted index): the property holding the array goes instead.
 * Returns whether anything was deleted.
 */
function drop(root: unknown, key: string): boolean {
  const path = segments(root, key)
  for (let end = path.length; end > 0; end--) {
    const last = path[end - 1]!
    const parent = path[end - 2]?.value ?? root
    if (typeof last.name === 'string' && isObject(parent) && Object.hasOwn(parent, last.name)) {
      delete parent[last.name]
      return true
    }
  }
  return false
}

interface Segment {
  name: string | number
  value: unknown
}

/** Walk the key through the object; property names may hold dots (an unknown rule id), so the longest match wins. */
function segments(root: unknown, key: string): Segment[] {
  const path: Segment[] = []
  let node = root
  let rest = key
  while (rest !== '') {
    const index = /^\[(\d+)\]\.?/.exec(rest)
    if (index && Array.isArray(node)) {
      node = node[Number(index[1])]
      path.push({name: Number(index[1]), value: node})
      rest = rest.slice(index[0].length)
      continue
    }
    if (!isObject(node)) break
    const name = Object.keys(node)
      .filter((candidate) => rest === candidate || rest.startsWith(`${candidate}.`) || rest.startsWith(`${candidate}[`))
      .sort((a, b) => b.length - a.length)[0]
    if (name === undefined) break
    node = node[name]
    path.push({name, value: node})
    rest = rest.slice(name.length).replace(/^\./, '')
  }
  return path
}
