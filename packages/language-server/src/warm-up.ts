import {join} from 'node:path'
import {loadSpeller} from '@klarsprak/spell'
import type {Workspace} from './workspace.js'

/**
 * Checked once at start (made-up text that touches most rules), so that rule data is loaded and the code is warm
 * before the first real document.
 */
const warmUpText = [
  '# Ansökan om bygglov',
  'Du erhåller beslutet inom fyra veckor, t.ex. via e-tjänsten. Ansökan handläggs av nämnden och beslut fattas vid sammanträdet den 3 mars 2027 kl. 9.00.',
  'Man kan ringa kundtjänst på vardagar 8-16 om "ansökan" har frågor. Avgiften är 12000 kronor och betalas mot faktura!',
  '- Skicka ritningar och en situationsplan.\n- Fyll i blanketten och skicka den till oss.',
  'Läs mer på [vår webbplats](https://www.example.se). Genomförandet av en kartläggning sker under våren, och Onsdag den 5 maj är sista dagen.'
].join('\n\n')

/** Load dictionaries and rule data before the first document arrives, so that opening one is fast. */
export async function warmUp(workspace: Workspace, log?: (text: string) => void): Promise<void> {
  log?.('klarsprak: warming up')
  try {
    const settings = await workspace.settingsFor(join(workspace.folder ?? process.cwd(), 'warm-up.md'))
    // Swedish only: the English dictionaries load when a text needs them (as in the command).
    await workspace.linter.lint({path: 'warm-up.md', value: warmUpText}, workspace.withLanguage(settings, 'sv'))
    // Swedish spelling accepts English loan words, so the first Swedish text with an unknown word loads these.
    await loadSpeller('en')
    log?.('klarsprak: warmed up')
  } catch {
    // A config that cannot be used is reported when a document is checked.
  }
}
