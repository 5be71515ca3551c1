import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {loadSpeller} from '@klarsprak/spell'
import {readDataFile, report, type LanguageRule, type RuleMeta, type RuleOptions} from '@klarsprak/core'
import {exclamation} from '@klarsprak/core'

type DetectOptions = exclamation.DetectOptions
type ExclamationMark = exclamation.ExclamationMark
type Shouting = exclamation.Shouting
const {detect, lowercaseWordsIn, shoutingIn} = exclamation

export const meta: RuleMeta = {
  id: 'exclamation',
  defaultSeverity: 'info',
  fixable: 'suggestion',
  description: {
    sv: 'Utropstecken och ord i versaler (som att ropa) utanför rubriker och förkortningar.',
    en: 'Exclamation marks and words in capitals (shouting) outside headings and acronyms.'
  }
}

export interface Options extends RuleOptions {
  /** Words in capitals to accept, such as the organisation's own acronyms (`LUPP`, `SKA`). Default: none. */
  readonly ignore?: readonly string[]
  /** Whether to flag words in capitals; `false` checks exclamation marks only. Default: `true`. */
  readonly capitals?: boolean
}

interface ExclamationData {
  readonly acronyms: readonly string[]
  readonly shortShouting: readonly string[]
  readonly emphasis: readonly string[]
}

const data = readDataFile(new URL('../../data/exclamation.yml', import.meta.url)) as ExclamationData

const markNote =
  'Utropstecken behövs sällan i en myndighetstext och kan låta som att du höjer rösten. ' +
  'Källa: Myndigheternas skrivregler 13.3.'
const capitalsNote =
  'Ord med bara stora bokstäver läses som att du ropar och är svårare att läsa. ' +
  'Visa vad som är viktigt med ordval, ordföljd eller en rubrik i stället.'

/**
 * retext plugin: flags exclamation marks in running text (`!` after a sentence of more than three words, `!!`,
 * `?!`), but not one `!` after a short greeting (`Välkommen!`, `Tack!`) or inside a quotation, and words in capitals
 * used as shouting (`VIKTIGT`, `GLÖM INTE`), but not acronyms (`LSS`, `GDPR`, `SMS`). Headings (a paragraph of one
 * sentence without terminal punctuation) are skipped. Usable on its own in any unified pipeline with a Swedish
 * nlcst tree.
 */
export default function retextSvExclamation(options: Options = {}) {
  const accepted = [...(options.ignore ?? []), ...(options.words ?? []), ...(options.terms ?? [])]
  const settings: DetectOptions = {
    acronyms: new Set([...data.acronyms, ...accepted.filter((word) => word === word.toUpperCase())]),
    shortShouting: new Set(data.shortShouting),
    emphasis: new Set(data.emphasis),
    capitals: options.capitals !== false
  }

  return function (tree: Root, file: VFile): Promise<void> | undefined {
    const {marks, runs} = detect(tree, settings)
    for (const mark of marks) reportMark(file, mark)
    if (runs.length === 0) return undefined
    // The dictionary tells a shouted word (`VIKTIGT`) from an acronym (`MUCF`); it is loaded only when needed.
    return loadSpeller('sv').then((speller) => {
      const isWord = (lower: string) => speller.correct(lower)
      const found = runs.flatMap((run) => shoutingIn(run, settings, isWord))
      // A single word not known as an emphasis word counts only if the document also writes it in lower case.
      const unsure = new Set(found.filter((item) => !item.confirmed).map((item) => item.actual.toLowerCase()))
      const lowercase = unsure.size > 0 ? lowercaseWordsIn(tree, unsure) : unsure
      for (const shouting of found) {
        if (shouting.confirmed || lowercase.has(shouting.actual.toLowerCase())) reportShouting(file, shouting)
      }
    })
  }
}

function reportMark(file: VFile, mark: ExclamationMark): void {
  let reason: string
  let expected: string | undefined
  if (mark.question) {
    reason = `Skriv bara frågetecken i stället för ”${mark.actual}”.`
    expected = mark.terminal ? '?' : undefined
  } else if (mark.repeated) {
    reason = `Skriv punkt i stället för ”${mark.actual}”.`
    expected = mark.terminal ? '.' : undefined
  } else if (mark.terminal) {
    reason = 'Skriv punkt i stället för utropstecken.'
    expected = '.'
  } else {
    reason = 'Stryk utropstecknet.'
  }
  report(file, {
    ruleId: meta.id,
    reason,
    place: {start: mark.start, end: mark.end},
    actual: mark.actual,
    expected: expected === undefined ? undefined : [expected],
    note: markNote
  })
}

function reportShouting(file: VFile, shouting: Shouting): void {
  const lower = shouting.actual.toLowerCase()
  const suggestion = shouting.sentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
  report(file, {
    ruleId: meta.id,
    reason: `Undvik att skriva ”${shouting.actual}” med stora bokstäver.`,
    place: {start: shouting.start, end: shouting.end},
    actual: shouting.actual,
    expected: [suggestion],
    note: capitalsNote
  })
}

export const rule: LanguageRule = {meta, plugin: retextSvExclamation}
