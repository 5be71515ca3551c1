#!/usr/bin/env node
// Run by the root build after `scripts/build-data.js` has compiled the YAML data: stores the passive-voice verb
// lexicon (derived from dictionary-sv) as JSON, so no check has to derive it again.
import {writeLexiconCache} from '../dist/passive-voice/lexicon.js'

console.log(`rules-sv: passive-voice lexicon with ${writeLexiconCache()} forms written`)
