import type {TextType} from './types.js'

/**
 * The sentence length to aim for, in words: the long-sentence share in the figures counts sentences above it. An
 * average of 15–20 words reads well; single sentences a little over are fine.
 */
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

/**
 * Most words a sentence may have before `sentence-length` reports it. Above the aim by a margin: on labelled real
 * text an editor asked for a split of fewer than half of the sentences of 21–25 words and of most above 25.
 */
export const sentenceLengthFinding: Readonly<Record<TextType, number>> = {
  web: 25,
  email: 25,
  letter: 25,
  'easy-read': 15
}
