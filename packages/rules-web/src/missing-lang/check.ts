import {languageFromTag, report, type Language, type PageContext} from '@klarsprak/core'
import {select} from 'hast-util-select'
import {pageHead, startTag} from '../page-text.js'

const languageName: Record<Language, Record<Language, string>> = {
  sv: {sv: 'svenska', en: 'engelska'},
  en: {sv: 'Swedish', en: 'English'}
}

/** Words of main content needed before the detected language is trusted against a declared `lang`. */
const minimumWords = 20

const text = {
  missing: {
    sv: (suggested: string) => `Ange sidans språk: skriv lang="${suggested}" på <html>, så att skärmläsare och översättning läser rätt.`,
    en: (suggested: string) => `Declare the page language: write lang="${suggested}" on <html>, so screen readers and translation read it right.`
  },
  contradicts: {
    sv: (declared: string, detected: Language) =>
      `Sidan har lang="${declared}" men texten är på ${languageName.sv[detected]}: ändra till lang="${detected}".`,
    en: (declared: string, detected: Language) =>
      `The page has lang="${declared}" but the text is in ${languageName.en[detected]}: change it to lang="${detected}".`
  }
}

/**
 * `missing-lang`: `<html>` has no `lang`, or its `lang` (Swedish or English) contradicts the language of the main
 * content. Other declared languages are left alone: detection only tells Swedish from English.
 */
export function checkMissingLang(page: PageContext): void {
  const html = select('html', page.tree)
  const tag = html ? startTag(page.file, html) : undefined
  const place = tag?.position ?? pageHead(page)
  const declared = page.declaredLanguage?.trim()
  if (!declared) {
    const suggested = page.detectedLanguage() ?? page.language
    report(page.file, {ruleId: 'missing-lang', reason: text.missing[page.language](suggested), place, actual: tag?.text ?? '<html>'})
    return
  }
  const declaredLanguage = languageFromTag(declared)
  if (!declaredLanguage) return
  const words = mainWords(page)
  if (words < minimumWords) return
  const detected = page.detectedLanguage()
  if (detected && detected !== declaredLanguage) {
    report(page.file, {ruleId: 'missing-lang', reason: text.contradicts[page.language](declared, detected), place, actual: tag?.text ?? '<html>'})
  }
}

function mainWords(page: PageContext): number {
  return page.mainText.match(/\p{L}+/gu)?.length ?? 0
}

// Frequent function words that settle most pages at once; trigram detection (about 1–2 ms a page) decides the rest.
const svWords = new Set(['och', 'att', 'det', 'är', 'som', 'för', 'på', 'med', 'du', 'vi', 'inte', 'har', 'av', 'till', 'om', 'kan', 'ska', 'din', 'dig', 'oss', 'eller', 'när', 'hur', 'i', 'den'])
const enWords = new Set(['the', 'and', 'of', 'to', 'is', 'you', 'we', 'for', 'with', 'not', 'are', 'in', 'on', 'your', 'our', 'can', 'will', 'be', 'this', 'that', 'or', 'if', 'how', 'when', 'it'])

/** Swedish or English when the function words leave no doubt (at least 8, and three times the other language's). */
function quickLanguage(text: string): Language | undefined {
  let sv = 0
  let en = 0
  for (const word of text.slice(0, 3000).toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (svWords.has(word)) sv++
    else if (enWords.has(word)) en++
  }
  if (sv >= 8 && sv >= 3 * en) return 'sv'
  if (en >= 8 && en >= 3 * sv) return 'en'
  return undefined
}
