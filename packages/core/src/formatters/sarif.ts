import type {MessageSeverity} from '../types.js'
import type {LintMessage, LintResult} from '../result.js'
import {absoluteFileUri, relativeUri, reportedPlace} from './paths.js'
import {reportedRules, type ReportedRule} from './rules.js'

/** Base id of every relative artifact URI: the repository root, as GitHub code scanning and CodeQL use it. */
export const sourceRootBaseId = '%SRCROOT%'
const schemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const informationUri = 'https://github.com/klarsprak/klarsprak'
/** Key of `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const fingerprintKey = 'klarsprak/v1'

type SarifLevel = 'error' | 'warning' | 'note'
const levels: Record<MessageSeverity, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

interface ReportingDescriptor {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  help: {text: string; markdown: string}
  helpUri?: string
  defaultConfiguration?: {level: SarifLevel}
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: {text: string}
  locations: Array<{physicalLocation: {artifactLocation: ArtifactLocation; region: Region}}>
  partialFingerprints: Record<string, string>
  fixes?: Array<{
    artifactChanges: Array<{
      artifactLocation: ArtifactLocation
      replacements: Array<{deletedRegion: Region; insertedContent: {text: string}}>
    }>
  }>
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; version: string; semanticVersion: string; informationUri: string; rules: ReportingDescriptor[]}}
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
  }>
}

function artifactLocation(path: string, cwd: string): ArtifactLocation {
  const place = reportedPlace(path, cwd)
  if (place.kind === 'url') return {uri: place.url}
  if (place.kind === 'absolute') return {uri: absoluteFileUri(place.path)}
  return {uri: relativeUri(place.path), uriBaseId: sourceRootBaseId}
}

/** `plain-words` → `PlainWords`: SARIF's convention for a rule's friendly name. */
function friendlyName(ruleId: string): string {
  return ruleId
    .split(/[^\p{L}\p{N}]+/u)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/**
 * GitHub code scanning requires `shortDescription`, `fullDescription` and `help` on every rule (multitool GH2012),
 * so a rule known only from its messages gets a generic description.
 */
function descriptor(rule: ReportedRule): ReportingDescriptor {
  const description = rule.description ?? `Klarspråk rule ${rule.id}.`
  const out: ReportingDescriptor = {
    id: rule.id,
    name: friendlyName(rule.id),
    shortDescription: {text: description},
    fullDescription: {text: description},
    help: rule.url
      ? {text: `${description}\n${rule.url}`, markdown: `${description}\n\n[${rule.id}](${rule.url})`}
      : {text: description, markdown: description}
  }
  if (rule.url) out.helpUri = rule.url
  if (rule.defaultSeverity) out.defaultConfiguration = {level: levels[rule.defaultSeverity]}
  return out
}

function sarifResult(message: LintMessage, location: ArtifactLocation, ruleIndex: number): SarifResult {
  const region: Region = {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn
  }
  const result: SarifResult = {
    ruleId: message.ruleId,
    ruleIndex,
    level: levels[message.severity],
    message: {text: message.message},
    locations: [{physicalLocation: {artifactLocation: {...location}, region}}],
    partialFingerprints: {[fingerprintKey]: message.fingerprint}
  }
  const replacement = message.expected?.length === 1 ? message.expected[0] : undefined
  if (replacement !== undefined) {
    result.fixes = [
      {
        artifactChanges: [
          {
            artifactLocation: {...location},
            replacements: [{deletedRegion: {...region}, insertedContent: {text: replacement}}]
          }
        ]
      }
    ]
  }
  return result
}

export function toSarifLog(result: LintResult, options: {cwd?: string} = {}): SarifLog {
  const cwd = options.cwd ?? process.cwd()
  const rules = reportedRules(result)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results: SarifResult[] = []
  for (const file of result.files) {
    const location = artifactLocation(file.path, cwd)
    for (const message of file.messages) {
      // reportedRules lists every rule id found in messages, so the index is always there.
      results.push(sarifResult(message, location, ruleIndex.get(message.ruleId) ?? -1))
    }
  }
  return {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri,
            rules: rules.map(descriptor)
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
export function formatSarif(result: LintResult, options: {cwd?: string} = {}): string {
  return JSON.stringify(toSarifLog(result, options), null, 2) + '\n'
}
