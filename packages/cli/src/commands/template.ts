import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, extname, join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {ConfigFinder, loadConfigFile, type Config, type Language} from '@klarsprak/core'
import {UsageError} from '../errors.js'
import {isTooLarge} from '../read.js'
import {createRegistry} from '../session.js'
import {runCheck, type Io} from './check.js'

type TemplatesModule = typeof import('@klarsprak/templates')

const subcommands = ['list', 'show', 'render', 'check', 'new'] as const

/** `klarsprak template list | show | render | check | new` (templates.md, "Commands"). */
export async function runTemplate(argv: string[], io: Io): Promise<number> {
  const [subcommand, ...rest] = argv
  if (subcommand === undefined) throw new UsageError(`Give a subcommand: ${subcommands.join(', ')} (see \`klarsprak template --help\`)`)
  if (subcommand === 'check') return check(rest, io)
  // Handlebars and the library are loaded only for the template commands.
  const templates = await import('@klarsprak/templates')
  switch (subcommand) {
    case 'list':
      return list(rest, io, templates)
    case 'show':
      return show(rest, io, templates)
    case 'render':
      return render(rest, io, templates)
    case 'new':
      return create(rest, io, templates)
    default:
      throw new UsageError(`Unknown subcommand \`${subcommand}\`; expected one of ${subcommands.join(', ')}`)
  }
}

function parse(argv: string[], options: Record<string, {type: 'string' | 'boolean'; short?: string}>): {values: Record<string, string | boolean | undefined>; positionals: string[]} {
  try {
    return parseArgs({args: argv, allowPositionals: true, strict: true, options: {...options, config: {type: 'string', short: 'c'}, 'no-config': {type: 'boolean'}}})
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '') + ' (see `klarsprak template --help`)')
  }
}

function language(value: unknown): Language | undefined {
  if (value === undefined) return undefined
  if (value !== 'sv' && value !== 'en') throw new UsageError(`Unknown --lang \`${String(value)}\`; expected sv or en`)
  return value
}

/** The config that applies in the working folder (`--config`, `--no-config`, or looked up upwards). */
async function configIn(io: Io, values: Record<string, unknown>): Promise<Config | undefined> {
  if (values['no-config']) return undefined
  const registry = createRegistry()
  if (typeof values.config === 'string') return loadConfigFile(resolve(io.cwd, values.config), registry)
  return new ConfigFinder(registry).forDir(io.cwd)
}

async function libraryOptions(io: Io, values: Record<string, unknown>, templates: TemplatesModule, warn = true) {
  const folders = templates.templateFoldersOf(await configIn(io, values))
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`The template folder ${folder} (config key \`templates\`) does not exist`)
  }
  return {
    folders,
    cwd: io.cwd,
    onInvalid: (path: string) => {
      if (warn) io.stderr.write(`klarsprak: ${shown(io, path)} is not a usable template and was left out; run \`klarsprak template check ${shown(io, path)}\`\n`)
    }
  }
}

function shown(io: Io, path: string): string {
  const relativePath = relative(io.cwd, path).split('\\').join('/')
  return relativePath.startsWith('..') ? path : relativePath
}

async function list(argv: string[], io: Io, templates: TemplatesModule): Promise<number> {
  const {values, positionals} = parse(argv, {lang: {type: 'string'}, kind: {type: 'string'}, format: {type: 'string', short: 'f'}})
  if (positionals.length > 0) throw new UsageError('`klarsprak template list` takes no paths; use --lang and --kind to filter')
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown --format \`${String(format)}\`; expected text or json`)
  const kind = values.kind
  if (kind !== undefined && !templates.isKind(kind)) throw new UsageError(`Unknown --kind \`${String(kind)}\`; expected one of ${templates.kindNames.join(', ')}`)
  const filter: {language?: Language; kind?: (typeof templates.kindNames)[number]} = {}
  const lang = language(values.lang)
  if (lang) filter.language = lang
  if (kind !== undefined) filter.kind = kind as (typeof templates.kindNames)[number]
  const found = templates.listTemplates(filter, await libraryOptions(io, values, templates))
  if (format === 'json') {
    const rows = found.map((template) => ({
      id: template.meta.id,
      language: template.meta.language,
      kind: template.meta.kind,
      title: template.meta.title,
      channels: template.meta.channels,
      format: template.meta.format,
      path: shown(io, template.path),
      variables: template.meta.variables
    }))
    io.stdout.write(JSON.stringify(rows, null, 2) + '\n')
    return 0
  }
  if (found.length === 0) {
    io.stderr.write('klarsprak: no templates match\n')
    return 0
  }
  const idWidth = Math.max(...found.map((template) => template.meta.id.length), 2)
  const kindWidth = Math.max(...found.map((template) => template.meta.kind.length), 4)
  io.stdout.write(`${'id'.padEnd(idWidth)}  lang  ${'kind'.padEnd(kindWidth)}  title\n`)
  for (const {meta} of found) io.stdout.write(`${meta.id.padEnd(idWidth)}  ${meta.language.padEnd(4)}  ${meta.kind.padEnd(kindWidth)}  ${meta.title}\n`)
  return 0
}

async function find(io: Io, values: Record<string, unknown>, positionals: string[], templates: TemplatesModule, command: string) {
  const [id, extra] = positionals
  if (id === undefined) throw new UsageError(`Give a template id: \`klarsprak template ${command} case-status\` (\`klarsprak template list\` lists them)`)
  if (extra !== undefined) throw new UsageError(`\`klarsprak template ${command}\` takes one template id`)
  const lang = language(values.lang)
  const options = await libraryOptions(io, values, templates)
  const template = templates.loadTemplate(id, lang, options)
  if (!template) {
    const others = templates.listTemplates({}, {...options, onInvalid: () => {}}).filter((candidate) => candidate.meta.id === id)
    const hint = others.length > 0 ? `; it exists in ${others.map((other) => other.meta.language).join(', ')}` : '; `klarsprak template list` lists them'
    throw new UsageError(`No template \`${id}\`${lang ? ` in ${lang}` : ''}${hint}`)
  }
  return template
}

async function show(argv: string[], io: Io, templates: TemplatesModule): Promise<number> {
  const {values, positionals} = parse(argv, {lang: {type: 'string'}, format: {type: 'string', short: 'f'}})
  const template = await find(io, values, positionals, templates, 'show')
  const {meta} = template
  if (values.format === 'json') {
    io.stdout.write(JSON.stringify({...meta, path: shown(io, template.path)}, null, 2) + '\n')
    return 0
  }
  if (values.format !== undefined && values.format !== 'text') throw new UsageError(`Unknown --format \`${String(values.format)}\`; expected text or json`)
  const sv = meta.language === 'sv'
  const lines = [
    `${meta.id} (${meta.language}): ${meta.title}`,
    ...(meta.description ? [meta.description] : []),
    '',
    `kind:      ${meta.kind}`,
    `channels:  ${meta.channels.join(', ') || '-'}`,
    `format:    ${meta.format}`,
    `file:      ${shown(io, template.path)}`,
    `samples:   ${meta.samples.length}`,
    '',
    sv ? 'Variabler:' : 'Variables:'
  ]
  const names = Object.keys(meta.variables)
  const width = Math.max(...names.map((name) => name.length), 4)
  for (const [name, spec] of Object.entries(meta.variables)) {
    const type = spec.type === 'list' ? `list of ${spec.items}` : spec.type
    const required = spec.required ? (sv ? 'krävs' : 'required') : sv ? 'valfri' : 'optional'
    lines.push(`  ${name.padEnd(width)}  ${type.padEnd(14)}  ${required.padEnd(8)}  ${spec.description ?? ''}`.trimEnd())
  }
  if (names.length === 0) lines.push(sv ? '  (inga)' : '  (none)')
  io.stdout.write(lines.join('\n') + '\n')
  return 0
}

/** Data from a JSON or YAML file, or from standard input (`-`). */
async function readData(io: Io, path: string, templates: TemplatesModule): Promise<unknown> {
  let text: string
  if (path === '-') {
    text = await io.readStdin()
    if (isTooLarge(text)) throw new UsageError('The data on standard input is larger than 10 MB')
  } else {
    const absolute = resolve(io.cwd, path)
    if (!existsSync(absolute)) throw new UsageError(`No such data file: ${path}`)
    text = readFileSync(absolute, 'utf8').replace(/^\ufeff/, '')
  }
  const json = extname(path).toLowerCase() === '.json'
  try {
    return templates.parseDataText(text, json ? 'json' : 'yaml')
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new UsageError(`${path === '-' ? 'standard input' : path}: not valid ${json ? 'JSON' : 'YAML or JSON'}: ${reason}`)
  }
}

async function render(argv: string[], io: Io, templates: TemplatesModule): Promise<number> {
  const {values, positionals} = parse(argv, {lang: {type: 'string'}, data: {type: 'string', short: 'd'}, format: {type: 'string', short: 'f'}})
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'html' && format !== 'markdown') throw new UsageError(`Unknown --format \`${String(format)}\`; expected text, html or markdown`)
  if (typeof values.data !== 'string') throw new UsageError('Give the data with --data FILE.json, --data FILE.yaml or --data - (standard input)')
  const template = await find(io, values, positionals, templates, 'render')
  const data = await readData(io, values.data, templates)
  let output: string
  try {
    output = templates.renderTemplate(template, data, {format})
  } catch (error) {
    if (error instanceof templates.TemplateDataError || error instanceof templates.TemplateRenderError) {
      // Nothing was written to standard output: a half message is worse than none.
      io.stderr.write(`klarsprak: ${error.message}\n`)
      return 2
    }
    throw error
  }
  io.stdout.write(output)
  return 0
}

async function create(argv: string[], io: Io, templates: TemplatesModule): Promise<number> {
  const {values, positionals} = parse(argv, {lang: {type: 'string'}, kind: {type: 'string'}, out: {type: 'string', short: 'o'}})
  const [id, extra] = positionals
  if (id === undefined || extra !== undefined) throw new UsageError('Give one template id: `klarsprak template new ID --kind KIND --lang sv`')
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`The id \`${id}\` must be lower-case letters, digits and hyphens, for example parking-permit`)
  const kind = values.kind
  if (!templates.isKind(kind)) throw new UsageError(`Give --kind with one of ${templates.kindNames.join(', ')}`)
  const lang = language(values.lang ?? 'sv')!
  let path: string
  if (typeof values.out === 'string') {
    path = resolve(io.cwd, values.out)
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, `${id}.hbs`)
  } else {
    const [folder] = templates.templateFoldersOf(await configIn(io, values))
    path = join(folder ?? resolve(io.cwd, 'templates'), lang, `${id}.hbs`)
  }
  if (existsSync(path)) throw new UsageError(`${shown(io, path)} already exists; it was not changed`)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, templates.newTemplateSource(id, kind, lang), {flag: 'wx'})
  io.stdout.write(`Wrote ${shown(io, path)}: fill in the text and the sample, then run \`klarsprak template check ${shown(io, path)}\`\n`)
  return 0
}

/** Flags of `klarsprak check` that take a value, so that their values are not taken for paths. */
const valueFlags = new Set(['--stdin-filename', '--format', '-f', '--output', '-o', '--lang', '--text-type', '--config', '-c', '--rule', '--max-warnings', '--jobs', '-j'])

/** `klarsprak template check [paths]`: `klarsprak check` on the template files (default: the whole library). */
async function check(argv: string[], io: Io): Promise<number> {
  const flags: string[] = []
  const paths: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg.startsWith('-') && arg !== '-') {
      flags.push(arg)
      if (valueFlags.has(arg) && index + 1 < argv.length) flags.push(argv[++index]!)
    } else {
      paths.push(arg)
    }
  }
  if (flags.includes('--stdin')) throw new UsageError('`klarsprak template check` reads files; use `klarsprak check --stdin --stdin-filename NAME.hbs` for standard input')
  const templates = await import('@klarsprak/templates')
  const files: string[] = []
  if (paths.length === 0) {
    const at = (name: string) => flags[flags.indexOf(name) + 1]
    const values = {config: flags.includes('--config') ? at('--config') : flags.includes('-c') ? at('-c') : undefined, 'no-config': flags.includes('--no-config')}
    for (const folder of templates.libraryFolders({folders: templates.templateFoldersOf(await configIn(io, values)), cwd: io.cwd})) {
      if (existsSync(folder)) files.push(...templates.templateFiles(folder))
    }
  }
  for (const path of paths) {
    const absolute = resolve(io.cwd, path)
    if (!existsSync(absolute)) throw new UsageError(`No such file or folder: ${path}`)
    if (statSync(absolute).isDirectory()) files.push(...templates.templateFiles(absolute))
    else files.push(absolute)
  }
  if (files.length === 0) throw new UsageError(`No template files (.hbs, .handlebars) in ${paths.join(', ') || 'the library'}`)
  return runCheck([...flags, ...files], io)
}
