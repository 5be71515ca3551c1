import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {report} from '../report.js'
import {sentencesIn, textOf} from '../nlcst/walk.js'

type Point = NonNullable<Sentence['position']>['start']

// Language-neutral detection for the `exclamation` rule, shared by the Swedish and English rules.

/** An exclamation mark, a run of them (`!!`) or one mixed with a question mark (`?!`, `!?`). */
export interface ExclamationMark {
  readonly actual: string
  readonly start: Point
  readonly end: Point
  /** `!!`, `!!!`. */
  readonly repeated: boolean
  /** `?!`, `!?`: the question mark alone is enough. */
  readonly question: boolean
  /** The mark ends a sentence right after a word, so a full stop (or `?`) can replace it. */
  readonly terminal: boolean
}

/** Consecutive words in capitals (`GLÖM INTE`), before the dictionary decides which of them are shouting. */
export interface CapitalsRun {
  readonly words: readonly Word[]
  /** The run starts its sentence (a lowercase suggestion then keeps a capital letter). */
  readonly sentenceStart: boolean
}

/** Words in capitals that read as shouting: the flagged part of a run. */
export interface Shouting {
  readonly actual: string
  readonly start: Point
  readonly end: Point
  readonly sentenceStart: boolean
}

export interface DetectOptions {
  /** Capitals that are acronyms even though they are dictionary words (`SMS`, `LUPP`). */
  readonly acronyms: ReadonlySet<string>
  /** Capitals of fewer than four letters that are shouting alone (`EJ`, `NOT`). */
  readonly shortShouting: ReadonlySet<string>
  /** Common emphasis words, shouting alone even when the document never writes them in lower case (`VIKTIGT`). */
  readonly emphasis: ReadonlySet<string>
  /** Whether to look for capitals at all. */
  readonly capitals: boolean
  /** Whether one `!` closing a paragraph stands (Swedish: labelled real text); otherwise it is reported. */
  readonly paragraphEndStands?: boolean
}

/** A sentence of at most this many words may end in one `!` (`Välkommen!`, `Tack så mycket!`). */
export const greetingWords = 3

const closingQuotes = new Set(['"', '”', '’', "'", '»', '“'])
const openingQuotes = new Set(['"', '”', '’', "'", '»', '«', '“', '„', '‘'])
const closingBrackets = new Set([')', ']', '}'])
const terminalCharacters = new Set(['.', '!', '?', '…', '‽'])
const romanNumeral = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

/**
 * Exclamation marks and capitals runs of a tree, skipping heading-like paragraphs: a paragraph of a single sentence
 * without terminal punctuation (a Markdown or HTML heading, a label, a line on its own in plain text).
 */
export function detect(tree: Root, options: DetectOptions): {marks: ExclamationMark[]; runs: CapitalsRun[]} {
  const marks: ExclamationMark[] = []
  const runs: CapitalsRun[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    if (isHeadingLike(paragraph)) continue
    const sentences = paragraph.children.filter((child) => child.type === 'SentenceNode')
    for (const [index, sentence] of sentences.entries()) checkSentence(sentence, options, marks, runs, index === sentences.length - 1)
  }
  return {marks, runs}
}

function checkSentence(sentence: Sentence, options: DetectOptions, marks: ExclamationMark[], runs: CapitalsRun[], closesParagraph: boolean) {
  const children = sentence.children
  let singleMarks: ExclamationMark[] | undefined
  let markRuns = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WordNode') {
      if (options.capitals && startsInCapitals(child)) {
        const end = capitalsRun(children, index, options, runs)
        if (end > index) index = end
      }
      continue
    }
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') continue
    if (child.value.indexOf('!') === -1 || !isMarkRun(child.value)) continue

    // The whole run of `!` and `?` tokens (`?`, `!` are separate tokens; `!!` is one).
    let first = index
    while (first > 0 && isMarkToken(children[first - 1]!)) first--
    let last = index
    while (last + 1 < children.length && isMarkToken(children[last + 1]!)) last++
    index = last
    // `tecknen ? + = ! :`: a mark mentioned on its own, after a space or at the start, is not an exclamation.
    const before = children[first - 1]
    if (before === undefined || before.type === 'WhiteSpaceNode') continue
    markRuns++
    const mark = markOf(children, first, last)
    if (!mark) continue
    if (!mark.repeated && !mark.question) {
      singleMarks ??= []
      singleMarks.push(mark)
    } else {
      marks.push(mark)
    }
  }
  if (!singleMarks) return
  // `Välkommen!`, `Tack så mycket!`: one `!` closing a short greeting is fine.
  if (markRuns === 1 && singleMarks.length === 1 && singleMarks[0]!.terminal && isShort(sentence)) return
  // One `!` closing a paragraph can be a tone the writer chose (`Glöm inte att granska texten!`): on labelled Swedish
  // real text an editor let it stand, and asked for a full stop where `!` comes in the middle of a message (`Din
  // startsida är tom! Klicka …`). The language decides (paragraphEndStands).
  if (options.paragraphEndStands && closesParagraph && markRuns === 1 && singleMarks.length === 1 && singleMarks[0]!.terminal) return
  marks.push(...singleMarks)
}

/** The mark made of `children[first..last]`, or `undefined` when it belongs to a quotation (`”Stopp!”`). */
function markOf(children: readonly SentenceContent[], first: number, last: number): ExclamationMark | undefined {
  const after = children[last + 1]
  if (after && (after.type === 'PunctuationNode' || after.type === 'SymbolNode') && closingQuotes.has(after.value)) {
    return undefined
  }
  // `Obs!` is how Swedish writes the word: the mark is part of it.
  const word = children[first - 1]
  if (word?.type === 'WordNode' && textOf(word).toLowerCase() === 'obs') return undefined
  let actual = ''
  for (let index = first; index <= last; index++) actual += (children[index] as {value: string}).value
  const start = children[first]!.position?.start
  const end = children[last]!.position?.end
  if (!start || !end) return undefined
  const question = actual.includes('?')
  return {
    actual,
    start,
    end,
    repeated: !question && actual.length > 1,
    question,
    terminal: children[first - 1]?.type === 'WordNode' && endsSentence(children, last)
  }
}

/** Only whitespace and closing brackets follow `index` in the sentence. */
function endsSentence(children: readonly SentenceContent[], index: number): boolean {
  for (let next = index + 1; next < children.length; next++) {
    const child = children[next]!
    if (child.type === 'WhiteSpaceNode') continue
    if ((child.type === 'PunctuationNode' || child.type === 'SymbolNode') && closingBrackets.has(child.value)) continue
    return false
  }
  return true
}

/**
 * Collect the run of capitals words starting at `start` (separated by single spaces on one line) into `runs` when
 * any of them may be shouting; returns the index of the run's last word.
 */
function capitalsRun(
  children: readonly SentenceContent[],
  start: number,
  options: DetectOptions,
  runs: CapitalsRun[]
): number {
  const words: Word[] = []
  let last = start
  let index = start
  for (;;) {
    const word = children[index] as Word
    if (!isCapitalsWord(word)) break
    words.push(word)
    last = index
    const space = children[index + 1]
    const next = children[index + 2]
    if (space?.type !== 'WhiteSpaceNode' || space.value !== ' ' || next?.type !== 'WordNode') break
    index += 2
  }
  if (words.length === 0) return start
  // Glued to other tokens (`LSS-boende`, `README.md`, `/API/`): part of a name or code, not shouting.
  if (isGlued(children[start - 1]) || isGlued(children[last + 1], true)) return last
  // `Skriv ”JA” i rutan`: quoting what to write.
  if (isOpeningQuote(children[start - 1]) && isClosingQuote(children[last + 1])) return last
  // A line of its own in plain text (`VIKTIG INFORMATION⏎Du måste …`): a heading.
  if (startsLine(children, start) && endsLine(children, last)) return last
  const candidates = words.filter((word) => !isAcronym(textOf(word), options))
  if (candidates.length > 0) runs.push({words, sentenceStart: isSentenceStart(children, start)})
  return last
}

/**
 * The parts of a capitals run that are shouting: maximal stretches of dictionary words (not acronyms) with at least
 * two words (`GLÖM INTE`), or one word of four letters or more (or a short shouting word such as `EJ`) that is a
 * common emphasis word (`VIKTIGT`) or that the document also writes in lower case (`confirmed` by the caller; a word
 * seen only in capitals, such as `GEMET` or `HTTP`, is more likely an acronym or a name).
 */
export function shoutingIn(
  run: CapitalsRun,
  options: DetectOptions,
  isWord: (lower: string) => boolean
): Array<Shouting & {readonly confirmed: boolean}> {
  const found: Array<Shouting & {readonly confirmed: boolean}> = []
  let stretch: Word[] = []
  const flush = () => {
    if (stretch.length === 0) return
    const words = stretch
    stretch = []
    const start = words[0]!.position?.start
    const end = words[words.length - 1]!.position?.end
    if (!start || !end) return
    const only = textOf(words[0]!)
    if (words.length === 1 && [...only].length < 4 && !options.shortShouting.has(only)) return
    found.push({
      actual: words.map((word) => textOf(word)).join(' '),
      start,
      end,
      sentenceStart: run.sentenceStart && words[0] === run.words[0],
      confirmed: words.length > 1 || options.emphasis.has(only)
    })
  }
  for (const word of run.words) {
    const text = textOf(word)
    if (isAcronym(text, options) || !isWord(text.toLowerCase())) flush()
    else stretch.push(word)
  }
  flush()
  return found
}

/** Which of `wanted` (lowercase words) the tree has as words written in lower case. */
export function lowercaseWordsIn(tree: Root, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>()
  for (const sentence of sentencesIn(tree)) {
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue
      const text = textOf(child)
      if (wanted.has(text)) found.add(text)
      else if (text.length > 1 && isCapital(text.charCodeAt(0)) && !isCapital(text.charCodeAt(1))) {
        // `Viktigt` at the start of a sentence.
        const lower = text.toLowerCase()
        if (wanted.has(lower)) found.add(lower)
      }
    }
  }
  return found
}

function isAcronym(text: string, options: DetectOptions): boolean {
  return options.acronyms.has(text) || romanNumeral.test(text)
}

/** Cheap first test: the first two characters are capital letters. */
function startsInCapitals(word: Word): boolean {
  if (word.children.length !== 1) return false
  const only = word.children[0]!
  if (only.type !== 'TextNode' || only.value.length < 2) return false
  return isCapital(only.value.charCodeAt(0)) && isCapital(only.value.charCodeAt(1))
}

function isCapital(code: number): boolean {
  if (code >= 65 && code <= 90) return true
  if (code < 0xc0) return false
  const character = String.fromCharCode(code)
  return character !== character.toLowerCase()
}

/** Two or more letters, all capitals, nothing else (`VIKTIGT`; not `COVID-19`, `BankID`, `A`). */
function isCapitalsWord(word: Word): boolean {
  if (!startsInCapitals(word)) return false
  const text = textOf(word)
  for (let index = 2; index < text.length; index++) if (!isCapital(text.charCodeAt(index))) return false
  return true
}

function isGlued(node: SentenceContent | undefined, after = false): boolean {
  if (!node || node.type === 'WhiteSpaceNode' || node.type === 'WordNode') return false
  if (node.type === 'SourceNode') return true
  const value = node.value
  if (value === '/' || value === '-' || value === '_' || value === '\\' || value === '@' || value === '#') return true
  // `README.md`, `GOV.UK` are single words; a dot before (`.NET`) glues.
  return !after && value === '.'
}

function isOpeningQuote(node: SentenceContent | undefined): boolean {
  return (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') && openingQuotes.has(node.value)
}

function isClosingQuote(node: SentenceContent | undefined): boolean {
  return (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') && closingQuotes.has(node.value)
}

function startsLine(children: readonly SentenceContent[], index: number): boolean {
  const before = children[index - 1]
  return before === undefined || (before.type === 'WhiteSpaceNode' && before.value.includes('\n'))
}

function endsLine(children: readonly SentenceContent[], index: number): boolean {
  const after = children[index + 1]
  return after === undefined || (after.type === 'WhiteSpaceNode' && after.value.includes('\n'))
}

function isSentenceStart(children: readonly SentenceContent[], index: number): boolean {
  for (let before = index - 1; before >= 0; before--) {
    const child = children[before]!
    if (child.type === 'WordNode' || child.type === 'SourceNode') return false
  }
  return true
}

function isMarkRun(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 33 && code !== 63) return false
  }
  return true
}

function isMarkToken(node: SentenceContent): boolean {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && isMarkRun(node.value)
}

/** A sentence of one to three words (`Välkommen!`, `Tack för hjälpen!`). */
function isShort(sentence: Sentence): boolean {
  let count = 0
  for (const child of sentence.children) {
    if (child.type === 'WordNode' && /[\p{L}\p{N}]/u.test(textOf(child)) && ++count > greetingWords) return false
  }
  return count > 0
}

/** A paragraph of one sentence without terminal punctuation: a heading, a label or a line of its own. */
function isHeadingLike(paragraph: Paragraph): boolean {
  let sentence: Sentence | undefined
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    if (sentence) return false
    sentence = child
  }
  if (!sentence) return false
  const children = sentence.children
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    // A word may carry the final dot (`m.m.`, and `18.` in English).
    if (child.type === 'WordNode') return !terminalCharacters.has(textOf(child).slice(-1))
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') return true
    const value = child.value
    if (closingQuotes.has(value) || closingBrackets.has(value)) continue
    return !terminalCharacters.has(value.charAt(value.length - 1))
  }
  return true
}

/** What a language's `exclamation` rule brings: its word lists, its texts and a way to tell words from acronyms. */
export interface ExclamationRuleSettings {
  readonly data: {readonly acronyms: readonly string[]; readonly shortShouting: readonly string[]; readonly emphasis: readonly string[]}
  /** Words in capitals to accept (config `ignore`, `words`, `terms`). */
  readonly accepted: readonly string[]
  readonly capitals: boolean
  /** See DetectOptions.paragraphEndStands. */
  readonly paragraphEndStands?: boolean
  /** Loads the language's dictionary; called only when a text has words in capitals. */
  readonly loadDictionary: () => Promise<(lower: string) => boolean>
  readonly texts: {
    readonly question: (actual: string) => string
    readonly repeated: (actual: string) => string
    readonly terminal: string
    readonly inner: string
    readonly capitals: (actual: string) => string
    readonly markNote: string
    readonly capitalsNote: string
  }
}

/**
 * The body of the `exclamation` rule in both languages: flags exclamation marks in running text and words in
 * capitals used as shouting, with the language's texts.
 */
export function exclamationTransformer(settings: ExclamationRuleSettings) {
  const options: DetectOptions = {
    acronyms: new Set([...settings.data.acronyms, ...settings.accepted.filter((word) => word === word.toUpperCase())]),
    shortShouting: new Set(settings.data.shortShouting),
    emphasis: new Set(settings.data.emphasis),
    capitals: settings.capitals,
    paragraphEndStands: settings.paragraphEndStands
  }
  const {texts} = settings

  return function (tree: Root, file: VFile): Promise<void> | undefined {
    const {marks, runs} = detect(tree, options)
    for (const mark of marks) {
      let reason: string
      let expected: string | undefined
      if (mark.question) {
        reason = texts.question(mark.actual)
        expected = mark.terminal ? '?' : undefined
      } else if (mark.repeated) {
        reason = texts.repeated(mark.actual)
        expected = mark.terminal ? '.' : undefined
      } else if (mark.terminal) {
        reason = texts.terminal
        expected = '.'
      } else {
        reason = texts.inner
      }
      report(file, {
        ruleId: 'exclamation',
        reason,
        place: {start: mark.start, end: mark.end},
        actual: mark.actual,
        expected: expected === undefined ? undefined : [expected],
        note: texts.markNote
      })
    }
    if (runs.length === 0) return undefined
    // The dictionary tells a shouted word from an acronym; it is loaded only when needed.
    return settings.loadDictionary().then((isWord) => {
      const found = runs.flatMap((run) => shoutingIn(run, options, isWord))
      // A single word not known as an emphasis word counts only if the document also writes it in lower case.
      const unsure = new Set(found.filter((item) => !item.confirmed).map((item) => item.actual.toLowerCase()))
      const lowercase = unsure.size > 0 ? lowercaseWordsIn(tree, unsure) : unsure
      for (const shouting of found) {
        if (!shouting.confirmed && !lowercase.has(shouting.actual.toLowerCase())) continue
        const lower = shouting.actual.toLowerCase()
        report(file, {
          ruleId: 'exclamation',
          reason: texts.capitals(shouting.actual),
          place: {start: shouting.start, end: shouting.end},
          actual: shouting.actual,
          expected: [shouting.sentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower],
          note: texts.capitalsNote
        })
      }
    })
  }
}
