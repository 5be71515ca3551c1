import type {Root, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {
  stringListOption,
  matchCase,
  report,
  sentencesIn,
  textOf,
  type LanguageRule,
  type RuleMeta, type OptionsSchema,
  type RuleOptions
} from '@klarsprak/core'
import {lowerTexts, PhraseIndex} from '../plain-words/phrase-index.js'
import {loadInclusiveLanguage, tailLength, type InclusiveLanguageData, type PronounPair, type TitleForm} from './data.js'

export const meta: RuleMeta = {
  id: 'inclusive-language',
  defaultSeverity: 'info',
  // The reader chooses between `hen`, `den` and a rewrite, and a title may name one known person: never automatic.
  fixable: 'suggestion',
  description: {
    sv: '”han/hon” om en okänd person, och könsbundna yrkestitlar med etablerade neutrala former.',
    en: '“han/hon” for an unknown person, and gendered job titles with established neutral forms (Swedish).'
  },
  options: {ignore: stringListOption} satisfies OptionsSchema<Options>
}

export interface Options extends RuleOptions {
  /** Pronoun pairs and titles to accept, in lower case as listed (`han/hon`, `talesman`). Default: none. */
  readonly ignore?: readonly string[]
}

interface Prepared {
  readonly data: InclusiveLanguageData
  readonly pronouns: PhraseIndex<PronounPair>
}

let shared: Prepared | undefined

function prepare(): Prepared {
  if (shared) return shared
  const data = loadInclusiveLanguage()
  const pronouns = new PhraseIndex<PronounPair>()
  for (const pair of data.pronouns) pronouns.add(pair.phrase, pair)
  shared = {data, pronouns}
  return shared
}

/** First words of the pronoun pairs: only these make a sentence worth a closer look. */
const pairStarts = new Set(['han', 'hon', 'honom', 'henne', 'hans', 'hennes'])

function startsPair(text: string): boolean {
  if (pairStarts.has(text)) return true
  const first = text.charAt(0)
  return first !== first.toLowerCase() && pairStarts.has(text.toLowerCase())
}

/**
 * retext plugin: flags `han/hon` (not the written-out `han eller hon`, which MS 8.1 accepts) and their object and genitive forms (a person of unknown gender;
 * suggests `hen` or `den`) and gendered job titles with an established neutral form (`talesman` → `talesperson`,
 * `lärarinna` → `lärare`). Usable on its own in any unified pipeline with a Swedish nlcst tree.
 */
export default function retextSvInclusiveLanguage(options: Options = {}) {
  const {data, pronouns} = prepare()
  const ignored = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))

  return function (tree: Root, file: VFile) {
    for (const sentence of sentencesIn(tree)) {
      const children = sentence.children
      let texts: string[] | undefined
      let sentenceStart = true
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!
        if (child.type !== 'WordNode') continue
        const text = textOf(child)
        const atStart = sentenceStart
        sentenceStart = false

        if (startsPair(text)) {
          texts ??= lowerTexts(children)
          const match = pronouns.match(children, texts, index, (found) => !ignored.has(found.value.phrase))
          if (match) {
            flagPronouns(file, children, match.start, match.end, match.value, data.pronounSource)
            index = match.end
          }
          continue
        }

        const title = findTitle(data, text, atStart)
        if (title && !ignored.has(title.form)) flagTitle(file, child, text, title)
      }
    }
  }
}

/** The title a word is or ends with, and the word's neutral form. Capitalised words inside a sentence are names. */
function findTitle(
  data: InclusiveLanguageData,
  text: string,
  atStart: boolean
): (TitleForm & {readonly replacement: string}) | undefined {
  const first = text.charAt(0)
  const capitalised = first !== first.toLowerCase()
  if (capitalised && !atStart) return undefined
  const lower = capitalised ? text.toLowerCase() : text
  const whole = data.titles.get(lower)
  if (whole) return {...whole, replacement: whole.neutral}
  if (lower.length <= tailLength + 2) return undefined
  const candidates = data.compoundTails.get(lower.slice(-tailLength))
  if (!candidates) return undefined
  for (const title of candidates) {
    // A compound needs a first part of at least two letters (`presstalesman`).
    if (lower.length >= title.form.length + 2 && lower.endsWith(title.form)) {
      return {...title, replacement: lower.slice(0, lower.length - title.form.length) + title.neutral}
    }
  }
  return undefined
}

function flagPronouns(
  file: VFile,
  children: readonly SentenceContent[],
  start: number,
  end: number,
  pair: PronounPair,
  source: string
): void {
  let actual = ''
  for (let index = start; index <= end; index++) {
    const child = children[index]!
    actual += child.type === 'WordNode' ? textOf(child) : 'value' in child ? child.value : ''
  }
  const expected = pair.expected.map((value) => matchCase(actual, value))
  const choices = expected.map((value) => `”${value}”`).join(' eller ')
  const head = children[start]!.position
  const tail = children[end]!.position
  report(file, {
    ruleId: meta.id,
    reason: `Skriv ${choices}, eller skriv om meningen, i stället för ”${actual}”.`,
    place: head && tail ? {start: head.start, end: tail.end} : undefined,
    actual,
    expected,
    note:
      'Skriv inte ”han” eller ”hon” om en person vars kön du inte vet. Skriv ”hen” eller ”den”, skriv i plural ' +
      `eller upprepa substantivet. Undvik ”han/hon”. Källa: Myndigheternas skrivregler ${source.replace(/^MS /, '')}.`
  })
}

function flagTitle(file: VFile, word: Word, actual: string, title: TitleForm & {readonly replacement: string}): void {
  const replacement = matchCase(actual, title.replacement)
  report(file, {
    ruleId: meta.id,
    reason: `Skriv ”${replacement}” i stället för ”${actual}”.`,
    place: word,
    actual,
    expected: [replacement],
    note:
      'Språkrådet rekommenderar samma yrkesbeteckning oavsett kön.' +
      (title.note ? ` ${title.note}` : '') +
      (title.source ? ` Källa: ${sourceName(title.source)}.` : '')
  })
}

/** The data file's short source keys written out for the message. */
function sourceName(source: string): string {
  return source
    .replace('Frågelådan', 'Språkrådets frågelåda (svar 26282)')
    .replace('Språkfrågan', 'Språkrådet, Språkfrågan 2021')
    .replace('MS 8.1', 'Myndigheternas skrivregler 8.1')
}

export const rule: LanguageRule = {meta, plugin: retextSvInclusiveLanguage}
