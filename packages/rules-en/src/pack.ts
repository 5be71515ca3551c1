import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {EnglishParser} from './parser/index.js'

/** Every English rule, in the order they run. */
export const rules: readonly LanguageRule[] = []

/** The English language pack for `@klarsprak/core`'s engine. */
export const english: LanguagePack = {
  language: 'en',
  Parser: EnglishParser,
  rules
}
