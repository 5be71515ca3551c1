import type {SentenceContent} from 'nlcst'
import type {Position} from 'unist'
import type {NominalStyleData, NounEntry, Slot, SupportForm, Trigger} from './data.js'
import {SentenceTokens} from './tokens.js'

export interface NominalFinding {
  readonly kind: 'nominal' | 'happen'
  /** What `ignore` matches: the noun (`beslut`) or the `ske` form (`sker`), lower case. */
  readonly key: string
  readonly actual: string
  readonly place: Position | undefined
  /** Replacements in the matching tense; empty when the sentence needs a rewrite. */
  readonly expected: readonly string[]
  /** The plain verb (infinitive) for the message when there is no replacement. */
  readonly verb: string
  readonly source?: string
  /** Index of the last token of the finding. */
  readonly end: number
}

/** Limits that keep a match inside one noun phrase. */
const maxBetween = 3
const maxModifiersAfterArticle = 2
const maxModifiersBare = 1

/** The finding that starts at word `start`, or undefined. */
export function findNominal(
  data: NominalStyleData,
  children: readonly SentenceContent[],
  start: number,
  trigger: Trigger
): NominalFinding | undefined {
  const tokens = new SentenceTokens(children)
  if (trigger.kind === 'support') return supportVerb(data, tokens, start, trigger.form)
  if (trigger.kind === 'copula') return objectOf(data, tokens, start, trigger.slot)
  return happen(data, tokens, start)
}

/** The words after a support verb up to its noun: `gör vi en noggrann bedömning`. */
interface NounPhrase {
  readonly between: readonly number[]
  readonly subject: boolean
  readonly modifiers: number
  readonly noun: number
  readonly entry: NounEntry
}

function nounPhrase(
  data: NominalStyleData,
  tokens: SentenceTokens,
  verbIndex: number,
  accept: (entry: NounEntry) => boolean
): NounPhrase | undefined {
  const between: number[] = []
  let subject = false
  let at = verbIndex
  for (;;) {
    const next = tokens.next(at)
    const word = tokens.word(next)
    const isSubject = data.subjects.has(word)
    if (between.length >= maxBetween || (!isSubject && !data.between.has(word))) break
    between.push(next)
    subject ||= isSubject
    at = next
  }
  const articleIndex = tokens.next(at)
  const hasArticle = data.articles.has(tokens.word(articleIndex))
  if (hasArticle) at = articleIndex
  const maxModifiers = hasArticle ? maxModifiersAfterArticle : maxModifiersBare
  for (let modifiers = 0; modifiers <= maxModifiers; modifiers++) {
    const next = tokens.next(at)
    const word = tokens.word(next)
    if (word === '') return undefined
    const entry = data.nouns.get(word)
    if (entry && accept(entry)) return {between, subject, modifiers, noun: next, entry}
    if (data.stopWords.has(word) || data.articles.has(word) || !isLowerCaseWord(tokens.text(next))) return undefined
    at = next
  }
  return undefined
}

/** `gör en bedömning av`, `fattade beslut`, `vidtar åtgärder mot`, `genomförs en kartläggning`. */
function supportVerb(
  data: NominalStyleData,
  tokens: SentenceTokens,
  start: number,
  form: SupportForm
): NominalFinding | undefined {
  const phrase = nounPhrase(data, tokens, start, (entry) => entry.with.has(form.verb))
  if (!phrase) return form.passive ? passiveAfterNoun(data, tokens, start, form) : undefined
  if (form.slots.includes('past') && isParticiple(data, tokens, start)) return undefined
  const {entry} = phrase
  if (entry.onlyBefore && !entry.onlyBefore.has(tokens.word(tokens.next(phrase.noun)))) return undefined
  // `göra ett snabbt val`, `gjort ett val som …`: what describes the noun would be lost with it.
  if (entry.noModifiers && (phrase.modifiers > 0 || data.relativeAfter.has(tokens.word(tokens.next(phrase.noun))))) {
    return undefined
  }

  let end = phrase.noun
  let expected: string[] = []
  if (!form.passive && phrase.modifiers === 0) {
    const after = tokens.next(phrase.noun)
    const afterWord = tokens.word(after)
    const object = tokens.next(after)
    // `gör en anmälan om du …`: `om` starts a clause (if), not the object (about).
    const dropped =
      entry.drop.has(afterWord) &&
      tokens.isWord(object) &&
      !(data.clauseStarts.has(afterWord) && data.clauseSubjects.has(tokens.word(object)))
    if (dropped || fitsAfter(data, tokens, entry, after)) {
      if (dropped) end = after
      const forms = new Set(slotsInContext(data, tokens, start, form.slots, phrase.subject).map((slot) => entry.verb[slot]))
      const betweenText = phrase.between.map((index) => tokens.text(index)).join(' ')
      expected = [...forms].map((verb) => withBetween(verb, betweenText))
    }
  }
  return finding(tokens, 'nominal', tokens.word(phrase.noun), start, end, expected, entry.verb.inf, entry.source)
}

/**
 * `Beslut fattades om …`, `En utredning genomförs`: the noun first, then the passive support verb. No fix: the
 * sentence needs a rewrite that says who acts (`Nämnden beslutade …`).
 */
function passiveAfterNoun(
  data: NominalStyleData,
  tokens: SentenceTokens,
  start: number,
  form: SupportForm
): NominalFinding | undefined {
  const nounIndex = tokens.previous(start)
  const entry = data.nouns.get(tokens.word(nounIndex))
  if (!entry?.with.has(form.verb) || !entry.nounFirst || !isLowerCaseWord(tokens.text(nounIndex).toLowerCase())) {
    return undefined
  }
  // `Beslut fattas av nämnden`: the actor is named.
  if (data.happen.actorAfter.has(tokens.word(tokens.next(start)))) return undefined
  const article = tokens.previous(nounIndex)
  const first = data.articles.has(tokens.word(article)) ? article : nounIndex
  // Only a sentence that opens with the noun (`Beslut fattades om …`); `innan beslut fattas` is idiomatic.
  if (tokens.previous(first) !== -1) return undefined
  return finding(tokens, 'nominal', tokens.word(nounIndex), first, start, [], entry.verb.inf, entry.source)
}

/** Whether the plain verb can stand right before token `after` without the noun's preposition. */
function fitsAfter(data: NominalStyleData, tokens: SentenceTokens, entry: NounEntry, after: number): boolean {
  const word = tokens.word(after)
  if (entry.keep.has(word)) return true
  if (!entry.absolute) return false
  if (after === -1) return true
  if (word !== '') return !data.relativeAfter.has(word)
  const mark = tokens.text(after)
  if (mark === ',') return !data.relativeAfter.has(tokens.word(tokens.next(after)))
  return mark === '.' || mark === '!' || mark === '?' || mark === ';' || mark === ':'
}

/**
 * The slots a form fills here. `gör` is present or imperative: imperative at the start of a sentence without a
 * subject, present after a subject, either after `och`, `eller` or a comma (then the fix offers both).
 */
function slotsInContext(
  data: NominalStyleData,
  tokens: SentenceTokens,
  start: number,
  slots: readonly Slot[],
  subject: boolean
): readonly Slot[] {
  if (!slots.includes('imp')) return slots
  if (subject) return slots.filter((slot) => slot !== 'imp')
  const before = tokens.previous(start)
  const mark = before === -1 ? '' : tokens.text(before)
  if (before === -1 || (!tokens.isWord(before) && (mark === ':' || mark === '•' || mark === '-' || mark === '–'))) {
    return ['imp']
  }
  const word = tokens.word(before)
  if (word === 'och' || word === 'eller' || mark === ',') return slots
  return slots.filter((slot) => slot !== 'imp')
}

/** `verb` with the kept words after its first word: `följer` + `inte` + `upp`, `bedömer vi`. */
function withBetween(verb: string, between: string): string {
  if (between === '') return verb
  const space = verb.indexOf(' ')
  return space === -1 ? `${verb} ${between}` : `${verb.slice(0, space)} ${between}${verb.slice(space)}`
}

/** `alla fattade beslut`, `Fattade beslut kan överklagas`, `nämndens fattade beslut`: a participle, not a verb. */
function isParticiple(data: NominalStyleData, tokens: SentenceTokens, start: number): boolean {
  if (!tokens.word(start).endsWith('ade')) return false
  const before = tokens.previous(start)
  if (before === -1) return true
  const word = tokens.word(before)
  return data.participleAfter.has(word) || (word.length > 3 && word.endsWith('s'))
}

/** `är föremål för prövning` → `prövas`. */
function objectOf(data: NominalStyleData, tokens: SentenceTokens, start: number, slot: Slot): NominalFinding | undefined {
  let at = start
  for (const word of data.objectOfPhrase) {
    at = tokens.next(at)
    if (tokens.word(at) !== word) return undefined
  }
  let modifiers = 0
  for (;;) {
    const next = tokens.next(at)
    const word = tokens.word(next)
    const entry = data.nouns.get(word)
    if (entry?.passive) {
      const after = tokens.next(next)
      const clean = modifiers === 0 && !data.relativeAfter.has(tokens.word(after)) && tokens.text(after) !== ','
      const expected = clean ? [entry.passive[slot]] : []
      return finding(tokens, 'nominal', word, start, next, expected, entry.verb.inf, entry.source)
    }
    if (word === '' || modifiers >= maxModifiersBare || data.stopWords.has(word) || !isLowerCaseWord(tokens.text(next))) {
      return undefined
    }
    modifiers++
    at = next
  }
}

/**
 * `Utbetalning sker`, `insamling bör ske`, `sker en sammanslagning`: an action written as a noun with `ske`. Only when
 * the noun is an indefinite verbal noun right before `ske` (past modals and auxiliaries) or right after it: on real
 * text `valideringen sker` or `adoptioner sker` were nearly always clear, and an editor left them.
 */
function happen(data: NominalStyleData, tokens: SentenceTokens, start: number): NominalFinding | undefined {
  const {happen} = data
  const before = tokens.previous(start)
  const beforeWord = tokens.word(before)
  // `det som sker`, `vad som skedde`: what happens.
  if (beforeWord === 'som' && happen.relativeAfter.has(tokens.word(tokens.previous(before)))) return undefined
  // `sker av handläggaren`: the actor is named.
  if (happen.actorAfter.has(tokens.word(tokens.next(start)))) return undefined
  const subject = verbalNounBefore(data, tokens, start) ?? verbalNounAfter(data, tokens, start)
  if (subject === undefined) return undefined
  const first = happen.auxiliaries.has(beforeWord) && tokens.word(start) === 'skett' ? before : start
  return finding(tokens, 'happen', tokens.word(start), first, start, [], '', happen.source)
}

/** `Utbetalning kan ske`, `Delredovisningar ska ske`, `Utbetalning har skett`: the noun before `ske`. */
function verbalNounBefore(data: NominalStyleData, tokens: SentenceTokens, start: number): number | undefined {
  let at = tokens.previous(start)
  for (let steps = 0; steps < 3 && data.happen.helpers.has(tokens.word(at)); steps++) at = tokens.previous(at)
  // `hur rekryteringen sker`: how a process works, not an action hidden in a noun.
  if (data.happen.questionWords.has(tokens.word(tokens.previous(at)))) return undefined
  return isVerbalNoun(data, tokens, at) ? at : undefined
}

/** `sker en sammanslagning`, `skedde ett införande`: the noun after `ske` with its article. */
function verbalNounAfter(data: NominalStyleData, tokens: SentenceTokens, start: number): number | undefined {
  const article = tokens.next(start)
  if (!data.articles.has(tokens.word(article))) return undefined
  const noun = tokens.next(article)
  return isVerbalNoun(data, tokens, noun) ? noun : undefined
}

/** A noun made from a verb (`utbetalning`, `deltagandet`, `omprövningen`), not an event or a participle. */
function isVerbalNoun(data: NominalStyleData, tokens: SentenceTokens, index: number): boolean {
  const word = tokens.word(index)
  if (word.length < 7 || data.happen.events.has(word) || data.happen.notVerbalNouns.has(word)) return false
  return verbalNounEnding.test(word)
}

const verbalNounEnding = /(?:ning|ningen|ningar|ningarna|ering|eringar|ande|andet|else|elsen|elser|elserna)$/u

function finding(
  tokens: SentenceTokens,
  kind: NominalFinding['kind'],
  key: string,
  start: number,
  end: number,
  expected: readonly string[],
  verb: string,
  source: string | undefined
): NominalFinding {
  const head = tokens.children[start]!.position
  const tail = tokens.children[end]!.position
  return {
    kind,
    key,
    actual: tokens.slice(start, end),
    place: head && tail ? {start: head.start, end: tail.end} : undefined,
    expected,
    verb,
    ...(source ? {source} : {}),
    end
  }
}

/** A word of lower-case letters (an adjective or determiner before the noun), not a name, number or symbol. */
function isLowerCaseWord(text: string): boolean {
  return /^[\p{Ll}][\p{Ll}-]*$/u.test(text)
}

