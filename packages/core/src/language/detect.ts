import {franc} from 'franc-min'
import type {Language} from '../types.js'

export {languageFromTag} from './tags.js'

const iso3: Record<string, Language> = {swe: 'sv', eng: 'en'}

// Frequent function words: decide short texts that trigram statistics cannot.
const swedish = new Set(['och', 'att', 'det', 'är', 'som', 'för', 'på', 'med', 'du', 'vi', 'inte', 'har', 'en', 'av', 'till', 'om', 'kan', 'ska', 'din', 'dig', 'oss', 'vår', 'eller', 'när', 'hur'])
const english = new Set(['the', 'and', 'of', 'to', 'is', 'you', 'we', 'for', 'with', 'not', 'are', 'a', 'in', 'on', 'your', 'our', 'can', 'will', 'be', 'this', 'that', 'or', 'if', 'how', 'when'])

// Trigram statistics need text: on a sentence or two (`Du får beslutet eftersom din ansökan kom in. Pris: 1 000 000
// kr.`) they guessed English for Swedish. Function words decide first whenever they are clear; trigrams only
// decide a long text the function words leave open.
const shortText = 60
/** Function words of one language outnumber the other's this many times: clear evidence. */
const clearRatio = 3
/** At least this many function words before they count as clear evidence. */
const clearCount = 8

interface Counts {
  readonly sv: number
  readonly en: number
  readonly words: number
}

function countFunctionWords(sample: string): Counts {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  let sv = 0
  let en = 0
  for (const word of words) {
    if (swedish.has(word)) sv++
    if (english.has(word)) en++
  }
  return {sv, en, words: words.length}
}

/** The language the function words clearly point to, or undefined. */
function clearFromWords({sv, en}: Counts): Language | undefined {
  if (sv >= clearCount && sv >= clearRatio * en) return 'sv'
  if (en >= clearCount && en >= clearRatio * sv) return 'en'
  return undefined
}

/** Detect Swedish or English; `undefined` when the text gives no evidence. */
export function detectLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 5000)
  const counts = countFunctionWords(sample)
  const clear = clearFromWords(counts)
  if (clear) return clear
  const {sv, en} = counts
  const byWords: Language | undefined = sv === en ? (/[åäö]/i.test(sample) ? 'sv' : undefined) : sv > en ? 'sv' : 'en'
  if (counts.words < shortText && byWords) return byWords
  const guess = franc(sample, {only: ['swe', 'eng'], minLength: 40})
  return guess !== 'und' ? iso3[guess] : byWords
}

/**
 * The other language when the text clearly contradicts the one its document declares (a Swedish page whose template
 * says `lang="en"`): many more of the other language's function words, not a passage or a quotation.
 */
export function contradicts(declared: Language, text: string): Language | undefined {
  const counts = countFunctionWords(text.slice(0, 5000))
  const own = declared === 'sv' ? counts.sv : counts.en
  const other: Language = declared === 'sv' ? 'en' : 'sv'
  const theirs = declared === 'sv' ? counts.en : counts.sv
  // Stricter than detection: a declaration is evidence too.
  return theirs >= 3 * clearCount && theirs >= 2 * clearRatio * Math.max(own, 1) ? other : undefined
}
