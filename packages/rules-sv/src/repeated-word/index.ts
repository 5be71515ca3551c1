import type {Root, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {stringListOption, readDataFile, report, sentencesIn, type LanguageRule, type RuleMeta, type OptionsSchema, type RuleOptions} from '@klarsprak/core'
import {wordText} from '../word-text.js'

export const meta: RuleMeta = {
  id: 'repeated-word',
  defaultSeverity: 'warning',
  fixable: 'safe',
  description: {
    sv: 'Samma ord två gånger i rad (”att att”)',
    en: 'The same word twice in a row (“att att”)'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Words that may be doubled, on top of the built-in exceptions (`det det`, `var var`, …). Default: none. */
  readonly ignore?: readonly string[]
}

interface Exception {
  readonly words: string
  readonly before?: readonly string[]
  readonly after?: readonly string[]
  readonly note?: string
}

interface ExceptionRule {
  readonly before?: ReadonlySet<string>
  readonly after?: ReadonlySet<string>
}

const data = readDataFile(new URL('../../data/repeated-word.yml', import.meta.url)) as {
  exceptions: Exception[]
}

/** Built-in exceptions keyed by the doubled word (`det det` → `det`). */
const builtIn = new Map<string, ExceptionRule>(
  data.exceptions.map((entry) => [
    entry.words.split(' ')[0]!.toLowerCase(),
    {
      before: entry.before && new Set(entry.before.map((word) => word.toLowerCase())),
      after: entry.after && new Set(entry.after.map((word) => word.toLowerCase()))
    }
  ])
)

const hasLetter = /\p{L}/u

/**
 * The same word, allowing a capital first letter on either (`Och och`). Other differences in case mark different
 * things (`api API`, `a-z A-Z`).
 */
function sameWord(first: string, second: string): boolean {
  if (first.length !== second.length) return false
  for (let index = first.length - 1; index > 0; index--) {
    if (first.charCodeAt(index) !== second.charCodeAt(index)) return false
  }
  return first.charAt(0).toLowerCase() === second.charAt(0).toLowerCase()
}

/** Whether two words with only white space between them are the same word: most sentences have none. */
function hasDoubledWord(children: readonly SentenceContent[]): boolean {
  let previous: string | undefined
  for (const child of children) {
    if (child.type === 'WordNode') {
      const text = wordText(child)
      if (previous !== undefined && sameWord(previous, text)) return true
      previous = text
    } else if (child.type !== 'WhiteSpaceNode') {
      previous = undefined
    }
  }
  return false
}

/**
 * Whether the word at `index` is the target of a JSDoc or TSDoc link (`{@link changelog Changelog}`,
 * `{@link validators#heltal heltal}`), where target and link text are often the same word.
 */
function inLinkTarget(children: readonly SentenceContent[], index: number): boolean {
  let text = ''
  for (let at = index - 1; at >= 0 && at >= index - 12; at--) {
    const value = toString(children[at]!)
    if (value.includes('}')) return false
    text = value + text
    if (value.includes('{')) return /^\{@link\s/u.test(text.slice(text.lastIndexOf('{')))
  }
  return false
}

/** retext plugin: reports a word written twice in a row (`att att`) with the single word as a safe fix. */
export default function retextSvRepeatedWord(options: Options = {}) {
  const ignored = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))

  const allowed = (word: string, previous: Word | undefined, next: Word | undefined): boolean => {
    if (ignored.has(word)) return true
    const exception = builtIn.get(word)
    if (!exception) return false
    if (exception.before && !(next && exception.before.has(wordText(next).toLowerCase()))) return false
    if (exception.after && !(previous && exception.after.has(wordText(previous).toLowerCase()))) return false
    return true
  }

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      const children: SentenceContent[] = sentence.children
      if (!hasDoubledWord(children)) continue
      // Index of each word and whether only white space separates it from the word before.
      const words: Array<{index: number; adjacent: boolean}> = []
      let adjacent = false
      for (const [index, child] of children.entries()) {
        if (child.type === 'WordNode') {
          words.push({index, adjacent})
          adjacent = true
        } else if (child.type !== 'WhiteSpaceNode') {
          adjacent = false
        }
      }

      for (let position = 1; position < words.length; position++) {
        const second = words[position]!
        if (!second.adjacent) continue
        const first = words[position - 1]!
        const firstNode = children[first.index] as Word
        const secondNode = children[second.index] as Word
        const text = wordText(firstNode)
        const word = text.toLowerCase()
        if (!hasLetter.test(word) || !sameWord(text, wordText(secondNode))) continue
        if (inLinkTarget(children, first.index)) continue

        const previous = words[position - 2]
        const next = words[position + 1]
        if (
          allowed(
            word,
            previous && first.adjacent ? (children[previous.index] as Word) : undefined,
            next?.adjacent ? (children[next.index] as Word) : undefined
          )
        ) {
          continue
        }

        const start = firstNode.position?.start
        const end = secondNode.position?.end
        report(file, {
          ruleId: meta.id,
          reason: `Ta bort det upprepade ordet ”${text}”.`,
          place: start && end ? {start, end} : firstNode,
          actual: toString(children.slice(first.index, second.index + 1)),
          expected: [text]
        })
        position++ // `att att att` is one finding per pair, not overlapping ones
      }
    }
  }
}

export const rule: LanguageRule = {meta, plugin: retextSvRepeatedWord}
