import {existsSync, lstatSync, readFileSync, statSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {supportedExtensions} from '@klarsprak/core'
import {UsageError} from './errors.js'

/** Extensions of the contract that this version cannot check yet; given explicitly, they get a parse-error. */
export const laterExtensions: string[] = []

/** Handlebars templates, checked by @klarsprak/templates. */
export const templateExtensions = ['.hbs', '.handlebars']

/** Extensions searched for in folders: core's text formats, Word documents and templates. */
const searchedExtensions = [...supportedExtensions, '.docx', ...templateExtensions]

const skippedFolders = ['**/node_modules/**', '**/.git/**']

/** Read `.klarsprakignore` (gitignore syntax) in the working folder. */
export function loadIgnoreFile(cwd: string): Ignore {
  const matcher = ignore()
  const path = join(cwd, '.klarsprakignore')
  if (existsSync(path)) matcher.add(readFileSync(path, 'utf8'))
  return matcher
}

const toPosix = (path: string) => path.split(sep).join('/')

/**
 * Turn command-line paths (files, folders, globs) into a list of files, relative to `cwd`, in a stable order:
 * arguments in the order given, files of a folder or glob sorted. Missing paths throw a UsageError.
 */
export async function expandPaths(paths: readonly string[], cwd: string, ignored: Ignore): Promise<string[]> {
  const found: string[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    const relativePath = toPosix(relative(cwd, resolve(cwd, path)))
    if (seen.has(relativePath)) return
    const inside = !relativePath.startsWith('..') && relativePath !== ''
    if (inside && ignored.ignores(relativePath)) return
    seen.add(relativePath)
    found.push(relativePath)
  }
  const pattern = `**/*.{${searchedExtensions.map((extension) => extension.slice(1)).join(',')}}`

  for (const path of paths) {
    const absolute = resolve(cwd, path)
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const files = await glob(pattern, {cwd: absolute, ignore: skippedFolders, dot: false, absolute: true})
        for (const file of files.sort()) add(file)
      } else {
        add(absolute)
      }
      continue
    }
    if (isDynamicPattern(path)) {
      const files = await glob(path, {cwd, ignore: skippedFolders, absolute: true})
      if (files.length === 0) throw new UsageError(`No files match \`${path}\``)
      for (const file of files.sort()) add(file)
      continue
    }
    throw new UsageError(whyMissing(absolute, path))
  }
  return found
}

/** Why a path that does not exist as a file or folder cannot be checked: a broken or looping link says so. */
function whyMissing(absolute: string, path: string): string {
  let link = false
  try {
    link = lstatSync(absolute).isSymbolicLink()
  } catch {
    return `No such file or folder: ${path}`
  }
  if (!link) return `Cannot read ${path}`
  try {
    statSync(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return `Symbolic link loop (ELOOP): ${path} leads back to itself`
  }
  return `Broken symbolic link: ${path} points to a file or folder that does not exist`
}
