import type {PageRule} from '@klarsprak/core'
import {missingLang} from './missing-lang/index.js'
import {pageContact} from './page-contact/index.js'
import {staleContent} from './stale-content/index.js'

export {missingLang} from './missing-lang/index.js'
export {pageContact} from './page-contact/index.js'
export {staleContent} from './stale-content/index.js'
export type {StaleContentOptions} from './stale-content/check.js'

/** Every web-page rule, for `new RuleRegistry(packs, {pageRules: webRules})`. */
export const webRules: readonly PageRule[] = [missingLang, staleContent, pageContact]
