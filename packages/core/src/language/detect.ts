import {franc} from 'franc-min'
import type {Language} from '../types.js'

export {languageFromTag} from './tags.js'

const iso3: Record<string, Language> = {swe: 'sv', eng: 'en'}

// Frequent function words: decide short texts that trigram statistics cannot.
const swedish = new Set(['och', 'att', 'det', 'är', 'som', 'för', 'på', 'med', 'du', 'vi', 'inte', 'har', 'en', 'av', 'till', 'om', 'kan', 'ska', 'din', 'dig', 'oss', 'vår', 'eller', 'när', 'hur'])
const english = new Set(['the', 'and', 'of', 'to', 'is', 'you', 'we', 'for', 'with', 'not', 'are', 'a', 'in', 'on', 'your', 'our', 'can', 'will', 'be', 'this', 'that', 'or', 'if', 'how', 'when'])

/** Detect Swedish or English; `undefined` when the text gives no evidence. */
export function detectLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 5000)
  const guess = franc(sample, {only: ['swe', 'eng'], minLength: 40})
  if (guess !== 'und') return iso3[guess]
  let sv = 0
  let en = 0
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (swedish.has(word)) sv++
    if (english.has(word)) en++
  }
  if (sv === en) return /[åäö]/i.test(sample) ? 'sv' : undefined
  return sv > en ? 'sv' : 'en'
}
