// Runs every rule's labelled evaluation set (packages/rules-*/eval/<rule-id>.yml) through the rule alone, parsed
// with its language's plain-text parser, and scores precision and recall.
import {readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {Linter, RuleRegistry, evaluate, loadEvaluationSet, parseDocument} from '../../packages/core/dist/index.js'
import {english} from '../../packages/rules-en/dist/index.js'
import {swedish} from '../../packages/rules-sv/dist/index.js'
import {webRules} from '../../packages/rules-web/dist/index.js'

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const packs = {sv: swedish, en: english}

/** Every evaluation set on disk, as {language, id, path}. */
export function evaluationSets() {
  const sets = []
  for (const language of ['sv', 'en']) {
    const folder = join(root, `packages/rules-${language}/eval`)
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.yml')) sets.push({language, id: name.slice(0, -4), path: join(folder, name)})
    }
  }
  // Web-page rules (packages/rules-web/eval): whole HTML pages, language from the set itself.
  const web = join(root, 'packages/rules-web/eval')
  for (const name of readdirSync(web).sort()) {
    if (name.endsWith('.yml')) sets.push({language: 'sv', id: name.slice(0, -4), path: join(web, name), web: true})
  }
  return sets
}

/** Score a web-page rule: each case is a whole page linted by the engine with only that rule on. */
async function scorePageRule({id, path}) {
  const set = loadEvaluationSet(path)
  if (!webRules.some((rule) => rule.meta.id === id)) throw new Error(`${path}: no web-page rule \`${id}\``)
  const linter = new Linter(new RuleRegistry([swedish, english], {pageRules: webRules}))
  const settings = {language: 'auto', textType: 'web', rules: new Map([[id, {severity: 'warning', options: set.options}]]), words: [], terms: []}
  const now = set.now ? new Date(set.now) : new Date()
  return evaluate(set, async (text) => {
    const result = await linter.lint({path: 'sida.html', value: text, format: 'html', page: {now}}, settings)
    return result.messages.filter((message) => message.ruleId === id).map((message) => message.actual ?? '')
  })
}

/** Score one set; throws when the set names a rule its language pack does not have. */
export async function score({language, id, path, web}) {
  if (web) return scorePageRule({id, path})
  const pack = packs[language]
  const rule = pack.rules.find((candidate) => candidate.meta.id === id)
  if (!rule) throw new Error(`${path}: no ${language} rule \`${id}\``)
  await pack.prepare?.()
  const set = loadEvaluationSet(path)
  const processor = unified().use(rule.plugin, set.options ?? {}).freeze()
  const Parser = pack.TextParser ?? pack.Parser
  return evaluate(set, async (text) => {
    const file = new VFile(text)
    // Markup formats go through core's parsers, which also record links (`file.data.links`).
    const tree = set.format && set.format !== 'text' ? (await parseDocument(file, set.format)).toNlcst(pack.Parser, file) : new Parser().parse(text)
    await processor.run(tree, file)
    return file.messages.filter((message) => message.ruleId === id).map((message) => message.actual ?? '')
  })
}
