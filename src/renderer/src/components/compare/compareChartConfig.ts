// The Compare view's charts: one line per run, in its colour and dash, over the same epoch axis.
// Built apart from any canvas (testable); the runs are few and short (at most 1,000 points each),
// so a change of runs replaces the datasets whole.
import type { ChartDataset } from 'chart.js'
import { formatMetric, valueScale, type Metric } from '../charts/metricChartConfig'
import type { ChartPalette } from '../charts/chartPalette'
import type { ChartPoint, LineChartConfig } from '../charts/chartSetup'
import { applyTooltipLook, axisLook, CHART_BASE_OPTIONS } from '../charts/chartLook'
import type { CompareSeries } from '@renderer/composables/useCompareSeries'

export interface CompareChartLook {
  palette: ChartPalette
  epochAxis: string
  valueAxis: string
  tooltipTitle: (epoch: number) => string
}

export function compareDatasets(
  metric: Metric,
  series: readonly CompareSeries[]
): ChartDataset<'line', ChartPoint[]>[] {
  return series.map(({ name, label, look, run }) => {
    const values = run.curve[metric]
    return {
      label: `${name}: ${label}`,
      data: run.curve.epochs.map((x, i) => ({ x, y: values[i] })),
      parsing: false,
      normalized: true,
      borderColor: look.colour,
      backgroundColor: look.colour,
      borderDash: look.dash,
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 4,
      tension: 0
    }
  })
}

export function compareChartConfig(metric: Metric, look: CompareChartLook): LineChartConfig {
  const config: LineChartConfig = {
    type: 'line',
    data: { datasets: [] },
    options: {
      ...CHART_BASE_OPTIONS,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: { x: { type: 'linear', min: 0 }, y: { type: 'linear' } },
      plugins: { tooltip: { callbacks: {} } }
    }
  }
  applyCompareLook(metric, config, look)
  return config
}

export function applyCompareLook(
  metric: Metric,
  config: LineChartConfig,
  look: CompareChartLook
): void {
  const scales = config.options.scales ?? {}
  const { palette } = look
  const epochAxis = axisLook(palette, look.epochAxis)
  scales.x = { type: 'linear', min: 0, ...epochAxis, ticks: { ...epochAxis.ticks, precision: 0 } }
  scales.y = valueScale(metric, axisLook(palette, look.valueAxis))
  config.options.scales = scales
  applyTooltipLook(config, palette, {
    title: (items) => look.tooltipTitle(items[0]?.parsed.x ?? 0),
    label: (item) => `${item.dataset.label ?? ''}: ${formatMetric(metric, item.parsed.y ?? 0)}`
  })
}
