import type {Config} from '@klarsprak/core'

/** The template folders a config names (key `templates`), those of the configs it extends first. */
export function templateFoldersOf(config: Config | undefined): string[] {
  if (!config) return []
  const folders: string[] = []
  for (const parent of config.extends) if (typeof parent !== 'string') folders.push(...templateFoldersOf(parent))
  folders.push(...(config.templates ?? []))
  return [...new Set(folders)]
}
