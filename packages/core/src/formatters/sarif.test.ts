import {execFileSync} from 'node:child_process'
import {accessSync, chmodSync, constants, copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../result.js'
import {formatSarif, toSarifLog, type SarifLog} from './sarif.js'

const cwd = resolve(tmpdir(), 'kommunwebb')

function loadFixture(): LintResult {
  return JSON.parse(readFileSync(new URL('./fixtures/result.json', import.meta.url), 'utf8')) as LintResult
}

/** The fixture plus an absolute path inside the repository, one outside it, a page URL and standard input. */
function realisticResult(): LintResult {
  const result = loadFixture()
  const template = result.files[2]!
  const more = [
    {...template, path: join(cwd, 'nämnder', 'äldreomsorg.txt')},
    {...template, path: resolve(cwd, '..', 'utanför', 'brev.md')},
    {...template, path: 'https://www.kommun.se/bygga-bo/bygglov?flik=ansökan'},
    {...template, path: '<stdin>'}
  ]
  result.files.push(...structuredClone(more))
  return result
}

function run(log: SarifLog) {
  expect(log.runs).toHaveLength(1)
  return log.runs[0]!
}

describe('sarif', () => {
  it('describes the tool and every rule that ran, plus rules seen only in messages', () => {
    const {tool} = run(toSarifLog(loadFixture(), {cwd}))
    expect(tool.driver).toMatchObject({name: 'klarsprak', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//)})
    expect(tool.driver.rules.map((rule) => rule.id)).toEqual([
      'plain-words', 'wordy-phrases', 'passive-voice', 'long-sentences', 'sentence-start', 'parse-error'
    ])
    expect(tool.driver.rules[2]).toEqual({
      id: 'passive-voice',
      name: 'PassiveVoice',
      shortDescription: {text: 'Föreslår aktiv form där det är tydligare.'},
      fullDescription: {text: 'Föreslår aktiv form där det är tydligare.'},
      help: {
        text: 'Föreslår aktiv form där det är tydligare.\nhttps://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md',
        markdown: 'Föreslår aktiv form där det är tydligare.\n\n[passive-voice](https://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md)'
      },
      helpUri: 'https://github.com/klarsprak/klarsprak/blob/main/rules/passive-voice.md',
      defaultConfiguration: {level: 'note'}
    })
    // parse-error is not in result.rules: it still gets the descriptions GitHub requires, but no invented level.
    const parseError = tool.driver.rules[5]!
    expect(parseError.shortDescription.text).toContain('parse-error')
    expect(parseError.defaultConfiguration).toBeUndefined()
  })

  it('writes one result per message with level, region, fingerprint and a repository-relative URI', () => {
    const {results, tool} = run(toSarifLog(loadFixture(), {cwd}))
    expect(results).toHaveLength(8)
    expect(results[0]).toEqual({
      ruleId: 'plain-words',
      ruleIndex: 0,
      level: 'warning',
      message: {text: 'Skriv ”får” i stället för ”erhåller”.'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'webb/F%C3%B6rskola/ans%C3%B6kan%20om%20plats.md', uriBaseId: '%SRCROOT%'},
            region: {startLine: 3, startColumn: 5, endLine: 3, endColumn: 13}
          }
        }
      ],
      partialFingerprints: {'klarsprak/v1': '4be1c0a6d2f9e8b7'},
      fixes: [
        {
          artifactChanges: [
            {
              artifactLocation: {uri: 'webb/F%C3%B6rskola/ans%C3%B6kan%20om%20plats.md', uriBaseId: '%SRCROOT%'},
              replacements: [
                {deletedRegion: {startLine: 3, startColumn: 5, endLine: 3, endColumn: 13}, insertedContent: {text: 'får'}}
              ]
            }
          ]
        }
      ]
    })
    expect(results.map((result) => result.level)).toEqual([
      'warning', 'warning', 'warning', 'note', 'error', 'error', 'error', 'error'
    ])
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    expect(results[4]!.locations[0]!.physicalLocation.region).toEqual({startLine: 12, startColumn: 1, endLine: 14, endColumn: 37})
    expect(results[5]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('en/news%20%26%20events.md')
  })

  it('offers a fix only for exactly one replacement; an empty replacement deletes', () => {
    const {results} = run(toSarifLog(loadFixture(), {cwd}))
    const byFingerprint = new Map(results.map((result) => [result.partialFingerprints['klarsprak/v1'], result]))
    const removal = byFingerprint.get('77aa01c3e5d2f410')!
    expect(removal.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      {deletedRegion: {startLine: 4, startColumn: 1, endLine: 4, endColumn: 14}, insertedContent: {text: ''}}
    ])
    expect(byFingerprint.get('c01dbeef55aa6677')).not.toHaveProperty('fixes') // two suggestions
    expect(byFingerprint.get('0f9e8d7c6b5a4939')).not.toHaveProperty('fixes') // no suggestion
    expect(byFingerprint.get('ddddeeee00001111')).not.toHaveProperty('fixes') // parse error
  })

  it('makes absolute paths relative to cwd and keeps URLs and paths outside the repository absolute', () => {
    const {results} = run(toSarifLog(realisticResult(), {cwd}))
    const locations = results.slice(-8).map((result) => result.locations[0]!.physicalLocation.artifactLocation)
    expect(locations.filter((_, index) => index % 2 === 0)).toEqual([
      {uri: 'n%C3%A4mnder/%C3%A4ldreomsorg.txt', uriBaseId: '%SRCROOT%'},
      {uri: new URL('file://' + resolve(cwd, '..', 'utanför', 'brev.md')).href},
      {uri: 'https://www.kommun.se/bygga-bo/bygglov?flik=ansökan'},
      {uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%'}
    ])
    expect(locations[2]!.uri).toMatch(/^file:\/\/\/.*utanf%C3%B6r\/brev\.md$/)
  })

  it('writes an empty result list, not a missing one, when nothing was found', () => {
    const result = loadFixture()
    result.files = [result.files[1]!]
    const log = JSON.parse(formatSarif(result, {cwd})) as SarifLog
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
    expect(run(log).results).toEqual([])
    expect(run(log).tool.driver.rules).toHaveLength(5)
  })
})

/** The multitool binary ships in a platform package that is an optional dependency of @microsoft/sarif-multitool. */
function multitoolBinary(): string {
  const fromCore = createRequire(import.meta.url)
  const fromMultitool = createRequire(fromCore.resolve('@microsoft/sarif-multitool/package.json'))
  const binary = fromMultitool(`@microsoft/sarif-multitool-${process.platform}`) as string
  try {
    accessSync(binary, constants.X_OK)
    return binary
  } catch {
    // pnpm skips the package's postinstall (`chmod u+x`) unless it is allowed to build: run a private copy.
    const copy = join(mkdtempSync(join(tmpdir(), 'sarif-multitool-')), 'Sarif.Multitool')
    copyFileSync(binary, copy)
    chmodSync(copy, 0o755)
    return copy
  }
}

interface ValidationResult {
  ruleId: string
  level?: string
  message: {text?: string; id?: string; arguments?: string[]}
}

/** Validate with GitHub's and SARIF's rules; returns every finding, notes included. */
function validate(binary: string, log: string, folder: string): ValidationResult[] {
  const input = join(folder, 'klarsprak.sarif')
  const output = join(folder, 'validation.sarif')
  // Rule SARIF2006 fetches every URI in the log; the tests run without network.
  const policy = join(folder, 'policy.xml')
  writeFileSync(
    policy,
    '<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n' +
      '  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">\n' +
      '    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />\n' +
      '  </Properties>\n</Properties>\n'
  )
  writeFileSync(input, log)
  execFileSync(
    binary,
    ['validate', input, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--config', policy,
      '--output', output, '--log', 'ForceOverwrite'],
    {stdio: 'pipe', timeout: 60_000}
  )
  const report = JSON.parse(readFileSync(output, 'utf8')) as {runs: Array<{results?: ValidationResult[]}>}
  return report.runs.flatMap((run) => run.results ?? [])
}

const problems = (findings: ValidationResult[]) =>
  findings.filter((finding) => finding.level === undefined || finding.level === 'error' || finding.level === 'warning')

describe('sarif accepted by the SARIF multitool (rule kinds Gh;Sarif)', () => {
  let binary: string | undefined
  const multitool = () => (binary ??= multitoolBinary())
  const folder = mkdtempSync(join(tmpdir(), 'klarsprak-sarif-'))

  it('reports no errors or warnings for a realistic result', () => {
    const log = formatSarif(realisticResult(), {cwd})
    const findings = validate(multitool(), log, folder)
    expect(problems(findings), JSON.stringify(problems(findings), null, 2)).toEqual([])
    // The multitool silently skips logs it cannot read: make sure it looked at every one of our results.
    const resultCount = (JSON.parse(log) as SarifLog).runs[0]!.results.length
    expect(findings.filter((finding) => finding.ruleId === 'SARIF2010')).toHaveLength(resultCount)
  })

  it('does report the mistakes it is meant to catch (the check itself works)', () => {
    const log = toSarifLog(loadFixture(), {cwd})
    const broken = run(log)
    broken.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = '/absolut/sökväg.md'
    delete (broken.tool.driver.rules[1] as {help?: unknown}).help
    const ruleIds = problems(validate(multitool(), JSON.stringify(log), folder)).map((finding) => finding.ruleId)
    expect(ruleIds).toContain('SARIF1004')
    expect(ruleIds).toContain('GH2012')
  })
})
