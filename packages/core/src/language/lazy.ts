import type {Language} from '../types.js'

/**
 * Detect Swedish or English in prose, as the engine does for `language: auto`. The detector (franc) is loaded on
 * first use, so importing core stays cheap for documents that declare their language.
 */
export async function detectProseLanguage(text: string): Promise<Language | undefined> {
  const {detectLanguage} = await import('./detect.js')
  return detectLanguage(text)
}
