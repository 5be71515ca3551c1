import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {stringListOption, readDataFile, reportVagueLinks, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'

export const meta: RuleMeta = {
  id: 'link-text',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    sv: 'Länktexter som inte säger vart länken leder (”click here”, ”read more”, en naken webbadress).',
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
 * retext plugin: reports uninformative link texts in English. It reads the links that `@klarsprak/core`'s Markdown
 * and HTML parsers record in `file.data.links`.
 */
export default function retextEnLinkText(options: Options = {}) {
  return function (_tree: Root, file: VFile) {
    reportVagueLinks(file, {
      ruleId: meta.id,
      vague,
      ignore: options.ignore,
      reason: (text, bare) =>
        bare
          ? `The link text is a web address: say what the reader finds there instead of “${text}”.`
          : `The link text “${text}” does not say where the link goes: describe the destination.`,
      note: 'Link text must make sense on its own, for example when a screen reader lists the links of a page (WCAG 2.4.4).'
    })
  }
}

export const rule: LanguageRule = {meta, plugin: retextEnLinkText}
