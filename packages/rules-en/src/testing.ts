// Test helper (not part of the published API): runs one rule plugin on English plain text.
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {EnglishParser} from './parser/index.js'

export async function lintEn(
  text: string,
  plugin: Plugin<[any?], Root>,
  options?: Record<string, unknown>
): Promise<VFileMessage[]> {
  const file = new VFile(text)
  const tree = new EnglishParser().parse(text)
  await unified().use(plugin, options).run(tree, file)
  return file.messages
}

export function actuals(messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => message.actual ?? '')
}

/** Score `plugin` on the evaluation set `packages/rules-en/eval/<id>.yml`. */
export async function evaluateEn(id: string, plugin: Plugin<[any?], Root>) {
  const {evaluate, loadEvaluationSet} = await import('@klarsprak/core')
  const set = loadEvaluationSet(new URL(`../eval/${id}.yml`, import.meta.url))
  return evaluate(set, async (text) =>
    (await lintEn(text, plugin, set.options)).filter((m) => m.ruleId === id).map((m) => m.actual ?? '')
  )
}
