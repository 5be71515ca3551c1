export {mergeSources} from './merge-sources.js'
export {sentenceText, words, wordText, isWord} from './words.js'
export {sentencesIn, textOf} from './walk.js'
