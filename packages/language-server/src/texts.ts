import type {Language} from '@klarsprak/core'

/** Everything the server says to the user, in the document's language (Swedish first). */
export const texts = {
  sv: {
    replace: (actual: string, expected: string) => `Ersätt ”${actual}” med ”${expected}”`,
    remove: (actual: string) => `Ta bort ”${actual}”`,
    disableLine: (rule: string) => `Stäng av ${rule} på den här raden`,
    addWord: (word: string) => `Lägg till ”${word}” i ordlistan`,
    fixAll: 'Rätta alla säkra problem i filen',
    example: 'Exempel',
    better: 'Bättre',
    documentation: 'Dokumentation',
    createdWordList: (list: string, config: string) =>
      `Ordet står nu i ${list}. Lägg till filen i ”dictionary” i ${config} så att den används: "dictionary": ["${list}"].`,
    createdConfig: (config: string, list: string) => `Ordet står nu i ${list}, och ${config} har skapats med den ordlistan.`,
    configProblem: (file: string, key: string, reason: string, fatal: boolean) =>
      fatal
        ? `Klarspråk: konfigurationen ${file} kunde inte användas${key ? ` (”${key}”)` : ''}: ${reason}. Filer som den gäller för kontrolleras inte förrän den är rättad.`
        : `Klarspråk: ”${key}” i ${file} hoppas över: ${reason}. Resten av konfigurationen gäller.`,
    configDiagnostic: (key: string, reason: string, fatal: boolean) =>
      `${key ? `”${key}”: ` : ''}${reason} (${fatal ? 'konfigurationen används inte' : 'hoppas över; resten av konfigurationen gäller'})`,
    ruleFailed: (rule: string) => `Regeln ${rule} misslyckades och hoppas över`,
    nothingToFix: 'Det finns inget säkert att rätta i filen.'
  },
  en: {
    replace: (actual: string, expected: string) => `Replace “${actual}” with “${expected}”`,
    remove: (actual: string) => `Remove “${actual}”`,
    disableLine: (rule: string) => `Disable ${rule} on this line`,
    addWord: (word: string) => `Add “${word}” to the word list`,
    fixAll: 'Fix all safe problems in this file',
    example: 'Example',
    better: 'Better',
    documentation: 'Documentation',
    createdWordList: (list: string, config: string) =>
      `The word is now in ${list}. Add that file to “dictionary” in ${config} so that it is used: "dictionary": ["${list}"].`,
    createdConfig: (config: string, list: string) => `The word is now in ${list}, and ${config} was created with that word list.`,
    configProblem: (file: string, key: string, reason: string, fatal: boolean) =>
      fatal
        ? `Klarspråk: the configuration ${file} could not be used${key ? ` (“${key}”)` : ''}: ${reason}. Files it applies to are not checked until it is fixed.`
        : `Klarspråk: “${key}” in ${file} is skipped: ${reason}. The rest of the configuration applies.`,
    configDiagnostic: (key: string, reason: string, fatal: boolean) =>
      `${key ? `“${key}”: ` : ''}${reason} (${fatal ? 'the configuration is not used' : 'skipped; the rest of the configuration applies'})`,
    ruleFailed: (rule: string) => `The rule ${rule} failed and is skipped`,
    nothingToFix: 'There is nothing safe to fix in this file.'
  }
} satisfies Record<Language, Record<string, unknown>>

export type Texts = (typeof texts)['sv']
