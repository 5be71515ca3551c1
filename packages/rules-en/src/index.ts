export {EnglishParser} from './parser/index.js'
export {english, rules} from './pack.js'
export {default as retextEnSpelling} from './spelling/index.js'
