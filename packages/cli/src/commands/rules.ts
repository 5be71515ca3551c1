import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {languageFromTag} from '@klarsprak/core'
import {UsageError} from '../errors.js'
import {createRegistry} from '../session.js'
import type {Io} from './check.js'

// The rule pages live in the repository's `rules/` folder (three levels above this file's `dist/commands`).
const docsFolder = new URL('../../../../rules/', import.meta.url)

/** `klarsprak rules [ID]`. */
export function runRules(argv: string[], io: Io): number {
  const registry = createRegistry()
  const language = languageFromTag(process.env.LC_ALL || process.env.LANG) === 'sv' ? 'sv' : 'en'
  const [id, extra] = argv
  if (extra !== undefined) throw new UsageError('`klarsprak rules` takes at most one rule id')
  if (id === undefined) {
    const rules = registry.all()
    const width = Math.max(...rules.map((rule) => rule.meta.id.length))
    for (const rule of rules) {
      const languages = Object.keys(rule.implementations).join(',') || '-'
      const severity = rule.meta.offByDefault ? 'off' : rule.meta.defaultSeverity
      io.stdout.write(`${rule.meta.id.padEnd(width)}  ${severity.padEnd(7)}  ${languages.padEnd(5)}  ${rule.meta.description[language]}\n`)
    }
    return 0
  }
  const rule = registry.get(id)
  if (!rule) throw new UsageError(`Unknown rule \`${id}\`; \`klarsprak rules\` lists them`)
  const page = fileURLToPath(new URL(`${id}.md`, docsFolder))
  if (existsSync(page)) io.stdout.write(readFileSync(page, 'utf8'))
  else io.stdout.write(`${id} (${rule.meta.defaultSeverity})\n\n${rule.meta.description[language]}\n`)
  return 0
}
