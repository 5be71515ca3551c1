export {IncrementalDocument, wholeDocumentRules, Superseded} from './incremental.js'
export {markdownBlocks, textBlocks, definitionsOf} from './blocks.js'
