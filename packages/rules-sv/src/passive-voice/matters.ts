import type {Sentence, SentenceContent} from 'nlcst'
import {wordText} from '../word-text.js'
import {joinedAfter, joinedBefore, type PassiveMatch} from './detect.js'

// Plain-language advice is not against the passive as such (Myndigheternas skrivregler 1.3.3: it is fine where the
// actor is obvious or unimportant). It is against passives that hide who acts where the reader needs to know: what
// the authority does with the reader's case (`Din ansökan har beviljats`, `Du kontaktas`) and what the reader must
// do (`Ansökan ska skickas in`), and against the double passive (`föreslås inrättas`). Labelled real text showed that
// almost every other passive (`visas`, `används`, `beskattas`) is one a writer would dismiss.

/** Why a passive is worth a finding, or undefined when it is not. */
export type Reason = 'reader' | 'duty' | 'double'

export const readerWords: ReadonlySet<string> = new Set(['du', 'dig', 'din', 'ditt', 'dina'])
// What a reader applies for, sends or gets back: the nouns of a case (definite and indefinite forms).
const caseNouns = new Set(
  [
    'ansökan', 'ansökningen', 'ansökningar', 'ansökningarna', 'ärende', 'ärendet', 'ärenden', 'ärendena', 'beslut',
    'beslutet', 'besluten', 'blankett', 'blanketten', 'blanketter', 'blanketterna', 'intyg', 'intyget', 'intygen',
    'handling', 'handlingen', 'handlingar', 'handlingarna', 'avgift', 'avgiften', 'avgifter', 'avgifterna', 'faktura',
    'fakturan', 'fakturor', 'fakturorna', 'anmälan', 'anmälningen', 'begäran', 'komplettering', 'kompletteringen',
    'kompletteringar', 'underlag', 'underlaget', 'underlagen', 'beställning', 'beställningen', 'bokning', 'bokningen',
    'betalning', 'betalningen', 'bygglov', 'bygglovet', 'överklagande', 'överklagandet', 'yttrande', 'yttrandet',
    'svar', 'svaret', 'kallelse', 'kallelsen', 'bidrag', 'bidraget', 'ersättning', 'ersättningen'
  ]
)
const duties = new Set(['ska', 'skall', 'måste', 'bör', 'behöver'])
// The first verb of a double passive takes an s-infinitive (`föreslås inrättas`, `beräknas kunna lämnas`).
const doubleStarts = new Set([
  'föreslås', 'föreslogs', 'beräknas', 'beräknades', 'planeras', 'planerades', 'rekommenderas', 'förutsätts',
  'förutsattes', 'anses', 'ansågs', 'bedöms', 'bedömdes', 'förväntas', 'förväntades', 'väntas', 'uppskattas',
  'avses', 'avsågs', 'önskas', 'tillåts', 'tilläts', 'påstås', 'sägs'
])
// What is shown or used rarely has an actor the reader needs (`innehåll som visas på startsidan`).
const actorRarelyMatters = new Set(['visas', 'visades', 'visats', 'används', 'användas', 'användes', 'använts'])

/** In a letter, a sentence this short without the reader or a case is a status line (`Annonsen har skapats`). */
const statusLineWords = 6

const lower = (child: SentenceContent) => (child.type === 'WordNode' ? wordText(child).toLowerCase() : '')

/** The actor is named (`granskas av handläggaren`): `av` right after the passive or after one particle. */
function namesActor(children: readonly SentenceContent[], last: number): boolean {
  let next = joinedAfter(children, last)
  for (let step = 0; step < 2 && next !== -1; step++) {
    if (lower(children[next]!) === 'av') return true
    next = joinedAfter(children, next)
  }
  return false
}

/** A duty: `ska`, `måste`, `bör` or `behöver` right before the s-infinitive (adverbs like `inte` may come between). */
function isDuty(children: readonly SentenceContent[], first: number): boolean {
  let at = joinedBefore(children, first)
  for (let step = 0; step < 3 && at !== -1; step++) {
    const word = lower(children[at]!)
    if (duties.has(word)) return true
    if (!['inte', 'också', 'även', 'alltid', 'därför', 'sedan', 'först', 'senast'].includes(word)) return false
    at = joinedBefore(children, at)
  }
  return false
}

/** An s-passive that takes an s-infinitive, right after it or after `att` (`föreslås inrättas`, `planeras att byggas`). */
function isDoublePassive(children: readonly SentenceContent[], match: PassiveMatch, other: PassiveMatch): boolean {
  if (match.kind !== 's' || other.kind !== 's') return false
  const [first, second] = match.first < other.first ? [match, other] : [other, match]
  if (!doubleStarts.has(lower(children[first.first]!))) return false
  let next = joinedAfter(children, first.last)
  if (next !== -1 && lower(children[next]!) === 'att') next = joinedAfter(children, next)
  return next === second.first
}

/** What the text around a passive says about its reader. */
export interface Setting {
  /** A letter or e-mail: one reader, about their own case. */
  readonly letter: boolean
  /** The document speaks to its reader as `du` somewhere. */
  readonly addressed: boolean
}

/**
 * Why `match` is a passive worth a finding in `sentence`, or undefined. Worth it: a double passive; else, where
 * the actor is not named (`av …`), a passive in a sentence about the reader (`du`, `din`), a duty on a case in a
 * text that speaks to its reader (`Ansökan ska skickas in`), and in a letter what the authority did or will do
 * (but not a status line such as `Annonsen har skapats`).
 */
export function whyItMatters(sentence: Sentence, match: PassiveMatch, all: readonly PassiveMatch[], setting: Setting): Reason | undefined {
  const children = sentence.children
  if (all.some((other) => other !== match && isDoublePassive(children, match, other))) return 'double'
  if (namesActor(children, match.last)) return undefined
  if (actorRarelyMatters.has(lower(children[match.first]!))) return undefined
  // A relative clause describes a thing (`information som sparas`); who does it is seldom the point there.
  const before = joinedBefore(children, match.first)
  if (before !== -1 && lower(children[before]!) === 'som') return undefined
  let reader = false
  let caseNoun = false
  let words = 0
  for (const child of children) {
    if (child.type !== 'WordNode') continue
    words++
    const word = lower(child)
    if (readerWords.has(word)) reader = true
    else if (caseNouns.has(word)) caseNoun = true
  }
  if (match.kind === 's' && caseNoun && (setting.addressed || setting.letter) && isDuty(children, match.first)) return 'duty'
  if (reader) return 'reader'
  if (setting.letter && (caseNoun || words > statusLineWords)) return 'reader'
  return undefined
}
