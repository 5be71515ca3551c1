import {readDataFile} from '@klarsprak/core'

/** A verb form's grammatical slot: infinitive, present, imperative, past or supine. */
export type Slot = 'inf' | 'pres' | 'imp' | 'past' | 'sup'

const slots: readonly Slot[] = ['inf', 'pres', 'imp', 'past', 'sup']

/** The forms of a verb by slot (`imp` falls back to `inf`). */
export type Conjugation = Readonly<Record<Slot, string>>

/** A form of a support verb found in the text. */
export interface SupportForm {
  /** The verb's infinitive, as in `with` of the noun entries (`genomföra`). */
  readonly verb: string
  /** Slots this form can fill (`gör`: present or imperative); empty for a passive form. */
  readonly slots: readonly Slot[]
  readonly passive: boolean
}

/** A verbal noun and the plain verb that can replace it with its support verb. */
export interface NounEntry {
  readonly with: ReadonlySet<string>
  readonly verb: Conjugation
  readonly passive?: Conjugation
  readonly drop: ReadonlySet<string>
  readonly keep: ReadonlySet<string>
  readonly absolute: boolean
  /** Only a finding before one of these words (`vidta åtgärder mot`): without it the verb lacks its object. */
  readonly onlyBefore?: ReadonlySet<string>
  /** No adjective between the article and the noun (`göra ett val`, not `göra ett snabbt val`). */
  readonly noModifiers: boolean
  /** Whether `<noun> <passive support verb>` opening a sentence is reported (`Beslut fattades`). */
  readonly nounFirst: boolean
  readonly source?: string
}

export interface HappenData {
  readonly forms: ReadonlySet<string>
  readonly auxiliaries: ReadonlySet<string>
  readonly relativeAfter: ReadonlySet<string>
  readonly events: ReadonlySet<string>
  readonly actorAfter: ReadonlySet<string>
  /** Modals and auxiliaries that may stand between the noun and `ske` (`Utbetalning kan ske`). */
  readonly helpers: ReadonlySet<string>
  /** Words with a verbal-noun ending that are not verbal nouns (`följande`, `motsvarande`). */
  readonly notVerbalNouns: ReadonlySet<string>
  /** `hur rekryteringen sker`: a question word before the noun describes a process. */
  readonly questionWords: ReadonlySet<string>
  readonly source: string
}

/** What a word can start: a support verb, a `vara/bli` before `föremål för`, or `ske`. */
export type Trigger =
  | {readonly kind: 'support'; readonly form: SupportForm}
  | {readonly kind: 'copula'; readonly slot: Slot}
  | {readonly kind: 'happen'}

export interface NominalStyleData {
  /** Every word that can start a finding, lower case. */
  readonly triggers: ReadonlyMap<string, Trigger>
  /** Noun forms (lower case) → entry. */
  readonly nouns: ReadonlyMap<string, NounEntry>
  /** `föremål för`. */
  readonly objectOfPhrase: readonly string[]
  readonly subjects: ReadonlySet<string>
  readonly between: ReadonlySet<string>
  readonly articles: ReadonlySet<string>
  readonly stopWords: ReadonlySet<string>
  readonly participleAfter: ReadonlySet<string>
  readonly relativeAfter: ReadonlySet<string>
  /** Prepositions that may also start a clause (`om` = if), and the subjects that show they do. */
  readonly clauseStarts: ReadonlySet<string>
  readonly clauseSubjects: ReadonlySet<string>
  readonly happen: HappenData
  /** Fixed phrases with a verb to rewrite with (`finns ett behov av` → `behöver`). */
  readonly phrases: ReadonlyArray<{readonly forms: readonly string[]; readonly hint: readonly string[]; readonly source?: string}>
  /** `införandet av`: the suffix, the word after it, words that only look like it, and verbs that differ from the stem. */
  readonly definiteVerbalNoun: {
    readonly suffix: string
    readonly after: string
    /** The word before it, unless it opens the sentence. */
    readonly onlyAfter: ReadonlySet<string>
    readonly exclude: ReadonlySet<string>
    readonly verbs: ReadonlyMap<string, string>
    readonly source: string
  }
}

type Forms = string | string[]
type RawConjugation = Partial<Record<Slot, Forms>>

interface RawData {
  supportVerbs: Record<string, RawConjugation & {passive?: string[]}>
  objectOf: {phrase: string[]; copula: RawConjugation}
  nouns: Array<{
    nouns: string[]
    with: string[]
    verb: Partial<Record<Slot, string>>
    passive?: Partial<Record<Slot, string>>
    drop?: string[]
    keep?: string[]
    absolute?: boolean
    onlyBefore?: string[]
    noModifiers?: boolean
    nounFirst?: boolean
    source?: string
  }>
  subjects: string[]
  between: string[]
  articles: string[]
  stopWords: string[]
  participleAfter: string[]
  relativeAfter: string[]
  clauseStarts: string[]
  clauseSubjects: string[]
  happen: {
    forms: string[]
    auxiliaries: string[]
    relativeAfter: string[]
    events: string[]
    actorAfter: string[]
    helpers: string[]
    notVerbalNouns: string[]
    questionWords: string[]
    source: string
  }
  phrases: Array<{forms: string[]; hint: string[]; source?: string}>
  definiteVerbalNoun: {suffix: string; after: string; onlyAfter: string[]; exclude: string[]; verbs: Record<string, string>; source: string}
}

const dataUrl = new URL('../../data/nominal-style.yml', import.meta.url)

const list = (value: Forms | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

function conjugation(raw: Partial<Record<Slot, string>>, where: string): Conjugation {
  const result = {} as Record<Slot, string>
  for (const slot of slots) {
    const value = raw[slot] ?? (slot === 'imp' ? raw.inf : undefined)
    if (typeof value !== 'string') throw new Error(`${where}: no ${slot} form`)
    result[slot] = value
  }
  return result
}

/** Read and index `data/nominal-style.yml`; throws on a malformed entry or a word listed twice. */
export function loadNominalStyle(url: URL = dataUrl): NominalStyleData {
  const raw = readDataFile<RawData>(url)
  const triggers = new Map<string, Trigger>()
  const addTrigger = (form: string, trigger: Trigger, where: string) => {
    const existing = triggers.get(form)
    if (existing?.kind === 'support' && trigger.kind === 'support') {
      // `gör` is present and imperative: one form, several slots.
      if (existing.form.verb !== trigger.form.verb || existing.form.passive !== trigger.form.passive) {
        throw new Error(`${url.pathname}: ${where}: ${form} is listed twice`)
      }
      const merged = [...new Set([...existing.form.slots, ...trigger.form.slots])]
      triggers.set(form, {kind: 'support', form: {...existing.form, slots: merged}})
      return
    }
    if (existing) throw new Error(`${url.pathname}: ${where}: ${form} is listed twice`)
    triggers.set(form, trigger)
  }

  for (const [verb, forms] of Object.entries(raw.supportVerbs)) {
    for (const slot of slots) {
      const found = list(forms[slot] ?? (slot === 'imp' ? forms.inf : undefined))
      for (const form of found) addTrigger(form, {kind: 'support', form: {verb, slots: [slot], passive: false}}, verb)
    }
    for (const form of forms.passive ?? []) addTrigger(form, {kind: 'support', form: {verb, slots: [], passive: true}}, verb)
  }
  for (const slot of slots) {
    if (slot === 'imp') continue
    for (const form of list(raw.objectOf.copula[slot])) addTrigger(form, {kind: 'copula', slot}, 'objectOf')
  }
  for (const form of raw.happen.forms) addTrigger(form, {kind: 'happen'}, 'happen')

  const nouns = new Map<string, NounEntry>()
  raw.nouns.forEach((item, index) => {
    const where = `${url.pathname}: noun entry ${index + 1}`
    for (const verb of item.with) if (!raw.supportVerbs[verb]) throw new Error(`${where}: unknown support verb ${verb}`)
    const entry: NounEntry = {
      with: new Set(item.with),
      verb: conjugation(item.verb, where),
      ...(item.passive ? {passive: conjugation(item.passive, where)} : {}),
      drop: new Set(item.drop ?? []),
      keep: new Set(item.keep ?? []),
      absolute: item.absolute === true,
      ...(item.onlyBefore ? {onlyBefore: new Set(item.onlyBefore)} : {}),
      noModifiers: item.noModifiers === true,
      nounFirst: item.nounFirst !== false,
      ...(item.source ? {source: item.source} : {})
    }
    for (const noun of item.nouns) {
      if (nouns.has(noun)) throw new Error(`${where}: ${noun} is listed twice`)
      nouns.set(noun, entry)
    }
  })

  return {
    triggers,
    nouns,
    objectOfPhrase: raw.objectOf.phrase,
    subjects: new Set(raw.subjects),
    between: new Set(raw.between),
    articles: new Set(raw.articles),
    stopWords: new Set(raw.stopWords),
    participleAfter: new Set(raw.participleAfter),
    relativeAfter: new Set(raw.relativeAfter),
    clauseStarts: new Set(raw.clauseStarts),
    clauseSubjects: new Set(raw.clauseSubjects),
    happen: {
      forms: new Set(raw.happen.forms),
      auxiliaries: new Set(raw.happen.auxiliaries),
      relativeAfter: new Set(raw.happen.relativeAfter),
      events: new Set(raw.happen.events),
      actorAfter: new Set(raw.happen.actorAfter),
      helpers: new Set(raw.happen.helpers),
      notVerbalNouns: new Set(raw.happen.notVerbalNouns),
      questionWords: new Set(raw.happen.questionWords),
      source: raw.happen.source
    },
    phrases: raw.phrases,
    definiteVerbalNoun: {
      ...raw.definiteVerbalNoun,
      onlyAfter: new Set(raw.definiteVerbalNoun.onlyAfter),
      exclude: new Set(raw.definiteVerbalNoun.exclude),
      verbs: new Map(Object.entries(raw.definiteVerbalNoun.verbs))
    }
  }
}
