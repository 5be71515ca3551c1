// The parts of Handlebars' AST this package reads (the shipped typings describe some fields wrongly).

export interface Position {
  line: number
  column: number
}

export interface Location {
  start: Position
  end: Position
}

export interface PathExpression {
  type: 'PathExpression'
  data: boolean
  depth: number
  parts: string[]
  original: string
  this?: boolean
  loc: Location
}

export interface SubExpression {
  type: 'SubExpression'
  path: PathExpression
  params: Expression[]
  hash?: Hash
  loc: Location
}

export interface Literal {
  type: 'StringLiteral' | 'NumberLiteral' | 'BooleanLiteral' | 'UndefinedLiteral' | 'NullLiteral'
  loc: Location
}

export type Expression = PathExpression | SubExpression | Literal

export interface Hash {
  type: 'Hash'
  pairs: Array<{key: string; value: Expression; loc: Location}>
}

export interface Program {
  type: 'Program'
  body: Statement[]
  blockParams?: string[]
  loc?: Location
}

export interface ContentStatement {
  type: 'ContentStatement'
  value: string
  original: string
  loc: Location | null
}

export interface MustacheStatement {
  type: 'MustacheStatement' | 'Decorator'
  path: PathExpression | Literal | SubExpression
  params: Expression[]
  hash?: Hash
  escaped: boolean
  loc: Location
}

export interface BlockStatement {
  type: 'BlockStatement' | 'DecoratorBlock'
  path: PathExpression | SubExpression | Literal
  params: Expression[]
  hash?: Hash
  program?: Program
  inverse?: Program
  loc: Location
}

export interface CommentStatement {
  type: 'CommentStatement'
  value: string
  loc: Location
}

export interface PartialStatement {
  type: 'PartialStatement' | 'PartialBlockStatement'
  loc: Location
  program?: Program
}

export type Statement = ContentStatement | MustacheStatement | BlockStatement | CommentStatement | PartialStatement
