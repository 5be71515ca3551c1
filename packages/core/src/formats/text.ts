import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type {NlcstParserClass} from '../types.js'
import type {ParsedDocument} from './types.js'

/** Plain text: all of it is prose; there are no comments. */
export function parseText(file: VFile): ParsedDocument {
  const value = String(file)
  return {
    format: 'text',
    proseSample: value.slice(0, 20_000),
    comments: [],
    toNlcst(Parser: NlcstParserClass): NlcstRoot {
      return new Parser().parse(value)
    }
  }
}
