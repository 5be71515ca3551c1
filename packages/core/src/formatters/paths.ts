import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'

/** Where a reported file lives, as the machine-readable formats need it. */
export type ReportedPlace =
  /** A page of the `site` command; kept as it is. */
  | {kind: 'url'; url: string}
  /** A file inside the working directory (the repository root), with forward slashes. */
  | {kind: 'relative'; path: string}
  /** A file outside the working directory; it cannot be expressed relative to the repository. */
  | {kind: 'absolute'; path: string}

export function isHttpUrl(path: string): boolean {
  return /^https?:\/\//i.test(path)
}

/** Locate `path` (as given on the command line) relative to `cwd`, which stands for the repository root. */
export function reportedPlace(path: string, cwd: string): ReportedPlace {
  if (isHttpUrl(path)) return {kind: 'url', url: path}
  const absolute = resolve(cwd, path)
  const fromRoot = relative(cwd, absolute)
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith('..' + sep) || isAbsolute(fromRoot)) {
    return {kind: 'absolute', path: absolute}
  }
  return {kind: 'relative', path: fromRoot.split(sep).join('/')}
}

/** The path to show to tools that want a repository path (GitHub annotations). */
export function repositoryPath(path: string, cwd: string): string {
  const place = reportedPlace(path, cwd)
  if (place.kind === 'url') return place.url
  return place.kind === 'relative' ? place.path : place.path.split(sep).join('/')
}

/** A relative URI reference for a repository path: every segment percent-encoded, `/` kept. */
export function relativeUri(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/')
}

export function absoluteFileUri(path: string): string {
  return pathToFileURL(path).href
}
