// Made-up results of a site run, with figures chosen so the report's numbers can be worked out by hand.
import type {FileStats} from '@klarsprak/core'

interface Message {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
}

function stats(words: number, lix: number | null): FileStats {
  return {words, sentences: 10, longWords: 10, lix, ovix: null, nominalRatio: null, passiveShare: 0, longSentenceShare: 0}
}

function page(path: string, words: number, lix: number | null, messages: Message[]) {
  return {
    path,
    language: 'sv',
    textType: 'web',
    stats: stats(words, lix),
    messages: messages.map((message, index) => ({...message, line: index + 1, column: 1, endLine: index + 1, endColumn: 5, fingerprint: `${path}#${index}`}))
  }
}

const plain: Message = {ruleId: 'plain-words', severity: 'warning', message: 'Skriv ”får” i stället för ”erhåller”.'}
const stale: Message = {ruleId: 'stale-content', severity: 'warning', message: 'Sidan uppdaterades senast 2019.'}
const contact: Message = {ruleId: 'page-contact', severity: 'info', message: 'Sidan saknar kontaktuppgifter.'}
const pin: Message = {ruleId: 'personal-identity-number', severity: 'error', message: 'Ta bort personnumret 19121212-1212.'}

/** Two shards' JSON results: 7 pages, 6 with a LIX (one is too short), 1,000 words, 10 findings. */
export function shardResults() {
  const first = [
    page('https://www.exempel.se/', 200, 18, [plain]),
    page('https://www.exempel.se/avfall', 150, 33, [plain, plain, stale]),
    page('https://www.exempel.se/bygglov', 150, 42, [contact])
  ]
  const second = [
    page('https://www.exempel.se/skola', 150, 47, [pin, plain]),
    page('https://www.exempel.se/omsorg', 150, 58, [stale, contact]),
    page('https://www.exempel.se/<b>fet</b>?a=1&b=2', 170, 71, [plain]),
    page('https://www.exempel.se/kort', 30, 20, [])
  ]
  const doc = (files: unknown[]) => ({version: 1, tool: {name: 'klarsprak', version: '0.1.0'}, files, summary: {files: files.length, errors: 0, warnings: 0, infos: 0, fixed: 0}})
  return [doc(first), doc(second)]
}
