import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Language} from '@klarsprak/core'
import {parseTemplateSource, type SourceProblem} from './parse.js'
import type {Template, TemplateKind} from './types.js'

/** The shipped library: the repository's top-level `templates/` folder. */
export const shippedTemplatesFolder = fileURLToPath(new URL('../../../templates/', import.meta.url))

export interface LibraryOptions {
  /**
   * The organisation's own folders (config key `templates`, absolute or relative to `cwd`), searched after the
   * shipped library: a template with the same id and language replaces the shipped one.
   */
  folders?: readonly string[]
  /** Folder relative paths are resolved against (default: the working folder). */
  cwd?: string
  /** Leave out the shipped library (default false). */
  withoutShipped?: boolean
  /** Called for a file that cannot be used, with its problems; such files are left out. */
  onInvalid?: (path: string, problems: SourceProblem[]) => void
}

export interface TemplateFilter {
  language?: Language
  kind?: TemplateKind
}

/** A template file that cannot be used: names the file and every problem. */
export class TemplateFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: SourceProblem[]
  ) {
    super(`${path}: ${problems.map((problem) => problem.message.en).join('; ')}`)
    this.name = 'TemplateFileError'
  }
}

const templateExtension = /\.(?:hbs|handlebars)$/i

/** Every `.hbs`/`.handlebars` file under `folder`, sorted. */
export function templateFiles(folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (templateExtension.test(entry.name)) found.push(path)
    }
  }
  walk(folder)
  return found
}

/** Read one template file; throws TemplateFileError when its front matter is unusable. */
export function loadTemplateFile(path: string): Template {
  const source = readFileSync(path, 'utf8').replace(/^\ufeff/, '')
  const parsed = parseTemplateSource(source, path)
  if (!parsed.template) throw new TemplateFileError(path, parsed.problems)
  return parsed.template
}

/** The library's folders in order: the shipped one first, then the organisation's. */
export function libraryFolders(options: LibraryOptions = {}): string[] {
  const cwd = options.cwd ?? process.cwd()
  const folders = (options.folders ?? []).map((folder) => resolve(cwd, folder))
  return options.withoutShipped ? folders : [shippedTemplatesFolder, ...folders]
}

/**
 * Every template of the library, sorted by language and id. A later folder's template replaces an earlier one
 * with the same id and language.
 */
export function listTemplates(filter: TemplateFilter = {}, options: LibraryOptions = {}): Template[] {
  const byKey = new Map<string, Template>()
  for (const folder of libraryFolders(options)) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      if (folder !== shippedTemplatesFolder) throw new Error(`The template folder ${folder} does not exist`)
      continue
    }
    for (const path of templateFiles(folder)) {
      let template: Template
      try {
        template = loadTemplateFile(path)
      } catch (error) {
        if (error instanceof TemplateFileError) {
          options.onInvalid?.(path, error.problems)
          continue
        }
        throw error
      }
      byKey.set(`${template.meta.language}:${template.meta.id}`, template)
    }
  }
  return [...byKey.values()]
    .filter((template) => (!filter.language || template.meta.language === filter.language) && (!filter.kind || template.meta.kind === filter.kind))
    .sort((a, b) => a.meta.language.localeCompare(b.meta.language) || a.meta.id.localeCompare(b.meta.id))
}

/** One template by id (and language; Swedish first when there is no language and both exist). */
export function loadTemplate(id: string, language?: Language, options: LibraryOptions = {}): Template | undefined {
  const candidates = listTemplates(language ? {language} : {}, options).filter((template) => template.meta.id === id)
  return candidates.find((template) => template.meta.language === 'sv') ?? candidates[0]
}
