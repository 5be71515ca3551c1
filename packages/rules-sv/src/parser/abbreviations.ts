import {readFileSync} from 'node:fs'
import {parse} from 'yaml'

interface AbbreviationData {
  continuing: string[]
  terminal: string[]
}

const data = parse(
  readFileSync(new URL('../../data/sentence-abbreviations.yml', import.meta.url), 'utf8')
) as AbbreviationData

/** Abbreviations after which a sentence never ends. */
export const continuingAbbreviations: ReadonlySet<string> = new Set(data.continuing)
/** Abbreviations after which a sentence ends when a capital letter follows. */
export const terminalAbbreviations: ReadonlySet<string> = new Set(data.terminal)
