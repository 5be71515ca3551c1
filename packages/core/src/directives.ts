import type {SourceComment} from './formats/types.js'
import type {LintMessage} from './result.js'

type Kind = 'disable' | 'enable' | 'disable-next-line'

interface Directive {
  kind: Kind
  /** Rule ids; empty means every rule. */
  rules: string[]
  comment: SourceComment
  /** Rule ids (or `*`) that silenced at least one message. */
  used: Set<string>
}

const pattern = /^klarsprak-(disable-next-line|disable|enable)\b\s*([\s\S]*)$/

/** Read `klarsprak-disable`, `-enable` and `-disable-next-line` directives from comments. */
export function parseDirectives(comments: readonly SourceComment[]): Directive[] {
  const directives: Directive[] = []
  for (const comment of comments) {
    const match = pattern.exec(comment.value)
    if (!match) continue
    // Allow a description after ` -- `, as ESLint does.
    const list = match[2]!.split(/\s--\s/)[0]!
    const rules = list.split(/[\s,]+/).filter(Boolean)
    directives.push({kind: match[1] as Kind, rules, comment, used: new Set()})
  }
  return directives
}

/**
 * Drop messages silenced by directives; report directives that silenced nothing as `unused-disable` messages
 * (returned separately so the caller can apply its severity and language).
 */
export function applyDirectives(
  messages: readonly LintMessage[],
  directives: Directive[]
): {kept: LintMessage[]; unused: Array<{comment: SourceComment; rules: string[]}>} {
  if (directives.length === 0) return {kept: [...messages], unused: []}
  const ordered = [...directives].sort((a, b) => a.comment.offset - b.comment.offset)
  const kept: LintMessage[] = []

  for (const message of messages) {
    const silencer = findSilencer(message, ordered)
    if (silencer) silencer.used.add(silencer.rules.length === 0 ? '*' : message.ruleId)
    else kept.push(message)
  }

  const unused: Array<{comment: SourceComment; rules: string[]}> = []
  for (const directive of ordered) {
    if (directive.kind === 'enable') continue
    if (directive.rules.length === 0) {
      if (directive.used.size === 0) unused.push({comment: directive.comment, rules: []})
    } else {
      const idle = directive.rules.filter((rule) => !directive.used.has(rule))
      if (idle.length > 0) unused.push({comment: directive.comment, rules: idle})
    }
  }
  return {kept, unused}
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId)
}

function findSilencer(message: LintMessage, ordered: readonly Directive[]): Directive | undefined {
  // Next-line directives first: they are the most specific.
  for (const directive of ordered) {
    if (directive.kind === 'disable-next-line' && directive.comment.endLine + 1 === message.line && applies(directive, message.ruleId)) {
      return directive
    }
  }
  // The last disable/enable before the message that mentions its rule decides.
  let state: Directive | undefined
  for (const directive of ordered) {
    if (directive.comment.offset > (message.offset ?? Number.POSITIVE_INFINITY)) break
    if (directive.comment.line > message.line) break
    if (directive.kind === 'disable-next-line' || !applies(directive, message.ruleId)) continue
    state = directive.kind === 'disable' ? directive : undefined
  }
  return state
}
