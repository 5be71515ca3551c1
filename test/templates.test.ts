import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {klarsprak, project, root} from './helpers.js'

const orgTemplate = `---
id: closure
kind: closure
language: sv
title: Stängt under helgen (vår egen)
channels: [web]
variables:
  from: { type: date, required: true }
  to: { type: date, required: true }
  alternativeContact: { type: contact, required: true }
samples:
  - { from: 2026-12-24, to: 2026-12-27, alternativeContact: { phone: "08-123 40 00", email: kundcenter@exempel.se } }
  - { from: 2027-04-02, to: 2027-04-05, alternativeContact: { phone: "08-123 40 00" } }
---
Vi har stängt från {{date from}} till och med {{date to}}. Vi öppnar igen {{date (addWorkdays to 1)}}.

Behöver du hjälp under tiden? Ring oss på {{phone alternativeContact.phone}}.
`

const orgTemplateWithMistakes = `---
id: parkering
kind: receipt
language: sv
title: Parkeringstillstånd
variables:
  caseNumber: { type: string, required: true }
  nextStep: { type: text, required: true }
  expectedAnswer: { type: date, required: true }
  contact: { type: contact, required: true }
samples:
  - { caseNumber: P 1, nextStep: Vi erhöll din ansökan., expectedAnswer: 2026-12-01, contact: { email: p@exempel.se } }
  - { caseNumber: P 2, nextStep: Vi läser den., expectedAnswer: 2026-12-02, contact: { email: p@exempel.se } }
---
Hej!

Din ansökan inkom i går och har numret {{caseNumber}}. {{nextStep}}

Du får svar senast {{date expectedAnswer}}. {{contact contact}} {{telefon}}
`

describe('klarsprak template (command line)', () => {
  it('checks the shipped library with no finding at all, as template check and as check', async () => {
    const templateCheck = await klarsprak(['template', 'check', 'templates', '--format', 'json'])
    expect(templateCheck.stderr).toBe('')
    expect(templateCheck.code).toBe(0)
    const result = JSON.parse(templateCheck.stdout) as {files: Array<{path: string; messages: unknown[]}>; summary: {files: number}}
    expect(result.summary.files).toBeGreaterThanOrEqual(24)
    expect(result.files.filter((file) => file.messages.length > 0)).toEqual([])

    const check = await klarsprak(['check', 'templates/'])
    expect(check.code).toBe(0)
    expect(check.stdout).toBe('')
  })

  it('runs the README’s template examples exactly as written', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Templates'), readme.indexOf('\n## ', readme.indexOf('## Templates') + 5))
    const commands = [...section.matchAll(/^pnpm klarsprak (template render .+)$/gm)].map((match) => match[1]!.split(' '))
    expect(commands).toHaveLength(3)
    const [absence, status, correction] = await Promise.all(commands.map((args) => klarsprak(args)))
    expect(absence!.code).toBe(0)
    expect(absence!.stdout).toContain('Jag är borta och är tillbaka måndag 7 december 2026.')
    expect(status!.code).toBe(0)
    expect(status!.stdout).toContain('<p>We expect that you will have the decision by 15 December 2026.')
    expect(correction!.code).toBe(0)
    expect(correction!.stdout).toContain('Vi ber om ursäkt för felet')

    const broken = section.match(/^\$ pnpm klarsprak (template render .+)$/m)![1]!.split(' ')
    const failed = await klarsprak(broken)
    expect(failed.code).toBe(2)
    expect(failed.stdout).toBe('')
    const shown = section.slice(section.indexOf('klarsprak: The data'), section.indexOf('```', section.indexOf('klarsprak: The data'))).trim()
    expect(failed.stderr.trim()).toBe(shown)
  })

  it('lists, shows and renders templates; data problems exit 2 without printing a half message', async () => {
    const list = await klarsprak(['template', 'list', '--lang', 'en', '--kind', 'hours', '--format', 'json'])
    expect(list.code).toBe(0)
    expect((JSON.parse(list.stdout) as Array<{id: string}>).map((row) => row.id)).toEqual(['hours', 'hours-visit'])
    const show = await klarsprak(['template', 'show', 'case-status', '--lang', 'sv'])
    expect(show.stdout).toMatch(/expectedDecision\s+date\s+krävs\s+När du räknar med att beslutet kommer/)

    const cwd = project({'data.json': JSON.stringify({recipientName: 'Kim <b>', message: 'Tom & Jerry', contact: {email: 'a@exempel.se'}})})
    const html = await klarsprak(['template', 'render', 'custom', '--lang', 'sv', '--data', 'data.json', '--format', 'html'], {cwd})
    expect(html.code).toBe(0)
    expect(html.stdout).toContain('<p>Hej Kim &lt;b&gt;!</p>\n<p>Tom &amp; Jerry</p>')

    const stdin = await klarsprak(['template', 'render', 'custom', '--lang', 'en', '--data', '-'], {input: 'message: Hello there.\nmesage: typo\ncontact: {name: Kim}\n'})
    expect(stdin.code).toBe(2)
    expect(stdin.stdout).toBe('')
    expect(stdin.stderr).toContain('mesage: unknown field; did you mean “message”?')
    expect(stdin.stderr).toContain('contact: the contact needs a way to reach someone')

    const unknown = await klarsprak(['template', 'render', 'nothing', '--data', '-'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('klarsprak: No template `nothing`; `klarsprak template list` lists them\n')
    const help = await klarsprak(['template', '--help'])
    expect(help.stdout).toContain('klarsprak template render absence-reply --lang sv --data examples/templates/absence-reply.sv.yaml')
  })

  it('lets an organisation add its own folder through config, and lints and renders its templates', async () => {
    const cwd = project({
      '.klarsprakrc.json': JSON.stringify({templates: ['mallar']}),
      'mallar/sv/closure.hbs': orgTemplate,
      'mallar/sv/parkering.hbs': orgTemplateWithMistakes
    })
    const list = await klarsprak(['template', 'list', '--lang', 'sv', '--format', 'json'], {cwd})
    const rows = JSON.parse(list.stdout) as Array<{id: string; title: string; path: string}>
    expect(rows.find((row) => row.id === 'closure')).toMatchObject({title: 'Stängt under helgen (vår egen)', path: 'mallar/sv/closure.hbs'})
    expect(rows.map((row) => row.id)).toContain('case-status')
    expect(rows.map((row) => row.id)).toContain('parkering')

    const rendered = await klarsprak(['template', 'render', 'closure', '--lang', 'sv', '--data', '-'], {
      cwd,
      input: JSON.stringify({from: '2027-04-01', to: '2027-04-02', alternativeContact: {phone: '081234000'}})
    })
    expect(rendered.code).toBe(0)
    // 2 April 2027 is a Friday; Easter Monday is 29 March, so the next working day is Monday 5 April.
    expect(rendered.stdout).toBe('Vi har stängt från 1 april 2027 till och med 2 april 2027. Vi öppnar igen 5 april 2027.\n\nBehöver du hjälp under tiden? Ring oss på 08-123 40 00.\n')

    const clean = await klarsprak(['template', 'check', 'mallar/sv/closure.hbs'], {cwd})
    expect(clean.code).toBe(0)
    expect(clean.stdout).toBe('')

    const check = await klarsprak(['check', 'mallar', '--format', 'json'], {cwd})
    expect(check.code).toBe(1)
    const file = (JSON.parse(check.stdout) as {files: Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; message: string}>}>}).files.find(
      (candidate) => candidate.path === 'mallar/sv/parkering.hbs'
    )!
    const lines = orgTemplateWithMistakes.split('\n')
    const at = (text: string) => {
      const line = lines.findIndex((candidate) => candidate.includes(text))
      return {line: line + 1, column: lines[line]!.indexOf(text) + 1}
    }
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      `${at('inkom').line}:${at('inkom').column} plain-words`,
      `${at('{{telefon}}').line}:${at('{{telefon}}').column + 2} template-unknown-variable`
    ])

    // Default paths: the whole library, the organisation's folder included; the flags of check work.
    const all = await klarsprak(['template', 'check', '--format', 'json'], {cwd})
    const paths = (JSON.parse(all.stdout) as {files: Array<{path: string}>}).files.map((entry) => entry.path)
    expect(paths).toContain('mallar/sv/parkering.hbs')
    expect(paths.some((path) => path.endsWith('templates/en/case-status.hbs'))).toBe(true)
  })

  it('names the sample when a finding comes from sample data', async () => {
    const cwd = project({'mall.hbs': orgTemplateWithMistakes.replace('id: parkering', 'id: mall').replace(' {{telefon}}', '')})
    const run = await klarsprak(['check', 'mall.hbs'], {cwd})
    expect(run.code).toBe(0)
    const line = orgTemplateWithMistakes.split('\n').findIndex((text) => text.includes('{{nextStep}}')) + 1
    expect(run.stdout).toMatch(new RegExp(`${line}:\\d+\\s+warning\\s+Skriv ”fick” i stället för ”erhöll”\\. \\(i exempel 1\\)\\s+plain-words`))
  })

  it('writes a starting template that passes its own check', async () => {
    const cwd = project({})
    const created = await klarsprak(['template', 'new', 'parkering', '--kind', 'receipt', '--lang', 'sv'], {cwd})
    expect(created.code).toBe(0)
    expect(existsSync(join(cwd, 'templates/sv/parkering.hbs'))).toBe(true)
    const source = readFileSync(join(cwd, 'templates/sv/parkering.hbs'), 'utf8')
    for (const name of ['caseNumber', 'nextStep', 'expectedAnswer', 'contact']) expect(source).toContain(`${name}: {`)
    const check = await klarsprak(['template', 'check', 'templates'], {cwd})
    expect(check.stdout).toBe('')
    expect(check.code).toBe(0)
    const again = await klarsprak(['template', 'new', 'parkering', '--kind', 'receipt', '--lang', 'sv'], {cwd})
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
  })
})
