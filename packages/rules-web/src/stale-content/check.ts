import type {Element} from 'hast'
import {report, type PageContext} from '@klarsprak/core'
import {selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import type {Point, Position} from 'unist'
import {pageHead, spanIn, startTag, visibleTexts} from '../page-text.js'
import {dateOfMatch, datePattern, formatDate, parseMachineDate} from './dates.js'

export interface StaleContentOptions {
  /** Months after which a page's newest date counts as stale (default 12). */
  readonly maxAgeMonths?: number
}

/** Words that introduce the page's own date, in Swedish and English. */
const label =
  /(?<!\p{L})(senast\s+(?:uppdaterad|ändrad|granskad|reviderad)|sidan\s+(?:uppdaterades|ändrades|granskades)|uppdaterad|uppdaterades|publicerad|publicerades|last\s+(?:updated|modified|reviewed)|updated|published|modified)(?:\s+(?:den|on|:))?[\s:–-]*$/iu

/** How far after a label its date may start (characters): "Senast uppdaterad: måndag den 5 mars 2024". */
const labelReach = 24

/** `<meta>` names and properties that hold the page's modification or publication date. */
const metaDates = new Set([
  'article:modified_time', 'article:published_time', 'og:updated_time', 'dcterms.modified', 'dcterms.date',
  'dcterms.issued', 'dc.date.modified', 'dc.date', 'dc.date.issued', 'last-modified', 'date', 'revised', 'modified',
  'datemodified', 'datepublished'
])

interface FoundDate {
  date: Date
  actual: string
  place: Position | Point | undefined
}

/**
 * `stale-content`: the newest date a page gives for itself (visible "Senast uppdaterad …" text, `<time datetime>`,
 * date `<meta>`, JSON-LD `dateModified`; the HTTP `Last-Modified` header only when the page has none) is older
 * than `maxAgeMonths`. Dates after now are not the page's own date (events to come) and are ignored.
 */
export function checkStaleContent(page: PageContext): void {
  const maxAge = Number((page.options as StaleContentOptions).maxAgeMonths)
  const months = Number.isFinite(maxAge) && maxAge > 0 ? maxAge : 12
  const found = [...textDates(page), ...elementDates(page)].filter((item) => item.date.getTime() <= page.now.getTime())
  if (found.length === 0 && page.lastModified) {
    const date = parseMachineDate(page.lastModified)
    if (date && date.getTime() <= page.now.getTime()) found.push({date, actual: page.lastModified, place: pageHead(page)})
  }
  if (found.length === 0) return
  const newest = found.reduce((best, item) => (item.date > best.date ? item : best))
  const limit = new Date(page.now.getTime())
  limit.setUTCMonth(limit.getUTCMonth() - months)
  if (newest.date >= limit) return
  const when = formatDate(newest.date, page.language)
  report(page.file, {
    ruleId: 'stale-content',
    reason:
      page.language === 'sv'
        ? `Sidan uppdaterades senast ${when}, för mer än ${months} månader sedan: se över innehållet och uppdatera det, eller ta bort sidan.`
        : `The page was last updated on ${when}, more than ${months} months ago: review and update it, or remove the page.`,
    place: newest.place,
    actual: newest.actual
  })
}

/** Dates right after a label in the visible text; the label and the date may sit in neighbouring elements. */
function textDates(page: PageContext): FoundDate[] {
  const runs = visibleTexts(page.tree)
  const found: FoundDate[] = []
  for (const [index, run] of runs.entries()) {
    const pattern = new RegExp(datePattern.source, 'giu')
    for (const match of run.value.matchAll(pattern)) {
      const before = run.value.slice(Math.max(0, match.index - labelReach - 40), match.index)
      const previous = index > 0 && before.trim() === '' ? runs[index - 1]!.value.slice(-80) : ''
      if (!labelled(before) && !(previous && labelled(previous + ' ' + before))) continue
      const date = dateOfMatch(match as RegExpExecArray)
      if (!date) continue
      found.push({date, actual: match[0], place: spanIn(page, run.node, match.index, match.index + match[0].length)})
    }
  }
  return found
}

/** Whether text ends with a date label, allowing a weekday or a few words between label and date. */
function labelled(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ')
  for (let cut = 0; cut <= labelReach && cut <= trimmed.length; cut++) {
    if (label.test(trimmed.slice(0, trimmed.length - cut))) {
      const between = trimmed.slice(trimmed.length - cut)
      if (/^[\p{L}\s,.:]*$/u.test(between)) return true
    }
  }
  return false
}

function elementDates(page: PageContext): FoundDate[] {
  const found: FoundDate[] = []
  for (const element of selectAll('time[datetime]', page.tree)) {
    const value = String(element.properties.dateTime ?? '')
    const date = parseMachineDate(value)
    const shown = toString(element).trim()
    if (date) found.push({date, actual: shown || value, place: shownPlace(page, element) ?? startTag(page.file, element)?.position})
  }
  for (const element of selectAll('meta[content]', page.tree)) {
    const key = String(element.properties.name ?? element.properties.property ?? element.properties.itemProp ?? element.properties.httpEquiv ?? '').toLowerCase()
    if (!metaDates.has(key)) continue
    const value = String(element.properties.content)
    const date = parseMachineDate(value)
    if (date) found.push({date, actual: value, place: startTag(page.file, element)?.position})
  }
  for (const element of selectAll('script[type="application/ld+json"]', page.tree)) {
    for (const match of toString(element).matchAll(/"date(?:Modified|Published)"\s*:\s*"([^"]+)"/g)) {
      const date = parseMachineDate(match[1]!)
      if (date) found.push({date, actual: match[1]!, place: startTag(page.file, element)?.position})
    }
  }
  return found
}

function shownPlace(page: PageContext, element: Element): Position | undefined {
  const text = element.children.find((child) => child.type === 'text' && child.value.trim() !== '')
  if (text?.type !== 'text') return undefined
  const lead = text.value.length - text.value.trimStart().length
  return spanIn(page, text, lead, lead + text.value.trim().length)
}
