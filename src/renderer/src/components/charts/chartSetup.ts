// Chart.js is tree-shakable: register only the pieces these charts draw with, once.
import {
  Chart,
  Decimation,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip
} from 'chart.js'
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
    Legend,
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
