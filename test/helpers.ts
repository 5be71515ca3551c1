import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const bin = join(root, 'packages/cli/bin/klarsprak.js')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run the real `klarsprak` binary, as a user would. */
export function klarsprak(args: string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: {...process.env, NO_COLOR: '1', CI: 'true', LANG: 'C', ...options.env}
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? -1, stdout, stderr}))
    // A command that stops reading early (input over the size limit) closes the pipe: not an error of the test.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

/** A temporary folder with the given files (content as text or bytes). */
export function project(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'klarsprak-test-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), {recursive: true})
    writeFileSync(join(folder, name), content)
  }
  return folder
}
