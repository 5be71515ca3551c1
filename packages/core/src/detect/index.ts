export {findIdentityNumbers, parseIdentityNumber, luhnValid} from './personal-identity-number.js'
export type {
  IdentityNumber,
  IdentityNumberKind,
  IdentityNumberMatch,
  IdentityNumberOptions
} from './personal-identity-number.js'
export {positionedText} from './text-positions.js'
export type {PositionedText} from './text-positions.js'
export {identityNumbersInTree, reportIdentityNumbers} from './tree-scan.js'
export type {IdentityNumberTexts, PlacedIdentityNumber} from './tree-scan.js'
export * as exclamation from './exclamation.js'
export {findMixedSpellings, stem} from './mixed-spellings.js'
export type {MixedSpelling, MixedSpellingSettings} from './mixed-spellings.js'
export {hasHyphen, isHyphen, isSpellingWord, keyOf, leadingLetters, withoutSoftHyphens} from './spelling-keys.js'
