import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {loadSpeller} from '@klarsprak/spell'
import {EnglishParser} from './parser/index.js'
import {isPassiveSentence, rule as passiveVoice} from './passive-voice/index.js'
import {rule as personalIdentityNumber} from './personal-identity-number/index.js'
import {rule as linkText} from './link-text/index.js'
import {rule as exclamation} from './exclamation/index.js'
import {rule as inclusiveLanguage} from './inclusive-language/index.js'
import {rule as termConsistency} from './term-consistency/index.js'
import {rule as plainWords} from './plain-words/index.js'
import {rule as readability} from './readability/index.js'
import {rule as repeatedWord} from './repeated-word/index.js'
import {rule as sentenceLength} from './sentence-length/index.js'
import {rule as spelling} from './spelling/index.js'

/** Every English rule, in the order they run. */
export const rules: readonly LanguageRule[] = [
  readability,
  sentenceLength,
  passiveVoice,
  plainWords,
  repeatedWord,
  spelling,
  personalIdentityNumber,
  linkText,
  exclamation,
  inclusiveLanguage,
  termConsistency
]

/** The English language pack for `@klarsprak/core`'s engine. */
export const english: LanguagePack = {
  language: 'en',
  Parser: EnglishParser,
  rules,
  isPassiveSentence,
  async prepare() {
    await loadSpeller('en')
  }
}
