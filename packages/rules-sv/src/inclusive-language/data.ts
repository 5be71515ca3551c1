import {readDataFile} from '@klarsprak/core'

/** A gendered title form and its neutral form. */
export interface TitleForm {
  readonly form: string
  readonly neutral: string
  readonly note?: string
  readonly source?: string
}

export interface PronounPair {
  readonly phrase: string
  readonly expected: readonly string[]
}

export interface InclusiveLanguageData {
  readonly pronouns: readonly PronounPair[]
  readonly pronounSource: string
  /** Title forms by the whole word (lower case). */
  readonly titles: ReadonlyMap<string, TitleForm>
  /** Title forms that may end a compound, by their last four letters. */
  readonly compoundTails: ReadonlyMap<string, readonly TitleForm[]>
}

interface RawData {
  pronouns: Array<{forms: string[]; expected: string[]}>
  pronounSource: string
  titles: Array<{forms: Record<string, string>; compound?: boolean; note?: string; source?: string}>
}

const dataUrl = new URL('../../data/inclusive-language.yml', import.meta.url)

/** Length of the key of {@link InclusiveLanguageData.compoundTails}. */
export const tailLength = 4

/** Read and index `data/inclusive-language.yml`; throws on a form listed twice. */
export function loadInclusiveLanguage(url: URL = dataUrl): InclusiveLanguageData {
  const raw = readDataFile<RawData>(url)
  const pronouns: PronounPair[] = []
  for (const group of raw.pronouns) {
    for (const phrase of group.forms) pronouns.push({phrase, expected: group.expected})
  }
  const titles = new Map<string, TitleForm>()
  const compoundTails = new Map<string, TitleForm[]>()
  for (const entry of raw.titles) {
    for (const [form, neutral] of Object.entries(entry.forms)) {
      if (titles.has(form)) throw new Error(`${url.pathname}: ${form} is listed twice`)
      if (form !== form.toLowerCase()) throw new Error(`${url.pathname}: ${form} must be lower case`)
      const title: TitleForm = {
        form,
        neutral,
        ...(entry.note ? {note: entry.note} : {}),
        ...(entry.source ? {source: entry.source} : {})
      }
      titles.set(form, title)
      if (entry.compound) {
        const tail = form.slice(-tailLength)
        compoundTails.set(tail, [...(compoundTails.get(tail) ?? []), title])
      }
    }
  }
  return {pronouns, pronounSource: raw.pronounSource, titles, compoundTails}
}
