export {SwedishParser, SwedishTextParser, createSegmenter} from './parser/index.js'
export {swedish, rules} from './pack.js'
export {default as retextSvReadabilityLix} from './readability-lix/index.js'
export {default as retextSvSentenceLength} from './sentence-length/index.js'
