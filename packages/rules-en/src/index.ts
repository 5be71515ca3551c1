export {EnglishParser} from './parser/index.js'
export {english, rules} from './pack.js'
