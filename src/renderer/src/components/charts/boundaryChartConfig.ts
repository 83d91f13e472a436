// The decision-line chart: the rows as points (fail and pass differ in colour AND shape, for
// colour-blind students and washed-out projectors), the line H(x) = threshold as a segment, rings
// around the wrong predictions and around the row picked (the shading is drawn by shadingPlugin).
import type { TooltipItem } from 'chart.js'
import { formatFixed } from '@core/format'
import type { ChartPalette } from './chartPalette'
import type { Boundary, PlotBounds } from './decisionBoundary'
import type { ChartPoint, LineChartConfig } from './chartSetup'
import { applyTooltipLook, axisLook, CHART_BASE_OPTIONS } from './chartLook'

export const CLASS0 = 0
export const CLASS1 = 1
export const LINE = 2
/** Rings around the rows the model predicts wrongly. */
export const WRONG = 3
/** A ring around the row picked, pointed at, or focused in the table. */
export const MARK = 4
/** The points' own datasets, which the tooltip reads out. */
const ROWS = new Set([CLASS0, CLASS1])

export interface BoundaryLabels {
  class0: string
  class1: string
  line: string
  wrong: string
  mark: string
  xAxis: string
  yAxis: string
}

export interface BoundaryLook {
  palette: ChartPalette
  labels: BoundaryLabels
  bounds: PlotBounds
}

/** "1.2345 × x1 − 0.5000 × x2 + 3.0000": the left side of the line's equation, 4 decimals. */
export function lineExpression(
  weights: readonly number[],
  bias: number,
  names: readonly string[]
): string {
  const term = (value: number, suffix: string, first: boolean): string => {
    const magnitude = formatFixed(Math.abs(value), 4) + suffix
    if (first) return value < 0 ? `−${magnitude}` : magnitude
    return `${value < 0 ? '−' : '+'} ${magnitude}`
  }
  return [
    term(weights[0], ` × ${names[0]}`, true),
    term(weights[1], ` × ${names[1]}`, false),
    term(bias, '', false)
  ].join(' ')
}

/** A point Chart.js skips, breaking the line: between the separate pieces of a curve. */
const GAP: ChartPoint = { x: Number.NaN, y: Number.NaN }

/** The line's two ends, a curve's pieces with gaps between them, or nothing to draw. */
export function linePoints(boundary: Boundary): ChartPoint[] {
  if (boundary.kind === 'segment') return [boundary.from, boundary.to]
  if (boundary.kind !== 'curve') return []
  return boundary.lines.flatMap((line, k) => (k === 0 ? line : [GAP, ...line]))
}

function ring(options: Record<string, unknown>) {
  return {
    data: [],
    parsing: false as const,
    showLine: false,
    pointStyle: 'circle' as const,
    pointHitRadius: 0,
    backgroundColor: 'transparent',
    ...options
  }
}

export function boundaryChartConfig(look: BoundaryLook): LineChartConfig {
  const config: LineChartConfig = {
    type: 'line',
    data: {
      datasets: [
        { data: [], parsing: false, showLine: false, pointStyle: 'crossRot', pointRadius: 7 },
        { data: [], parsing: false, showLine: false, pointStyle: 'circle', pointRadius: 5.5 },
        { data: [], parsing: false, pointRadius: 0, pointHitRadius: 0, borderWidth: 2.5 },
        ring({ pointRadius: 11, pointBorderWidth: 2.5 }),
        ring({ pointRadius: 15, pointBorderWidth: 2, borderDash: [3, 3] })
      ]
    },
    options: {
      ...CHART_BASE_OPTIONS,
      interaction: { mode: 'nearest', intersect: true },
      // A fixed margin, not one sized to the largest point drawn: a ring appearing at the edge
      // (a picked row) must not move the plot under the pointer in the middle of an edit.
      layout: { autoPadding: false, padding: 8 },
      plugins: {
        tooltip: { filter: (item) => ROWS.has(item.datasetIndex) }
      }
    }
  }
  applyBoundaryLook(config, look)
  return config
}

/** Colours, texts and the plotted box: at creation, and on theme, language or data changes. */
export function applyBoundaryLook(chart: LineChartConfig, look: BoundaryLook): void {
  const { palette, labels, bounds } = look
  const [class0, class1, line, wrong, mark] = chart.data.datasets
  Object.assign(class0, {
    label: labels.class0,
    borderColor: palette.warning,
    backgroundColor: palette.warning,
    pointBorderWidth: 2.5
  })
  Object.assign(class1, {
    label: labels.class1,
    borderColor: palette.accent,
    backgroundColor: palette.accent
  })
  Object.assign(line, {
    label: labels.line,
    borderColor: palette.text,
    backgroundColor: palette.text
  })
  Object.assign(wrong, { label: labels.wrong, borderColor: palette.danger })
  Object.assign(mark, { label: labels.mark, borderColor: palette.text })
  const axis = (text: string, min: number, max: number) => ({
    type: 'linear' as const,
    min,
    max,
    ...axisLook(palette, text)
  })
  chart.options.scales = {
    x: axis(labels.xAxis, bounds.xMin, bounds.xMax),
    y: axis(labels.yAxis, bounds.yMin, bounds.yMax)
  }
  applyTooltipLook(chart, palette, {
    label: (item: TooltipItem<'line'>) => {
      const { x, y } = item.parsed
      // Features as given (the data helper stores them as typed).
      const at = (value: number | null) => (value === null ? '' : String(value))
      return `${item.dataset.label ?? ''}: (${labels.xAxis} ${at(x)}, ${labels.yAxis} ${at(y)})`
    }
  })
}
