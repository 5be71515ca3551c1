import type {LanguagePack, LanguageRule} from '@klarsprak/core'
import {SwedishParser, SwedishTextParser} from './parser/index.js'
import {rule as abbreviation} from './abbreviation/index.js'
import {rule as addressReader} from './address-reader/index.js'
import {rule as plainWords} from './plain-words/index.js'
import {rule as readabilityLix} from './readability-lix/index.js'
import {rule as sentenceLength} from './sentence-length/index.js'

/** Every Swedish rule, in the order they run. */
export const rules: readonly LanguageRule[] = [readabilityLix, sentenceLength, plainWords, abbreviation, addressReader]

/** The Swedish language pack for `@klarsprak/core`'s engine. */
export const swedish: LanguagePack = {
  language: 'sv',
  Parser: SwedishParser,
  TextParser: SwedishTextParser,
  rules
}
