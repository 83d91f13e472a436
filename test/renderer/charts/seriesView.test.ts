// What a chart holds of a long history: every point up to the budget, then the extremes of
// power-of-two buckets, bounded whatever the run's length, and the same streamed as rebuilt.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  StreamingView,
  lowerBound,
  rangeView,
  reduceBucket,
  strideFor,
  type SeriesSource
} from '@renderer/components/charts/seriesView'
import type { ChartPoint } from '@renderer/components/charts/chartSetup'

function source(values: number[], firstEpoch = 0): SeriesSource {
  return { length: values.length, xs: values.map((_, i) => firstEpoch + i), ys: values }
}

describe('series view', () => {
  it('keeps every point while under the budget', () => {
    const view = new StreamingView('extremes', 100)
    const values = [5, 3, 4, 1, 2]
    view.sync(source(values), 0)
    expect(view.points).toEqual(values.map((y, x) => ({ x, y })))
    expect(view.bucketSize).toBe(1)
  })

  it('keeps each bucket’s lowest and highest point, in epoch order, past the budget', () => {
    const out: ChartPoint[] = []
    reduceBucket(source([3, 9, 1, 4]), 0, 4, 'extremes', out)
    expect(out).toEqual([
      { x: 1, y: 9 },
      { x: 2, y: 1 }
    ])
    out.length = 0
    reduceBucket(source([3, 9, 1, 4]), 0, 4, 'first', out)
    expect(out).toEqual([{ x: 0, y: 3 }])
  })

  it('stays within twice the budget for a million epochs, and keeps the spike', () => {
    const n = 1_000_000
    const values = Float64Array.from({ length: n }, (_, i) => 1 / (i + 1))
    values[654_321] = 50 // one divergent spike must survive the reduction
    const view = new StreamingView('extremes', 1000)
    const src: SeriesSource = { length: n, xs: Float64Array.from(values, (_, i) => i), ys: values }
    view.sync(src, 0)
    expect(view.points.length).toBeLessThanOrEqual(2 * 1000 + 2)
    expect(view.points.some((p) => p.x === 654_321 && p.y === 50)).toBe(true)
    expect(view.points[0]).toEqual({ x: 0, y: 1 })
    expect(view.points[view.points.length - 1].x).toBe(n - 1) // the line reaches the latest epoch
  })

  it('gives the same points streamed in chunks as built at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        (values, chunks) => {
          const streamed = new StreamingView('extremes', 16)
          let length = 0
          for (const chunk of chunks) {
            const from = length
            length = Math.min(values.length, length + chunk)
            streamed.sync(source(values.slice(0, length)), from)
          }
          streamed.sync(source(values), length)
          const whole = new StreamingView('extremes', 16)
          whole.sync(source(values), 0)
          expect(streamed.points).toEqual(whole.points)
        }
      )
    )
  })

  it('doubles its buckets from the closed ones exactly as a rebuild would, NaN and all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constant(NaN)), {
          maxLength: 400
        }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom<'extremes' | 'first'>('extremes', 'first'),
        (values, chunk, reduction) => {
          const streamed = new StreamingView(reduction, 8)
          for (let length = 0; length < values.length; length += chunk) {
            streamed.sync(source(values.slice(0, length + chunk)), length)
          }
          const whole = new StreamingView(reduction, 8)
          whole.sync(source(values), 0)
          expect(streamed.bucketSize).toBe(whole.bucketSize)
          expect(streamed.points).toEqual(whole.points)
        }
      )
    )
  })

  it('skips a diverged (NaN) epoch in a bucket, and keeps a bucket of NaN only as its first', () => {
    const out: ChartPoint[] = []
    reduceBucket(source([NaN, 4, 1, NaN]), 0, 4, 'extremes', out)
    expect(out).toEqual([
      { x: 1, y: 4 },
      { x: 2, y: 1 }
    ])
    out.length = 0
    reduceBucket(source([NaN, NaN]), 0, 2, 'extremes', out)
    expect(out).toEqual([{ x: 0, y: NaN }])
  })

  it('recomputes from a rewritten point on', () => {
    const view = new StreamingView('extremes', 100)
    view.sync(source([1, 2, 3]), 0)
    view.sync(source([1, 7, 8, 9]), 1)
    expect(view.points.map((p) => p.y)).toEqual([1, 7, 8, 9])
  })

  it('chooses the smallest power-of-two bucket within the budget', () => {
    expect(strideFor(100, 100)).toBe(1)
    expect(strideFor(101, 100)).toBe(2)
    expect(strideFor(1_000_000, 4096)).toBe(256)
  })

  it('shows a zoomed range at full detail, one range-width around it', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => i % 7)
    const points = rangeView(source(values), 50_000, 50_100, 'extremes', 4096)
    expect(points.length).toBeGreaterThan(300) // every point of 50,000 - 100 .. 50,100 + 100
    expect(points.length).toBeLessThan(310)
    expect(points.every((p, i) => i === 0 || p.x === points[i - 1].x + 1)).toBe(true)
    expect(points[0].x).toBeLessThanOrEqual(49_900)
    expect(points[points.length - 1].x).toBeGreaterThanOrEqual(50_200)
  })

  it('finds the first epoch at or after a value', () => {
    const src = source([0, 0, 0, 0], 10)
    expect(lowerBound(src, 9)).toBe(0)
    expect(lowerBound(src, 11.5)).toBe(2)
    expect(lowerBound(src, 100)).toBe(4)
  })
})
