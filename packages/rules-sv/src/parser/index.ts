import {ParseLatin} from 'parse-latin'
import {mergeSources} from '@klarsprak/core'
import {createSegmenter} from './segment.js'

const base = ParseLatin.prototype

/**
 * ParseLatin with Swedish sentence segmentation (abbreviations, clock times, dates, law references) and with URLs
 * and e-mail addresses kept as `SourceNode`s. For Markdown and HTML prose.
 */
export class SwedishParser extends ParseLatin {}
SwedishParser.prototype.tokenizeSentencePlugins = [...base.tokenizeSentencePlugins, mergeSources as never]
SwedishParser.prototype.tokenizeParagraphPlugins = [createSegmenter() as never]

/** As {@link SwedishParser}, but a line break before a capital, digit or bullet also ends a sentence (plain text). */
export class SwedishTextParser extends ParseLatin {}
SwedishTextParser.prototype.tokenizeSentencePlugins = SwedishParser.prototype.tokenizeSentencePlugins
SwedishTextParser.prototype.tokenizeParagraphPlugins = [createSegmenter({lineBreaks: true}) as never]

export {createSegmenter} from './segment.js'
