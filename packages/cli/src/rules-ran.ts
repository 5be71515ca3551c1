import type {FileResult, RuleDescriptor} from '@klarsprak/core'
import {createRegistry} from './session.js'

/** The rules that can have run on `files` (for SARIF and JUnit), from the command's own registry. */
export function rulesThatRan(files: readonly FileResult[]): RuleDescriptor[] {
  return createRegistry().rulesThatRan(files)
}
