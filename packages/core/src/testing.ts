// Test helpers for core (not published): a tiny language pack with two rules, so core is tested on its own.
import type {Root} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {mergeSources} from './nlcst/merge-sources.js'
import {report} from './report.js'
import {stringListOption} from './rule-options.js'
import type {LanguagePack, LanguageRule} from './types.js'

class TestParser extends ParseLatin {}
TestParser.prototype.tokenizeSentencePlugins = [...ParseLatin.prototype.tokenizeSentencePlugins, mergeSources as never]

/** Flags `erhåller` with the safe fix `får`, and `ansökningsblankett` with two suggestions. */
export const wordRule: LanguageRule = {
  meta: {
    id: 'plain-words',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {sv: 'Enkla ord', en: 'Plain words'},
    options: {ignore: stringListOption}
  },
  plugin() {
    return (tree: Root, file: VFile) => {
      visit(tree, 'WordNode', (node) => {
        const value = toString(node)
        if (value.toLowerCase() === 'erhåller') {
          report(file, {ruleId: 'plain-words', reason: 'Skriv ”får” i stället för ”erhåller”.', place: node, actual: value, expected: [value[0] === 'E' ? 'Får' : 'får']})
        }
        if (value === 'ansökningsblankett') {
          report(file, {ruleId: 'plain-words', reason: 'Skriv ”blankett”.', place: node, actual: value, expected: ['blankett', 'ansökan']})
        }
      })
    }
  }
}

/** Flags every `xyz`, with no fix; throws on `boom` to test that failing rules do not stop others. */
export const nonsenseRule: LanguageRule = {
  meta: {
    id: 'spelling',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {sv: 'Stavning', en: 'Spelling'},
    options: {ignore: stringListOption, termAfter: {type: 'integer', minimum: 1}, scope: {type: 'string', enum: ['all', 'typos']}}
  },
  plugin() {
    return (tree: Root, file: VFile) => {
      visit(tree, 'WordNode', (node) => {
        const value = toString(node)
        if (value === 'boom') throw new Error('rule exploded')
        if (value === 'xyz') report(file, {ruleId: 'spelling', reason: 'Kontrollera stavningen av ”xyz”.', place: node, actual: value})
      })
    }
  }
}

export const testPack: LanguagePack = {language: 'sv', Parser: TestParser, rules: [wordRule, nonsenseRule]}
export const testPackEn: LanguagePack = {language: 'en', Parser: TestParser, rules: [nonsenseRule]}
