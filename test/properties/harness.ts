import {applyEdits, safeEdit, type FileResult, type TextEdit} from '../../packages/core/dist/index.js'
import {Session} from '../../packages/cli/dist/session.js'
import {resultProblems, splitsCharacter} from './invariants.js'
import {fileNames, type Format} from './pieces.js'

/**
 * Check a generated document as `klarsprak check --stdin --stdin-filename NAME` does (the CLI's own Session, no
 * config, default rules plus spelling, which reports most words), and again with `--fix`; return every problem.
 */

const overrides = {rules: {spelling: 'warning' as const}}
const plain = new Session({cwd: process.cwd(), noConfig: true, overrides, fix: false})
const fixing = new Session({cwd: process.cwd(), noConfig: true, overrides, fix: true})

export async function check(format: Format, value: string, fix = true): Promise<{result: FileResult; problems: string[]}> {
  const failuresBefore = plain.linter.failures.length
  const checked = await plain.check(fileNames[format], value)
  if (!checked) throw new Error('The document was ignored')
  const result = checked.result
  const problems = resultProblems(format, value, result)
  for (const failure of plain.linter.failures.slice(failuresBefore)) problems.push(`rule ${failure.ruleId} threw: ${failure.error.message}`)
  if (fix) problems.push(...(await fixProblems(format, value, result)))
  return {result, problems}
}

/** Which rules' fixes `--fix` applies (safe ones, in the document's language). */
function isSafe(ruleId: string, result: FileResult): boolean {
  return plain.registry.get(ruleId)?.implementations[result.language]?.meta.fixable === 'safe'
}

/**
 * Fixes: the first pass replaces exactly the findings' spans; fixing what `--fix` wrote changes nothing more
 * (idempotent); and when one pass was all, the text changed only inside the fixed spans.
 */
async function fixProblems(format: Format, value: string, result: FileResult): Promise<string[]> {
  const problems: string[] = []
  const edits: TextEdit[] = result.messages.filter((message) => isSafe(message.ruleId, result)).flatMap((message) => safeEdit(message, value) ?? [])
  for (const edit of edits) {
    if (splitsCharacter(value, edit.offset) || splitsCharacter(value, edit.endOffset)) problems.push(`fix [${edit.offset}, ${edit.endOffset}) splits a character`)
  }
  const fixed = (await fixing.check(fileNames[format], value))?.result
  if (!fixed) return ['--fix ignored the document']
  if (edits.length === 0) {
    if (fixed.output !== undefined && fixed.output !== value) problems.push('--fix changed a document with no safe edits')
    return problems
  }
  const output = fixed.output ?? value
  const again = (await fixing.check(fileNames[format], output))?.result
  if (again?.output !== undefined && again.output !== output) problems.push(`--fix is not idempotent: ${JSON.stringify(output)} became ${JSON.stringify(again.output)}`)
  const onePass = applyEdits(value, edits)
  if (fixed.fixed === onePass.applied && output !== onePass.output) problems.push('--fix wrote other text than its edits')
  return problems
}
