import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {klarsprak, project, root} from './helpers.js'

const folder = join(root, 'examples/ci')

/** Commands of the contract (cli.md) that another part of the project builds; until they land, their flags are
 * checked against the contract (site.md) instead of the help. Once `klarsprak --help` lists them, the help is used. */
const contractFlags: Record<string, string[]> = {
  site: ['--shard', '--format', '--output', '--report', '--history', '--max-pages', '--max-depth', '--concurrency', '--delay', '--selector', '--exclude', '--allow-host', '--user-agent']
}

function githubScripts(text: string): string[] {
  const workflow = parse(text) as {jobs: Record<string, {steps: Array<{run?: string; uses?: string}>}>}
  return Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run).filter((run): run is string => run !== undefined))
}

function gitlabScripts(text: string): string[] {
  const pipeline = parse(text) as Record<string, {script?: string[]; before_script?: string[]}>
  return Object.values(pipeline).flatMap((job) => (typeof job === 'object' && job !== null && !Array.isArray(job) ? [...(job.before_script ?? []), ...(job.script ?? [])] : []))
}

/** Every `klarsprak COMMAND --flag …` in the scripts: the command and its flags, up to `||`, `&&`, `;`, `|` or a line end. */
function invocations(scripts: string[]): Array<{command: string; flags: string[]; line: string}> {
  const found = []
  for (const script of scripts) {
    for (const match of script.matchAll(/\bnpx klarsprak ([a-z-]+)([^\n|;&]*)/g)) {
      const flags = match[2]!.split(/\s+/).filter((token) => token.startsWith('--'))
      found.push({command: match[1]!, flags, line: match[0]})
    }
  }
  return found
}

describe('CI examples', () => {
  const github = readFileSync(join(folder, 'github-actions.yml'), 'utf8')
  const gitlab = readFileSync(join(folder, 'gitlab-ci.yml'), 'utf8')

  it('GitHub Actions: a shard matrix, merge, SARIF upload, report artifact, history and a scheduled site run', () => {
    const workflow = parse(github) as {on: Record<string, unknown>; jobs: Record<string, {strategy?: {matrix: {shard: number[]}}; steps: Array<{uses?: string; run?: string}>}>}
    expect(workflow.on).toHaveProperty('schedule')
    expect(workflow.jobs.check!.strategy!.matrix.shard).toEqual([1, 2, 3, 4])
    expect(workflow.jobs.site!.strategy!.matrix.shard).toEqual([1, 2, 3, 4])
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses ?? ''))
    expect(uses).toContain('github/codeql-action/upload-sarif@v3')
    const runs = githubScripts(github).join('\n')
    expect(runs).toContain('check . --cache --shard ${{ matrix.shard }}/4')
    expect(runs).toContain('site https://www.exempel.se/sitemap.xml --shard ${{ matrix.shard }}/4')
    expect(runs).toMatch(/report klarsprak\.json --out \S+ --history \S+/)
  })

  it('GitLab CI: parallel shards, artifacts and a Code Quality report', () => {
    const pipeline = parse(gitlab) as Record<string, {parallel?: number; artifacts?: {reports?: Record<string, string>}}>
    expect(pipeline['klarsprak-check']!.parallel).toBe(4)
    expect(pipeline['klarsprak-report']!.artifacts!.reports!.codequality).toBe('gl-code-quality-report.json')
    expect(gitlabScripts(gitlab).join('\n')).toContain('--shard $CI_NODE_INDEX/$CI_NODE_TOTAL')
  })

  it('runs only commands and flags that the command line has', async () => {
    const calls = [...invocations(githubScripts(github)), ...invocations(gitlabScripts(gitlab))]
    expect(calls.length).toBeGreaterThan(10)
    const main = (await klarsprak(['--help'])).stdout
    const helps = new Map<string, string>()
    for (const call of calls) {
      const listed = new RegExp(`^  ${call.command} `, 'm').test(main)
      if (!listed) {
        expect(contractFlags[call.command], `\`klarsprak ${call.command}\` is neither in the help nor in the contract (${call.line})`).toBeDefined()
        for (const flag of call.flags) expect(contractFlags[call.command], `${call.line}: ${flag}`).toContain(flag)
        continue
      }
      if (!helps.has(call.command)) {
        const help = await klarsprak([call.command, '--help'])
        expect(help.code).toBe(0)
        helps.set(call.command, help.stdout)
      }
      for (const flag of call.flags) expect(helps.get(call.command), `${call.line}: ${flag} is not in \`klarsprak ${call.command} --help\``).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`))
    }
  })

  it('the Code Quality converter turns a real result into GitLab issues', async () => {
    const cwd = project({'brev.md': '---\nlang: sv\n---\n\nDu erhåller beslutet.\n'})
    const run = await klarsprak(['check', 'brev.md', '--format', 'json'], {cwd})
    const converted = spawnSync(process.execPath, [join(folder, 'gitlab-codequality.mjs')], {input: run.stdout, encoding: 'utf8'})
    expect(converted.status).toBe(0)
    const issues = JSON.parse(converted.stdout) as Array<Record<string, unknown>>
    expect(issues).toContainEqual(
      expect.objectContaining({check_name: 'plain-words', severity: 'minor', location: {path: 'brev.md', lines: {begin: 5, end: 5}}, fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/)})
    )
  })
})
