import {ParseEnglish} from 'parse-english'
import {mergeSources} from '@klarsprak/core'

/** ParseEnglish (knows `Mr.`, `Dr.`, `e.g.`) with URLs and e-mail addresses kept as `SourceNode`s. */
export class EnglishParser extends ParseEnglish {}
EnglishParser.prototype.tokenizeSentencePlugins = [
  ...ParseEnglish.prototype.tokenizeSentencePlugins,
  mergeSources as never
]
