// One metric of the run as chart points, fed by the real TrainingHistory.
import { describe, expect, it } from 'vitest'
import { MARKER_BUDGET, MetricSeries } from '@renderer/components/charts/metricSeries'
import { TrainingHistory } from '@renderer/stores/trainingHistory'
import type { LogLine } from '@shared/contract'

function append(history: TrainingHistory, epochs: number[], logEvery = 100): void {
  const cost = epochs.map((e) => (e === 3 ? 0.05 : 1 / (e + 1)))
  const accuracy = epochs.map((e) => Math.min(1, e / 10))
  const lines: LogLine[] = epochs
    .map((e, i) => ({ epoch: e, cost: cost[i], accuracy: accuracy[i], text: `Epoch ${e}` }))
    .filter((line) => line.epoch % logEvery === 0)
  history.append(
    {
      epochs: Float64Array.from(epochs),
      cost: Float64Array.from(cost),
      accuracy: Float64Array.from(accuracy)
    },
    false,
    lines
  )
}

describe('metric series', () => {
  it('plots cost per epoch and marks the logged epochs', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('cost', history)
    append(history, [0, 1, 2, 3, 4, 5], 2)
    series.sync(0)
    expect(series.curvePoints.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5])
    expect(series.curvePoints[1]).toEqual({ x: 1, y: 0.5 })
    expect(series.markerPoints).toEqual([
      { x: 0, y: 1 },
      { x: 2, y: 1 / 3 },
      { x: 4, y: 0.2 }
    ])
  })

  it('plots accuracy as the fraction the history holds (the axis shows percent)', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('accuracy', history)
    append(history, [0, 5, 10], 5)
    series.sync(0)
    expect(series.curvePoints.map((p) => p.y)).toEqual([0, 0.5, 1])
    expect(series.markerPoints.map((p) => p.y)).toEqual([0, 0.5, 1])
  })

  it('knows the latest and the best value, for the text alternative', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('cost', history)
    append(history, [0, 1, 2])
    series.sync(0)
    append(history, [3, 4])
    series.sync(3)
    expect(series.latest).toEqual({ epoch: 4, value: 0.2 })
    expect(series.best).toEqual({ epoch: 3, value: 0.05 }) // the dip at epoch 3
    const accuracy = new MetricSeries('accuracy', history)
    accuracy.sync(0)
    expect(accuracy.best).toEqual({ epoch: 4, value: 0.4 })
  })

  it('forgets everything when cleared', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('cost', history)
    append(history, [0, 100, 200])
    series.sync(0)
    history.clear()
    series.clear()
    series.sync(0)
    expect(series.curvePoints).toEqual([])
    expect(series.markerPoints).toEqual([])
    expect(series.latest).toBeNull()
    expect(series.best).toBeNull()
  })

  it('shows a zoomed range at full detail and the whole run again when unzoomed', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('cost', history)
    append(
      history,
      Array.from({ length: 20_000 }, (_, i) => i)
    )
    series.sync(0)
    const whole = series.curvePoints.length
    expect(whole).toBeLessThan(20_000) // reduced to the budget
    series.setRange({ min: 1000, max: 1010 })
    const xs = series.curvePoints.map((p) => p.x)
    expect(xs).toContain(1005)
    expect(xs.length).toBeLessThan(40)
    // New epochs past the range do not disturb the zoomed view.
    append(history, [20_000, 20_001])
    series.sync(20_000)
    expect(series.curvePoints.map((p) => p.x)).toEqual(xs)
    series.setRange(null)
    expect(series.curvePoints.length).toBeGreaterThanOrEqual(whole)
    expect(series.curvePoints[series.curvePoints.length - 1].x).toBe(20_001)
  })
})

describe('logged-epoch markers', () => {
  it('keeps at most about MARKER_BUDGET markers, evenly spread, and all of them when zoomed in', () => {
    const history = new TrainingHistory()
    const series = new MetricSeries('cost', history)
    append(
      history,
      Array.from({ length: 100_000 }, (_, i) => i),
      100
    ) // 1,000 logged epochs
    series.sync(0)
    expect(series.markerPoints.length).toBeLessThanOrEqual(MARKER_BUDGET)
    expect(series.markerPoints.length).toBeGreaterThan(MARKER_BUDGET / 2)
    expect(series.markerPoints[0].x).toBe(0)
    series.setRange({ min: 50_000, max: 51_000 })
    const xs = series.markerPoints.map((p) => p.x)
    for (let epoch = 50_000; epoch <= 51_000; epoch += 100) expect(xs).toContain(epoch)
  })
})
