// Test helper (not part of the published API): runs one rule plugin on Swedish plain text.
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SwedishTextParser} from './parser/index.js'

export async function lintSv(
  text: string,
  plugin: Plugin<[any?], Root>,
  options?: Record<string, unknown>
): Promise<VFileMessage[]> {
  const file = new VFile(text)
  const tree = new SwedishTextParser().parse(text)
  await unified().use(plugin, options).run(tree, file)
  return file.messages
}

/** `actual` of each message, in order: the shortest readable summary for assertions. */
export function actuals(messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => message.actual ?? '')
}

/** Score `plugin` on the evaluation set `packages/rules-sv/eval/<id>.yml`. */
export async function evaluateSv(id: string, plugin: Plugin<[any?], Root>) {
  const {evaluate, loadEvaluationSet} = await import('@klarsprak/core')
  const set = loadEvaluationSet(new URL(`../eval/${id}.yml`, import.meta.url))
  return evaluate(set, async (text) =>
    (await lintSv(text, plugin, set.options)).filter((m) => m.ruleId === id).map((m) => m.actual ?? '')
  )
}
