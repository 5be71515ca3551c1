export {SwedishParser, SwedishTextParser, createSegmenter} from './parser/index.js'
