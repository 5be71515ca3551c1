import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {loadSpeller} from '@klarsprak/spell'
import {EnglishParser} from './parser/index.js'
import {rule as spelling} from './spelling/index.js'

/** Every English rule, in the order they run. */
export const rules: readonly LanguageRule[] = [spelling]

/** The English language pack for `@klarsprak/core`'s engine. */
export const english: LanguagePack = {
  language: 'en',
  Parser: EnglishParser,
  rules,
  async prepare() {
    await loadSpeller('en')
  }
}
