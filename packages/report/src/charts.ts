import {escapeHtml as e} from './escape.js'

/** Colours with at least 4.5:1 contrast against white, so bars and lines are visible to people with low vision. */
export const colors = {ink: '#1a1a1a', muted: '#4d4d4d', grid: '#d0d0d0', blue: '#1f5fa8', orange: '#a84f00', green: '#2a6e2f'}

export interface Bar {
  label: string
  value: number
  /** Drawn in the warning colour (a LIX range above the limit). */
  highlight?: boolean
}

interface ChartText {
  /** Unique within the page: used for the ids that tie the title and description to the chart. */
  id: string
  title: string
  desc: string
}

/** Round an axis maximum up to 1, 2 or 5 times a power of ten, and give the step between ticks. */
export function niceScale(max: number, ticks = 5, integer = false): {max: number; step: number} {
  if (!(max > 0)) return {max: 1, step: 1}
  const raw = max / ticks
  const power = 10 ** Math.floor(Math.log10(raw))
  let step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw)!
  // Counts (pages) get whole-number ticks.
  if (integer) step = Math.max(1, Math.round(step))
  return {max: Math.ceil(max / step) * step, step: Math.max(step, 1e-9)}
}

const svgOpen = (text: ChartText, width: number, height: number, extraClass: string) =>
  `<svg class="chart ${extraClass}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
  `<title id="${text.id}-title">${e(text.title)}</title><desc id="${text.id}-desc">${e(text.desc)}</desc>`

const fmt = (value: number, locale: string) => new Intl.NumberFormat(locale, {maximumFractionDigits: 1}).format(value)

/**
 * A vertical bar chart (the LIX histogram). `limitAfter` draws a dashed line after that many bars, labelled
 * `limitLabel`.
 */
export function histogram(bars: readonly Bar[], text: ChartText & {xLabel: string; yLabel: string; locale: string; limitAfter?: number; limitLabel?: string}): string {
  const width = 640
  const height = 300
  const left = 52
  const right = 12
  const top = 40
  const bottom = 52
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const {max, step} = niceScale(Math.max(0, ...bars.map((bar) => bar.value)), 5, true)
  const slot = plotWidth / Math.max(1, bars.length)
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight
  let svg = svgOpen(text, width, height, 'histogram')
  for (let tick = 0; tick <= max + 1e-9; tick += step) {
    svg += `<line x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="${colors.grid}"/>`
    svg += `<text x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="${colors.muted}">${e(fmt(tick, text.locale))}</text>`
  }
  bars.forEach((bar, index) => {
    const x = left + index * slot + slot * 0.12
    const barWidth = slot * 0.76
    const barTop = y(bar.value)
    const fill = bar.highlight ? colors.orange : colors.blue
    svg +=
      `<rect class="bar" data-label="${e(bar.label)}" data-value="${bar.value}" x="${x.toFixed(1)}" y="${barTop.toFixed(1)}" ` +
      `width="${barWidth.toFixed(1)}" height="${(top + plotHeight - barTop).toFixed(1)}" fill="${fill}"><title>${e(`${bar.label}: ${bar.value}`)}</title></rect>`
    if (bar.value > 0) {
      svg += `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(barTop - 4).toFixed(1)}" text-anchor="middle" font-size="12" fill="${colors.ink}">${bar.value}</text>`
    }
    svg += `<text x="${(x + barWidth / 2).toFixed(1)}" y="${top + plotHeight + 16}" text-anchor="middle" font-size="11" fill="${colors.ink}">${e(bar.label)}</text>`
  })
  if (text.limitAfter !== undefined) {
    const x = (left + text.limitAfter * slot).toFixed(1)
    // The label sits above the bars' value labels, so they never overlap.
    svg += `<line class="limit" x1="${x}" x2="${x}" y1="${top - 22}" y2="${top + plotHeight}" stroke="${colors.ink}" stroke-width="1.5" stroke-dasharray="5 4"/>`
    svg += `<text x="${Number(x) + 5}" y="${top - 26}" font-size="12" fill="${colors.ink}">${e(text.limitLabel ?? '')}</text>`
  }
  svg += `<line x1="${left}" x2="${width - right}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="${colors.ink}"/>`
  svg += `<text x="${left + plotWidth / 2}" y="${height - 8}" text-anchor="middle" font-size="12" fill="${colors.ink}">${e(text.xLabel)}</text>`
  svg += `<text transform="translate(14 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle" font-size="12" fill="${colors.ink}">${e(text.yLabel)}</text>`
  return svg + '</svg>'
}

/** A horizontal bar chart with the labels on the left (findings per rule). */
export function horizontalBars(bars: readonly Bar[], text: ChartText & {locale: string}): string {
  const width = 640
  const row = 26
  const labelWidth = 210
  const valueWidth = 56
  const top = 8
  const height = top * 2 + row * Math.max(1, bars.length)
  const plotWidth = width - labelWidth - valueWidth
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  let svg = svgOpen(text, width, height, 'bars')
  bars.forEach((bar, index) => {
    const y = top + index * row
    const barWidth = Math.max(1, (bar.value / max) * plotWidth)
    svg += `<text x="${labelWidth - 8}" y="${y + row / 2 + 4}" text-anchor="end" font-size="12" fill="${colors.ink}">${e(bar.label)}</text>`
    svg +=
      `<rect class="bar" data-label="${e(bar.label)}" data-value="${bar.value}" x="${labelWidth}" y="${y + 4}" width="${barWidth.toFixed(1)}" ` +
      `height="${row - 8}" fill="${bar.highlight ? colors.orange : colors.blue}"><title>${e(`${bar.label}: ${bar.value}`)}</title></rect>`
    svg += `<text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + row / 2 + 4}" font-size="12" fill="${colors.ink}">${e(fmt(bar.value, text.locale))}</text>`
  })
  return svg + '</svg>'
}

export interface Series {
  key: string
  name: string
  color: string
  /** One value per run; `null` leaves a gap. */
  values: ReadonlyArray<number | null>
  /** Dash pattern, so the lines differ by more than colour. */
  dash?: string
}

/** A line chart of several series over runs, with a point per value and a legend. */
export function lineChart(labels: readonly string[], series: readonly Series[], text: ChartText & {locale: string}): string {
  const width = 640
  const height = 320
  const left = 48
  const right = 20
  const top = 20 + 20 * series.length
  const bottom = 44
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const all = series.flatMap((line) => line.values.filter((value): value is number => value !== null))
  const {max, step} = niceScale(Math.max(0, ...all))
  const x = (index: number) => left + (labels.length === 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth)
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight
  let svg = svgOpen(text, width, height, 'trend')
  series.forEach((line, index) => {
    const legendY = 14 + index * 20
    svg += `<line x1="${left}" x2="${left + 28}" y1="${legendY}" y2="${legendY}" stroke="${line.color}" stroke-width="3"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/>`
    svg += `<text x="${left + 36}" y="${legendY + 4}" font-size="12" fill="${colors.ink}">${e(line.name)}</text>`
  })
  for (let tick = 0; tick <= max + 1e-9; tick += step) {
    svg += `<line x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="${colors.grid}"/>`
    svg += `<text x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="${colors.muted}">${e(fmt(tick, text.locale))}</text>`
  }
  // At most about eight date labels, so they do not overlap.
  const every = Math.max(1, Math.ceil(labels.length / 8))
  labels.forEach((label, index) => {
    if (index % every !== 0 && index !== labels.length - 1) return
    const anchor = labels.length > 1 && index === 0 ? 'start' : labels.length > 1 && index === labels.length - 1 ? 'end' : 'middle'
    svg += `<text x="${x(index).toFixed(1)}" y="${top + plotHeight + 18}" text-anchor="${anchor}" font-size="11" fill="${colors.ink}">${e(label)}</text>`
  })
  for (const line of series) {
    svg += `<g class="series" data-series="${e(line.key)}">`
    // A gap (null) splits the line into separate pieces.
    let piece: string[] = []
    const flush = () => {
      if (piece.length > 1) {
        svg += `<polyline fill="none" stroke="${line.color}" stroke-width="2.5"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''} points="${piece.join(' ')}"/>`
      }
      piece = []
    }
    line.values.forEach((value, index) => {
      if (value === null) return flush()
      piece.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`)
    })
    flush()
    line.values.forEach((value, index) => {
      if (value === null) return
      svg +=
        `<circle class="point" data-value="${value}" cx="${x(index).toFixed(1)}" cy="${y(value).toFixed(1)}" r="4" fill="${line.color}">` +
        `<title>${e(`${labels[index]}: ${line.name} ${fmt(value, text.locale)}`)}</title></circle>`
    })
    svg += '</g>'
  }
  svg += `<line x1="${left}" x2="${width - right}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="${colors.ink}"/>`
  return svg + '</svg>'
}
