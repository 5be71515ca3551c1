import {parse} from 'yaml'

/** Read data for a template from JSON or YAML text (YAML also reads JSON); throws with the parser's first line. */
export function parseDataText(text: string, format: 'json' | 'yaml'): unknown {
  const value = text.replace(/^\ufeff/, '')
  return format === 'json' ? JSON.parse(value) : parse(value)
}
