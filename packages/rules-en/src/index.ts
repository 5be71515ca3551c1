export {EnglishParser} from './parser/index.js'
