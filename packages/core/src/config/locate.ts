import {createRequire} from 'node:module'
import {basename} from 'node:path'
import type {Node as YamlNode} from 'yaml'

/** Offsets in a config file's text: `[start, end)`. */
export interface KeySpan {
  start: number
  end: number
}

/**
 * Where a ConfigError's key (`rules.no-such-rule`, `overrides[0].textType`) is written in a JSON or YAML config file,
 * so that an editor can mark it; `undefined` when the key is not found (or the file is a JS config).
 */
export function configKeySpan(text: string, file: string, key: string): KeySpan | undefined {
  const name = basename(file)
  if (key === '' || name.endsWith('.js') || name.endsWith('.mjs')) return undefined
  // YAML reads JSON too, with the offsets of every key; loaded only when a config has a problem.
  const {parseDocument, isMap, isSeq, isScalar} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
  let node: unknown = parseDocument(text, {uniqueKeys: false}).contents
  let span: KeySpan | undefined
  let rest = name === 'package.json' ? `klarsprak.${key}` : key
  while (rest !== '') {
    const index = /^\[(\d+)\]\.?/.exec(rest)
    if (index && isSeq(node)) {
      node = node.items[Number(index[1])]
      span = rangeOf(node as YamlNode | undefined) ?? span
      rest = rest.slice(index[0].length)
      continue
    }
    if (!isMap(node)) break
    // Property names may hold dots (an unknown rule id): the longest key that fits wins.
    const pair = node.items
      .filter((item) => isScalar(item.key) && fits(rest, String(item.key.value)))
      .sort((a, b) => String((b.key as {value: unknown}).value).length - String((a.key as {value: unknown}).value).length)[0]
    if (!pair) break
    span = rangeOf(pair.key as YamlNode) ?? span
    node = pair.value
    rest = rest.slice(String((pair.key as {value: unknown}).value).length).replace(/^\./, '')
  }
  return span
}

const fits = (rest: string, name: string) => rest === name || rest.startsWith(`${name}.`) || rest.startsWith(`${name}[`)

function rangeOf(node: YamlNode | undefined): KeySpan | undefined {
  const range = node?.range
  return range ? {start: range[0], end: range[1]} : undefined
}
