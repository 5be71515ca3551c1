import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {loadSpeller} from '@klarsprak/spell'
import {SwedishParser, SwedishTextParser} from './parser/index.js'
import {rule as abbreviation} from './abbreviation/index.js'
import {rule as addressReader} from './address-reader/index.js'
import {isPassiveSentence, rule as passiveVoice} from './passive-voice/index.js'
import {rule as personalIdentityNumber} from './personal-identity-number/index.js'
import {rule as linkText} from './link-text/index.js'
import {rule as numberFormat} from './number-format/index.js'
import {rule as rangeDash} from './range-dash/index.js'
import {rule as timeFormat} from './time-format/index.js'
import {rule as dateFormat} from './date-format/index.js'
import {rule as quotes} from './quotes/index.js'
import {rule as exclamation} from './exclamation/index.js'
import {rule as nominalStyle} from './nominal-style/index.js'
import {rule as inclusiveLanguage} from './inclusive-language/index.js'
import {rule as termConsistency} from './term-consistency/index.js'
import {rule as plainWords} from './plain-words/index.js'
import {rule as readabilityLix} from './readability-lix/index.js'
import {rule as repeatedWord} from './repeated-word/index.js'
import {rule as sentenceLength} from './sentence-length/index.js'
import {rule as spelling} from './spelling/index.js'

/** Every Swedish rule, in the order they run. */
export const rules: readonly LanguageRule[] = [
  readabilityLix,
  sentenceLength,
  passiveVoice,
  plainWords,
  abbreviation,
  addressReader,
  repeatedWord,
  spelling,
  personalIdentityNumber,
  linkText,
  numberFormat,
  rangeDash,
  timeFormat,
  dateFormat,
  quotes,
  exclamation,
  nominalStyle,
  inclusiveLanguage,
  termConsistency
]

/** The Swedish language pack for `@klarsprak/core`'s engine. */
export const swedish: LanguagePack = {
  language: 'sv',
  Parser: SwedishParser,
  TextParser: SwedishTextParser,
  rules,
  isPassiveSentence,
  // The spelling rule loads the English dictionaries itself when a text needs them (loan words such as `popup`).
  async prepare() {
    await loadSpeller('sv')
  }
}
