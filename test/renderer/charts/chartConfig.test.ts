// The charts' Chart.js configurations, checked apart from any canvas: streaming-friendly options,
// theme colours, the log-scale toggle, hover readouts, and the decision-line chart's points.
import { describe, expect, it } from 'vitest'
import type { Chart, TooltipItem } from 'chart.js'
import {
  applyMetricLook,
  formatMetric,
  metricChartConfig,
  type MetricLook
} from '@renderer/components/charts/metricChartConfig'
import {
  boundaryChartConfig,
  lineExpression,
  linePoints
} from '@renderer/components/charts/boundaryChartConfig'
import { plotRows } from '@renderer/components/charts/boundaryPoints'
import type { ChartPalette } from '@renderer/components/charts/chartPalette'
import { toyDataset } from '@core/toy'

const light: ChartPalette = {
  text: '#111',
  muted: '#555',
  border: '#ccc',
  surface: '#fff',
  accent: '#15c',
  ok: '#172',
  danger: '#b21',
  warning: '#850',
  font: "system-ui, sans-serif, 'Noto Sans KR Variable'",
  fontSize: 12
}

function look(overrides: Partial<MetricLook> = {}): MetricLook {
  return {
    palette: light,
    logScale: false,
    totalEpochs: 1000,
    labels: {
      series: 'Cost',
      logged: 'Logged epochs',
      epochAxis: 'Epoch',
      valueAxis: 'Cost',
      tooltipTitle: (epoch) => `Epoch ${epoch}`
    },
    ...overrides
  }
}

/** A tooltip item as Chart.js hands it to the callbacks (only what they read). */
function item(x: number, y: number, datasetIndex = 0): TooltipItem<'line'> {
  return { parsed: { x, y }, datasetIndex } as TooltipItem<'line'>
}

const boundaryLabels = {
  class0: 'y = 0',
  class1: 'y = 1',
  line: 'line',
  wrong: 'wrong',
  mark: 'picked',
  xAxis: 'x1',
  yAxis: 'x2'
}

describe('metric chart configuration', () => {
  it('is built for streaming: no animation, unparsed sorted points, min-max decimation', () => {
    const config = metricChartConfig('cost', look())
    expect(config.options?.animation).toBe(false)
    for (const dataset of config.data.datasets) {
      expect(dataset.parsing).toBe(false)
      expect(dataset.normalized).toBe(true)
    }
    expect(config.options?.plugins?.decimation).toMatchObject({
      enabled: true,
      algorithm: 'min-max'
    })
    expect(config.options?.scales?.x).toMatchObject({ type: 'linear', min: 0, suggestedMax: 1000 })
    // Tick labels do not depend on the system language: the same digits in Korean and English.
    expect(config.options?.locale).toBe('en-US')
  })

  it('zooms and pans along the epochs, and reports where the view settled', () => {
    const settled: string[] = []
    const config = metricChartConfig('cost', look(), () => settled.push('view'))
    const zoom = config.options?.plugins?.zoom
    expect(zoom?.zoom?.wheel?.enabled).toBe(true)
    expect(zoom?.zoom?.pinch?.enabled).toBe(true)
    expect(zoom?.zoom?.mode).toBe('x')
    expect(zoom?.pan).toMatchObject({ enabled: true, mode: 'x' })
    const chart = {} as Chart
    zoom?.zoom?.onZoomComplete?.({ chart })
    zoom?.pan?.onPanComplete?.({ chart })
    expect(settled).toEqual(['view', 'view'])
  })

  it('marks the logged epochs with points and draws the curve without them', () => {
    const [series, logged] = metricChartConfig('cost', look()).data.datasets
    expect(series.pointRadius).toBe(0)
    expect(logged.showLine).toBe(false)
    expect(Number(logged.pointRadius)).toBeGreaterThan(0)
    expect(logged.label).toBe('Logged epochs')
  })

  it('switches the cost axis between linear and logarithmic in place', () => {
    const config = metricChartConfig('cost', look())
    expect(config.options?.scales?.y?.type).toBe('linear')
    const parts = config
    applyMetricLook('cost', parts, look({ logScale: true }))
    expect(parts.options.scales?.y?.type).toBe('logarithmic')
    applyMetricLook('cost', parts, look({ logScale: false }))
    expect(parts.options.scales?.y?.type).toBe('linear')
  })

  it('keeps the zoomed epoch range when the theme or language changes', () => {
    const config = metricChartConfig('cost', look())
    const parts = config
    Object.assign(parts.options.scales?.x ?? {}, { min: 200, max: 300 })
    applyMetricLook('cost', parts, look())
    expect(parts.options.scales?.x).toMatchObject({ min: 200, max: 300 })
  })

  it('takes its colours from the theme and follows a theme change', () => {
    const config = metricChartConfig('cost', look())
    expect(config.data.datasets[0].borderColor).toBe(light.accent)
    const dark = { ...light, accent: '#6af', border: '#345' }
    const parts = config
    applyMetricLook('cost', parts, look({ palette: dark }))
    expect(config.data.datasets[0].borderColor).toBe('#6af')
    expect(parts.options.scales?.x?.grid?.color).toBe('#345')
    expect(metricChartConfig('accuracy', look()).data.datasets[0].borderColor).toBe(light.ok)
  })

  it("draws its texts in the UI's font stack and size, so Korean titles find the bundled Korean face", () => {
    const config = metricChartConfig('cost', look())
    const { x, y } = config.options.scales ?? {}
    for (const axis of [x, y]) {
      expect(axis?.title?.font).toEqual({ family: light.font, size: light.fontSize })
      expect(axis?.ticks?.font).toEqual({ family: light.font, size: light.fontSize })
    }
    const tooltip = config.options.plugins?.tooltip
    expect(tooltip?.titleFont).toEqual({ family: light.font, size: light.fontSize })
    expect(tooltip?.bodyFont).toEqual({ family: light.font, size: light.fontSize })
    const boundary = boundaryChartConfig({
      palette: light,
      bounds: { xMin: 0, xMax: 8, yMin: 0, yMax: 4 },
      labels: { ...boundaryLabels, xAxis: '공부 시간' }
    })
    expect(boundary.options.scales?.x?.title?.font).toEqual({
      family: light.font,
      size: light.fontSize
    })
    expect(boundary.options.plugins?.tooltip?.bodyFont).toEqual({
      family: light.font,
      size: light.fontSize
    })
  })

  it('reads out the epoch and the cost to 6 decimals on hover', () => {
    const tooltip = metricChartConfig('cost', look()).options?.plugins?.tooltip
    const title = tooltip?.callbacks?.title as (items: TooltipItem<'line'>[]) => string
    const label = tooltip?.callbacks?.label as (item: TooltipItem<'line'>) => string
    expect(title([item(1000, 0.019852353)])).toBe('Epoch 1000')
    expect(label(item(1000, 0.019852353))).toBe('Cost: 0.019852')
    expect(label(item(5, 1e-9))).toBe('Cost: 0.000000')
  })

  it('reads out accuracy as a percentage with 2 decimals, on a 0-100% axis', () => {
    const config = metricChartConfig(
      'accuracy',
      look({ labels: { ...look().labels, series: 'Accuracy' } })
    )
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (
      item: TooltipItem<'line'>
    ) => string
    expect(label(item(10, 5 / 6))).toBe('Accuracy: 83.33%')
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 1 })
    const ticks = config.options?.scales?.y?.ticks as { callback: (value: number) => string }
    expect(ticks.callback(0.6)).toBe('60%')
  })

  it('shows one readout per epoch: the marker of a logged epoch does not repeat the value', () => {
    const filter = metricChartConfig('cost', look()).options?.plugins?.tooltip?.filter as (
      item: TooltipItem<'line'>,
      index: number,
      items: TooltipItem<'line'>[]
    ) => boolean
    const both = [item(100, 0.1, 0), item(100, 0.1, 1)]
    expect(both.filter((i, k) => filter(i, k, both)).map((i) => i.datasetIndex)).toEqual([0])
    const markerOnly = [item(100, 0.1, 1)]
    expect(markerOnly.filter((i, k) => filter(i, k, markerOnly))).toHaveLength(1)
  })

  it('formats values the same in every language: never scientific', () => {
    expect(formatMetric('cost', 0.0198523)).toBe('0.019852')
    expect(formatMetric('cost', 2.5e-7)).toBe('0.000000')
    expect(formatMetric('accuracy', 1)).toBe('100.00%')
  })
})

describe('decision-line chart configuration', () => {
  it('splits the rows by class, with different shapes as well as colours', () => {
    const points = plotRows(toyDataset(), { x: 0, y: 1 })
    expect(points.class0).toEqual([
      { x: 1, y: 2, row: 0 },
      { x: 2, y: 3, row: 1 },
      { x: 3, y: 1, row: 2 }
    ])
    expect(points.class1).toHaveLength(3)
    const config = boundaryChartConfig({
      palette: light,
      bounds: { xMin: 0, xMax: 8, yMin: 0, yMax: 4 },
      labels: boundaryLabels
    })
    const [class0, class1] = config.data.datasets
    expect(class0.pointStyle).not.toBe(class1.pointStyle)
    expect(class0.borderColor).not.toBe(class1.borderColor)
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 8 })
  })

  it('plots an even sample of very large data', () => {
    const rows = 100_000
    const dataset = {
      rows,
      cols: 2,
      x: new Float64Array(rows * 2),
      y: Float64Array.from({ length: rows }, (_, i) => i % 2),
      featureNames: ['a', 'b']
    }
    const points = plotRows(dataset, { x: 0, y: 1 }, null, 5000)
    expect(points.all.length).toBeLessThanOrEqual(5000)
    expect(points.all.length).toBeGreaterThan(4000)
    expect(points.class0.length + points.class1.length).toBe(points.all.length)
  })

  it('draws the segment, or nothing when there is no line', () => {
    expect(linePoints({ kind: 'zeroWeights' })).toEqual([])
    const from = { x: 1, y: 4 }
    const to = { x: 5, y: 0 }
    expect(linePoints({ kind: 'segment', from, to })).toEqual([from, to])
  })

  it('writes the equation with signs, 4 decimals and the feature names', () => {
    expect(lineExpression([3.25302, -1.5179], -14.48191, ['x1', 'x2'])).toBe(
      '3.2530 × x1 − 1.5179 × x2 − 14.4819'
    )
    expect(lineExpression([-1, 0], 2, ['hours', 'lab'])).toBe(
      '−1.0000 × hours + 0.0000 × lab + 2.0000'
    )
  })
})
