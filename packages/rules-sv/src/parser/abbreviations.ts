import {readDataFile} from '@klarsprak/core'

interface AbbreviationData {
  continuing: string[]
  terminal: string[]
}

const data = readDataFile(new URL('../../data/sentence-abbreviations.yml', import.meta.url)) as AbbreviationData

/** Abbreviations after which a sentence never ends. */
export const continuingAbbreviations: ReadonlySet<string> = new Set(data.continuing)
/** Abbreviations after which a sentence ends when a capital letter follows. */
export const terminalAbbreviations: ReadonlySet<string> = new Set(data.terminal)
