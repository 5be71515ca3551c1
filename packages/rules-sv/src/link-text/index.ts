import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, readDataFile, reportVagueLinks, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'link-text',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Länktexter som inte säger vart länken leder (”klicka här”, ”läs mer”, en naken webbadress).',
    en: 'Link texts that do not say where the link goes (“click here”, “read more”, a bare URL).'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Link texts to accept although they are on the list, any case. Default: none. */
  readonly ignore?: readonly string[]
}

const vague = readDataFile<{vague: string[]}>(new URL('../../data/link-text.yml', import.meta.url)).vague

/**
 * retext plugin: reports uninformative link texts. It reads the links that `@klarsprak/core`'s Markdown and HTML
 * parsers record in `file.data.links`; a tree without that data has no links to check.
 */
export default function retextSvLinkText(options: Options = {}) {
  return function (_tree: Root, file: VFile) {
    reportVagueLinks(file, {
      ruleId: meta.id,
      vague,
      ignore: options.ignore,
      reason: (text, bare) =>
        bare
          ? `Länktexten är en webbadress: skriv vad läsaren hittar där i stället för ”${text}”.`
          : `Länktexten ”${text}” säger inte vart länken leder: skriv vad läsaren hittar där.`,
      note: 'En länktext ska gå att förstå utan sammanhanget runt den, till exempel när en skärmläsare listar sidans länkar (Myndigheternas skrivregler 2.1.6).'
    })
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvLinkText}
