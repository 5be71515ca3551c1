import {ConfigError} from '@klarsprak/core'
import {runCheck, type Io} from './commands/check.js'
import {runInit} from './commands/init.js'
import {runRules} from './commands/rules.js'
import {runMerge} from './commands/merge.js'
import {runReport} from './commands/report.js'
import {runSite} from './commands/site.js'
import {runTemplate} from './commands/template.js'
import {UsageError} from './errors.js'
import {readBoundedStream} from './read.js'
import {checkHelp, initHelp, mainHelp, mergeHelp, reportHelp, rulesHelp, siteHelp, templateHelp} from './help.js'
import {version} from './version.js'

export type {Io} from './commands/check.js'

const commands: Record<string, {help: string; run: (argv: string[], io: Io) => number | Promise<number>}> = {
  check: {help: checkHelp, run: runCheck},
  site: {help: siteHelp, run: runSite},
  rules: {help: rulesHelp, run: runRules},
  init: {help: initHelp, run: runInit},
  merge: {help: mergeHelp, run: runMerge},
  report: {help: reportHelp, run: runReport},
  template: {help: templateHelp, run: runTemplate}
}

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help') {
    io.stdout.write(mainHelp)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(version + '\n')
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`klarsprak: unknown command \`${name}\` (see \`klarsprak --help\`)\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`klarsprak: ${error.message}\n`)
      return 2
    }
    io.stderr.write(`klarsprak: ${(error as Error).stack ?? String(error)}\n`)
    return 2
  }
}

function defaultIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readBoundedStream(process.stdin)
  }
}
