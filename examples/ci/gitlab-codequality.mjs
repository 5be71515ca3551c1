#!/usr/bin/env node
// Turns a klarsprak JSON result (standard input) into a GitLab Code Quality report (standard output), so findings
// show in merge requests: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const result = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const severity = {error: 'major', warning: 'minor', info: 'info'}
const issues = result.files.flatMap((file) =>
  file.messages.map((message) => ({
    type: 'issue',
    check_name: message.ruleId,
    description: message.message,
    categories: ['Clarity'],
    severity: severity[message.severity] ?? 'info',
    fingerprint: message.fingerprint,
    location: {path: file.path, lines: {begin: message.line, end: message.endLine}}
  }))
)
process.stdout.write(JSON.stringify(issues, null, 2) + '\n')
