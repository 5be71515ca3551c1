import type {TextType} from './types.js'

/** Longest sentence, in words, before `sentence-length` warns (rules.md). */
export const sentenceLengthLimit: Readonly<Record<TextType, number>> = {
  web: 20,
  email: 20,
  letter: 25,
  'easy-read': 15
}

/** Highest document LIX before `readability-lix` warns (rules.md). */
export const lixLimit: Readonly<Record<TextType, number>> = {
  web: 40,
  email: 40,
  letter: 45,
  'easy-read': 30
}
