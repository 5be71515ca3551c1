import {Linter, RuleRegistry, type FileSettings, type LintMessage, type PageInput} from '@klarsprak/core'
import {english} from '@klarsprak/rules-en'
import {swedish} from '@klarsprak/rules-sv'
import {webRules} from './index.js'

const linter = new Linter(new RuleRegistry([swedish, english], {pageRules: webRules}))

/** Lint an HTML page with only the given web-page rule on; returns its messages. */
export async function lintPage(
  html: string,
  rule: string,
  options: {page?: PageInput; ruleOptions?: Record<string, unknown>; language?: FileSettings['language']} = {}
): Promise<LintMessage[]> {
  const settings: FileSettings = {
    language: options.language ?? 'auto',
    textType: 'web',
    rules: new Map([[rule, {severity: 'warning', options: options.ruleOptions}]]),
    words: [],
    terms: []
  }
  const result = await linter.lint({path: 'sida.html', value: html, page: options.page}, settings)
  if (linter.failures.length > 0) throw linter.failures[0]!.error
  return result.messages
}

export const now = new Date('2026-12-01T12:00:00Z')
