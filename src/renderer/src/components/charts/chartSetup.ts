// Chart.js is tree-shakable: register only the pieces these charts draw with, once. No Legend:
// each chart has an HTML legend, which screen readers read and which leaves the canvas its height.
import {
  Chart,
  Decimation,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip
} from 'chart.js'
import type { ChartConfiguration, ChartOptions } from 'chart.js'
import zoomPlugin from 'chartjs-plugin-zoom'

let registered = false

export function registerChartParts(): void {
  if (registered) return
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    LinearScale,
    LogarithmicScale,
    Tooltip,
    Decimation,
    zoomPlugin
  )
  registered = true
}

/** A chart point as Chart.js stores it when `parsing: false`. */
export interface ChartPoint {
  x: number
  y: number
}

/**
 * A line chart's configuration with its options always present. Components keep this plain object
 * and change looks through it, never through `chart.options`: that is Chart.js's resolver proxy,
 * and reading through it evaluates scriptable options (spreading it calls callbacks such as the
 * tooltip filter out of context).
 */
export type LineChartConfig = ChartConfiguration<'line', ChartPoint[]> & {
  options: ChartOptions<'line'>
}
