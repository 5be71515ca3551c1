import type {Language} from '@klarsprak/core'

/** Interface text of the report, in Swedish and English. */
export interface ReportTexts {
  locale: string
  title: string
  generated: (date: string, version: string) => string
  summaryHeading: string
  pages: string
  words: string
  findings: string
  findingsPer1000: string
  medianLix: string
  overLixLimit: string
  overLixLimitNote: (pagesWithLix: number, minWords: number) => string
  staleContent: string
  missingContact: string
  fetchErrors: string
  errors: string
  warnings: string
  infos: string
  lixHeading: string
  lixChartTitle: string
  lixChartDesc: (pages: number, limit: number) => string
  lixLimitLabel: (limit: number) => string
  lixRange: string
  pageCount: string
  noLix: string
  rulesHeading: string
  rulesChartTitle: string
  rulesChartDesc: (rules: number) => string
  rule: string
  count: string
  pagesWithRule: string
  noFindings: string
  worstHeading: string
  worstIntro: (shown: number, total: number) => string
  page: string
  lix: string
  allPages: (count: number) => string
  trendsHeading: string
  trendsChartTitle: string
  trendsChartDesc: (runs: number) => string
  trendsOneRun: string
  run: string
  share: string
  seriesFindings: string
  seriesMedianLix: string
  seriesOverLimit: string
  none: string
  skipToContent: string
  asTable: string
  overLimitMark: string
}

export const texts: Record<Language, ReportTexts> = {
  sv: {
    locale: 'sv-SE',
    title: 'Klarspråksrapport',
    generated: (date, version) => `Körning ${date}, klarsprak ${version}`,
    summaryHeading: 'Sammanfattning',
    pages: 'Sidor och filer',
    words: 'Ord',
    findings: 'Anmärkningar',
    findingsPer1000: 'Anmärkningar per 1 000 ord',
    medianLix: 'Median-LIX',
    overLixLimit: 'Sidor över LIX-gränsen',
    overLixLimitNote: (pages, minWords) => `av ${pages} sidor med minst ${minWords} ord; gränsen beror på texttypen`,
    staleContent: 'Sidor med inaktuellt innehåll',
    missingContact: 'Sidor utan kontaktuppgifter',
    fetchErrors: 'Sidor som inte gick att hämta',
    errors: 'Fel',
    warnings: 'Varningar',
    infos: 'Tips',
    lixHeading: 'Läsbarhet (LIX)',
    lixChartTitle: 'Sidor per LIX-intervall',
    lixChartDesc: (pages, limit) => `Stapeldiagram över ${pages} sidors LIX-värden i intervall om fem. Staplar över gränsen ${limit} är orange.`,
    lixLimitLabel: (limit) => `gräns ${limit}`,
    lixRange: 'LIX',
    pageCount: 'Antal sidor',
    noLix: 'Ingen sida har tillräckligt många ord för att LIX ska säga något.',
    rulesHeading: 'Anmärkningar per regel',
    rulesChartTitle: 'Anmärkningar per regel',
    rulesChartDesc: (rules) => `Liggande stapeldiagram över antalet anmärkningar för ${rules} regler, flest först.`,
    rule: 'Regel',
    count: 'Antal',
    pagesWithRule: 'Sidor',
    noFindings: 'Inga anmärkningar.',
    worstHeading: 'Sidor med flest anmärkningar',
    worstIntro: (shown, total) => `De ${shown} sidorna med flest fel och anmärkningar av ${total}.`,
    page: 'Sida',
    lix: 'LIX',
    allPages: (count) => `Alla ${count} sidor`,
    trendsHeading: 'Utveckling över tid',
    trendsChartTitle: 'Nyckeltal per körning',
    trendsChartDesc: (runs) => `Linjediagram över ${runs} körningar: anmärkningar per 1 000 ord, median-LIX och andel sidor över LIX-gränsen i procent.`,
    trendsOneRun: 'Historiken har bara en körning än; utvecklingen syns från nästa körning.',
    run: 'Körning',
    share: 'Andel',
    seriesFindings: 'Anmärkningar per 1 000 ord',
    seriesMedianLix: 'Median-LIX',
    seriesOverLimit: 'Sidor över LIX-gränsen (%)',
    none: '–',
    skipToContent: 'Till innehållet',
    asTable: 'Visa som tabell',
    overLimitMark: '▲ betyder att LIX är över gränsen för sidans texttyp.'
  },
  en: {
    locale: 'en-GB',
    title: 'Plain-language report',
    generated: (date, version) => `Run of ${date}, klarsprak ${version}`,
    summaryHeading: 'Summary',
    pages: 'Pages and files',
    words: 'Words',
    findings: 'Findings',
    findingsPer1000: 'Findings per 1,000 words',
    medianLix: 'Median LIX',
    overLixLimit: 'Pages over the LIX limit',
    overLixLimitNote: (pages, minWords) => `of ${pages} pages with at least ${minWords} words; the limit depends on the text type`,
    staleContent: 'Pages with stale content',
    missingContact: 'Pages without contact details',
    fetchErrors: 'Pages that could not be fetched',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Tips',
    lixHeading: 'Readability (LIX)',
    lixChartTitle: 'Pages per LIX range',
    lixChartDesc: (pages, limit) => `Bar chart of the LIX of ${pages} pages in ranges of five. Bars above the limit ${limit} are orange.`,
    lixLimitLabel: (limit) => `limit ${limit}`,
    lixRange: 'LIX',
    pageCount: 'Pages',
    noLix: 'No page has enough words for its LIX to mean anything.',
    rulesHeading: 'Findings per rule',
    rulesChartTitle: 'Findings per rule',
    rulesChartDesc: (rules) => `Horizontal bar chart of the number of findings for ${rules} rules, most first.`,
    rule: 'Rule',
    count: 'Count',
    pagesWithRule: 'Pages',
    noFindings: 'No findings.',
    worstHeading: 'Pages with the most findings',
    worstIntro: (shown, total) => `The ${shown} pages with the most errors and findings, of ${total}.`,
    page: 'Page',
    lix: 'LIX',
    allPages: (count) => `All ${count} pages`,
    trendsHeading: 'Over time',
    trendsChartTitle: 'Figures per run',
    trendsChartDesc: (runs) => `Line chart over ${runs} runs: findings per 1,000 words, median LIX and the share of pages over the LIX limit in per cent.`,
    trendsOneRun: 'The history has only one run so far; trends show from the next run.',
    run: 'Run',
    share: 'Share',
    seriesFindings: 'Findings per 1,000 words',
    seriesMedianLix: 'Median LIX',
    seriesOverLimit: 'Pages over the LIX limit (%)',
    none: '–',
    skipToContent: 'Skip to content',
    asTable: 'Show as a table',
    overLimitMark: '▲ means the LIX is over the limit for the page’s text type.'
  }
}
