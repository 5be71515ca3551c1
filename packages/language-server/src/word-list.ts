import {appendFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, relative, resolve} from 'node:path'
import type {Language} from '@klarsprak/core'
import {texts} from './texts.js'
import type {Workspace} from './workspace.js'

/**
 * Add a word to the first word list of the document's config. Without one: a `.klarsprak-ord.txt` beside the
 * config, and a message saying how to add it to `dictionary` (the config file itself is never rewritten); without
 * any config: the word list and a new `.klarsprakrc.json` that uses it, in the workspace folder.
 */
export async function addToWordList(workspace: Workspace, path: string, word: string, language: Language): Promise<string | undefined> {
  const config = await workspace.configFor(path).catch(() => undefined)
  const append = (list: string) => {
    const existing = existsSync(list) ? readFileSync(list, 'utf8') : ''
    if (existing.split(/\r?\n/).some((line) => line.trim() === word)) return
    appendFileSync(list, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${word}\n`)
  }
  if (config?.dictionary[0]) {
    append(config.dictionary[0])
    return undefined
  }
  const listName = '.klarsprak-ord.txt'
  if (config?.path) {
    const list = join(dirname(config.path), listName)
    append(list)
    return texts[language].createdWordList(listName, basename(config.path))
  }
  const inWorkspace = workspace.folder !== undefined && !relative(workspace.folder, path).startsWith('..')
  const folder = inWorkspace ? workspace.folder! : dirname(path)
  append(join(folder, listName))
  const configFile = resolve(folder, '.klarsprakrc.json')
  if (!existsSync(configFile)) {
    writeFileSync(configFile, `${JSON.stringify({extends: ['klarsprak:recommended'], dictionary: [listName]}, null, 2)}\n`)
  }
  return texts[language].createdConfig('.klarsprakrc.json', listName)
}
