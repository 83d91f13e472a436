// The cost and accuracy charts' Chart.js configuration, built apart from any canvas so it can be
// tested. Built for streaming long runs: no animation, `parsing: false` with sorted {x, y} points
// (Chart.js uses them as they are), and min-max decimation, which keeps every spike and dip.
import type { TooltipItem } from 'chart.js'
import { formatFixed } from '@core/format'
import { formatPercent } from '../predictions/predictionFormat'
import type { ChartPalette } from './chartPalette'
import type { LineChartConfig } from './chartSetup'
import { applyTooltipLook, axisLook, CHART_BASE_OPTIONS } from './chartLook'

export type Metric = 'cost' | 'accuracy'

/** Dataset 0: the per-epoch series; dataset 1: the logged epochs, marked. */
export const SERIES = 0
export const LOGGED = 1

export interface MetricLabels {
  series: string
  logged: string
  epochAxis: string
  valueAxis: string
  tooltipTitle: (epoch: number) => string
}

export interface MetricLook {
  palette: ChartPalette
  labels: MetricLabels
  /** Cost only: a logarithmic value axis. */
  logScale: boolean
  /** N, so the epoch axis spans the whole run from its start; null before a run. */
  totalEpochs: number | null
}

/** Cost with 6 decimals (the lab's log); accuracy, a fraction, in % with 2 (its final line). */
export function formatMetric(metric: Metric, value: number): string {
  return metric === 'cost' ? formatFixed(value, 6) : formatPercent(value)
}

/**
 * @param onViewChange called when a wheel, pinch or drag has settled on a new visible range, so
 *   the caller can show that range at full detail
 */
export function metricChartConfig(
  metric: Metric,
  look: MetricLook,
  onViewChange: () => void = () => {}
): LineChartConfig {
  const config: LineChartConfig = {
    type: 'line',
    data: {
      datasets: [
        {
          data: [],
          parsing: false,
          normalized: true,
          spanGaps: true,
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 4,
          tension: 0
        },
        {
          data: [],
          parsing: false,
          normalized: true,
          showLine: false,
          pointRadius: 3.5,
          pointHoverRadius: 5,
          pointStyle: 'circle'
        }
      ]
    },
    options: {
      ...CHART_BASE_OPTIONS,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { type: 'linear', min: 0 },
        y: { type: 'linear' }
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'min-max' },
        tooltip: {
          // One line per hovered epoch: the marker of a logged epoch repeats the series' value.
          filter: (item, _index, items) =>
            item.datasetIndex === SERIES || !items.some((other) => other.datasetIndex === SERIES),
          callbacks: {}
        },
        zoom: {
          zoom: {
            wheel: { enabled: true },
            pinch: { enabled: true },
            mode: 'x',
            onZoomComplete: onViewChange
          },
          pan: { enabled: true, mode: 'x', onPanComplete: onViewChange },
          // Epoch 0 is the left edge; the right one grows with the run.
          limits: { x: { min: 0 } }
        }
      }
    }
  }
  applyMetricLook(metric, config, look)
  return config
}

/**
 * Colours, texts and the value scale: applied at creation, and again to the live chart's plain
 * configuration when the theme, the language or the log toggle changes (then `chart.update()`).
 * Mutating in place keeps the data and the zoom plugin's range.
 */
type Scales = NonNullable<LineChartConfig['options']['scales']>

/**
 * The value axis of a metric: accuracy from 0% to 100%, cost on a linear (or log) scale. The
 * run's charts and the Compare view's share it.
 */
export function valueScale(
  metric: Metric,
  valueAxis: ReturnType<typeof axisLook>,
  logScale = false
): Scales['y'] {
  if (metric === 'accuracy') {
    const percent = (value: number | string) => `${formatFixed(Number(value) * 100, 0)}%`
    return {
      type: 'linear',
      min: 0,
      max: 1,
      ...valueAxis,
      ticks: { ...valueAxis.ticks, callback: percent }
    }
  }
  return { type: logScale ? 'logarithmic' : 'linear', ...valueAxis }
}

export function applyMetricLook(metric: Metric, chart: LineChartConfig, look: MetricLook): void {
  const { palette, labels } = look
  const lineColor = metric === 'cost' ? palette.accent : palette.ok
  const [series, logged] = chart.data.datasets
  Object.assign(series, {
    label: labels.series,
    borderColor: lineColor,
    backgroundColor: lineColor
  })
  Object.assign(logged, {
    label: labels.logged,
    borderColor: palette.text,
    backgroundColor: palette.surface
  })
  const options = chart.options
  const scales = options.scales ?? {}
  const epochAxis = axisLook(palette, labels.epochAxis)
  const valueAxis = axisLook(palette, labels.valueAxis)
  // Keep the range the zoom plugin set, if any: a theme or language change must not unzoom.
  const zoomedMin = scales.x?.min
  const zoomedMax = scales.x?.max
  scales.x = {
    type: 'linear',
    min: typeof zoomedMin === 'number' ? zoomedMin : 0,
    max: typeof zoomedMax === 'number' ? zoomedMax : undefined,
    suggestedMax: look.totalEpochs ?? undefined,
    ...epochAxis,
    ticks: { ...epochAxis.ticks, precision: 0 }
  }
  scales.y = valueScale(metric, valueAxis, look.logScale)
  options.scales = scales
  applyTooltipLook(chart, palette, {
    title: (items: TooltipItem<'line'>[]) => {
      const epoch = items[0]?.parsed.x
      return typeof epoch === 'number' ? labels.tooltipTitle(epoch) : ''
    },
    label: (item: TooltipItem<'line'>) => {
      const y = item.parsed.y
      if (y === null) return ''
      return `${labels.series}: ${formatMetric(metric, y)}`
    }
  })
}
