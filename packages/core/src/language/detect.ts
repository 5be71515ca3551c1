import {franc} from 'franc-min'
import type {Language} from '../types.js'

export {languageFromTag} from './tags.js'

const iso3: Record<string, Language> = {swe: 'sv', eng: 'en'}

// Frequent function words: decide short texts that trigram statistics cannot.
const swedish = new Set(['och', 'att', 'det', 'är', 'som', 'för', 'på', 'med', 'du', 'vi', 'inte', 'har', 'en', 'av', 'till', 'om', 'kan', 'ska', 'din', 'dig', 'oss', 'vår', 'eller', 'när', 'hur'])
const english = new Set(['the', 'and', 'of', 'to', 'is', 'you', 'we', 'for', 'with', 'not', 'are', 'a', 'in', 'on', 'your', 'our', 'can', 'will', 'be', 'this', 'that', 'or', 'if', 'how', 'when'])

// Trigram statistics need text: on a sentence or two (`Du får beslutet eftersom din ansökan kom in. Pris: 1 000 000
// kr.`) they guessed English for Swedish. Below this many words the function words decide, and trigrams only when
// those give no answer.
const shortText = 60

/** Detect Swedish or English; `undefined` when the text gives no evidence. */
export function detectLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 5000)
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  let sv = 0
  let en = 0
  for (const word of words) {
    if (swedish.has(word)) sv++
    if (english.has(word)) en++
  }
  const byWords: Language | undefined = sv === en ? (/[åäö]/i.test(sample) ? 'sv' : undefined) : sv > en ? 'sv' : 'en'
  if (words.length < shortText && byWords) return byWords
  const guess = franc(sample, {only: ['swe', 'eng'], minLength: 40})
  return guess !== 'und' ? iso3[guess] : byWords
}
