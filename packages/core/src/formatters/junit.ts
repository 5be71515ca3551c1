import type {FileResult, LintResult, RuleDescriptor} from '../result.js'

/** Characters XML 1.0 cannot contain at all, not even escaped; they are dropped. */
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function escapeXmlText(text: string): string {
  return text.replace(forbiddenInXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Attribute values also escape quotes, and line breaks and tabs, which a parser would otherwise turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('')
}

function testSuite(file: FileResult, rules: readonly RuleDescriptor[]): {xml: string; tests: number; failures: number} {
  // Every rule that ran is a test case; a rule seen only in this file's messages (parse-error) is one too.
  const ruleIds = [...new Set([...rules.map((rule) => rule.id), ...file.messages.map((message) => message.ruleId)])]
  let failures = 0
  const cases = ruleIds.map((ruleId) => {
    const errors = file.messages.filter((message) => message.ruleId === ruleId && message.severity === 'error')
    const head = `    <testcase${attributes({name: ruleId, classname: file.path})}`
    if (errors.length === 0) return `${head}/>`
    failures++
    const failureElements = errors.map(
      (message) =>
        `      <failure${attributes({message: message.message, type: ruleId})}>` +
        escapeXmlText(`${file.path}:${message.line}:${message.column}: ${message.message}`) +
        '</failure>'
    )
    return `${head}>\n${failureElements.join('\n')}\n    </testcase>`
  })
  const open = `  <testsuite${attributes({name: file.path, tests: ruleIds.length, failures, errors: 0})}`
  const xml = cases.length === 0 ? `${open}/>` : `${open}>\n${cases.join('\n')}\n  </testsuite>`
  return {xml, tests: ruleIds.length, failures}
}

/**
 * JUnit XML for CI dashboards: a test suite per file, a test case per rule, a failure per error finding.
 * `failures` counts failing test cases, so it never exceeds `tests`.
 */
export function formatJunit(result: LintResult): string {
  // Only the rules that ran; rules seen in messages are added per file.
  const rules = result.rules ?? []
  const suites = result.files.map((file) => testSuite(file, rules))
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0)
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0)
  const open = `<testsuites${attributes({name: result.tool.name, tests, failures, errors: 0})}`
  const body = suites.length === 0 ? `${open}/>` : `${open}>\n${suites.map((suite) => suite.xml).join('\n')}\n</testsuites>`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`
}
