import type {Position} from 'unist'

/** A link found while parsing Markdown or HTML prose; rules such as `link-text` read them from `file.data.links`. */
export interface LinkInfo {
  /** The link's visible text. */
  text: string
  /** Its destination (`href`), as written. */
  url: string
  /** Where the visible text is in the document. */
  position: Position
}

declare module 'vfile' {
  interface DataMap {
    /** Links of the checked prose, in document order (set by core's Markdown and HTML parsers). */
    links: LinkInfo[]
  }
}
