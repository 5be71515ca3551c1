import {createHash} from 'node:crypto'

/** One part of a split: shard `index` (1-based) of `total`. */
export interface Shard {
  index: number
  total: number
}

/**
 * Read `I/N` (as given to `--shard`). Throws an Error that says what is expected when the value is not two whole
 * numbers with 1 ≤ I ≤ N.
 */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  if (!match) throw new Error(`--shard expects I/N, for example 1/4, got \`${value}\``)
  const index = Number(match[1])
  const total = Number(match[2])
  if (total < 1) throw new Error(`--shard ${value}: N must be at least 1`)
  if (index < 1 || index > total) throw new Error(`--shard ${value}: I must be between 1 and ${total}`)
  return {index, total}
}

/**
 * The key a path or URL is split by: forward slashes, no leading `./`; URLs without the fragment. Two spellings of
 * the same file land in the same shard.
 */
export function shardKey(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path.replace(/#.*$/, '')
  let key = path.replace(/\\/g, '/')
  while (key.startsWith('./')) key = key.slice(2)
  return key.replace(/\/{2,}/g, '/')
}

/**
 * The shard (1-based) of `total` that a path belongs to. It depends only on the path, not on its position in a list,
 * so adding or removing a file never moves any other file to another shard.
 */
export function shardOf(path: string, total: number): number {
  if (!Number.isInteger(total) || total < 1) throw new Error(`shardOf: total must be a whole number of at least 1, got ${total}`)
  const digest = createHash('sha256').update(shardKey(path)).digest()
  // 48 bits are exact in a double and far more than any shard count needs.
  return (digest.readUIntBE(0, 6) % total) + 1
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.total) === shard.index
}

/** The items (paths, URLs, or anything with a path) that belong to `shard`, in their original order. */
export function selectShard<T>(items: readonly T[], shard: Shard, pathOf: (item: T) => string = String): T[] {
  return items.filter((item) => inShard(pathOf(item), shard))
}
