// The decision line's geometry: w1*x1 + w2*x2 + b = logit(threshold), clipped to the plot.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  boundsOf,
  decisionBoundary,
  logit,
  niceStep,
  type PlotBounds
} from '@renderer/components/charts/decisionBoundary'
import { fitBounds } from '@renderer/composables/useBoundaryView'

const box: PlotBounds = { xMin: 0, xMax: 8, yMin: 0, yMax: 4 }

function segment(weights: number[], bias: number, threshold = 0.5, bounds = box) {
  const boundary = decisionBoundary(weights, bias, threshold, bounds)
  if (boundary.kind !== 'segment') throw new Error(`expected a segment, got ${boundary.kind}`)
  return boundary
}

describe('decision boundary geometry', () => {
  it('is logit(threshold) = ln(t / (1 - t)): 0 at 0.5, symmetric around it', () => {
    expect(logit(0.5)).toBe(0)
    expect(logit(0.75)).toBeCloseTo(Math.log(3), 12)
    expect(logit(0.25)).toBeCloseTo(-Math.log(3), 12)
  })

  it('draws the lab line x1 + x2 = 5 across the box', () => {
    const { from, to } = segment([1, 1], -5)
    // Crossings: (1, 4) on the top edge and (5, 0) on the bottom edge.
    const ends = [from, to].sort((a, b) => a.x - b.x)
    expect(ends[0].x).toBeCloseTo(1, 12)
    expect(ends[0].y).toBeCloseTo(4, 12)
    expect(ends[1].x).toBeCloseTo(5, 12)
    expect(ends[1].y).toBeCloseTo(0, 12)
  })

  it('is vertical when w2 = 0: x1 = -b / w1', () => {
    const { from, to } = segment([2, 0], -6)
    expect(from.x).toBeCloseTo(3, 12)
    expect(to.x).toBeCloseTo(3, 12)
    expect([from.y, to.y].sort()).toEqual([0, 4])
  })

  it('is horizontal when w1 = 0: x2 = -b / w2', () => {
    const { from, to } = segment([0, -4], 10)
    expect(from.y).toBeCloseTo(2.5, 12)
    expect(to.y).toBeCloseTo(2.5, 12)
    expect([from.x, to.x].sort((a, b) => a - b)).toEqual([0, 8])
  })

  it('has no line when both weights are zero (H is 0.5 everywhere, whatever the bias)', () => {
    expect(decisionBoundary([0, 0], 0, 0.5, box).kind).toBe('zeroWeights')
    expect(decisionBoundary([0, 0], 3, 0.5, box).kind).toBe('zeroWeights')
  })

  it('moves with the threshold: H = t is w·x + b = logit(t)', () => {
    // w = (1, 0), b = 0: the line is x1 = logit(t).
    expect(segment([1, 0], 0, 0.5, { xMin: -4, xMax: 4, yMin: 0, yMax: 1 }).from.x).toBeCloseTo(
      0,
      12
    )
    const higher = segment([1, 0], 0, 0.9, { xMin: -4, xMax: 4, yMin: 0, yMax: 1 })
    expect(higher.from.x).toBeCloseTo(Math.log(9), 12)
  })

  it('says so when the line misses the box, or only touches a corner', () => {
    expect(decisionBoundary([1, 0], -100, 0.5, box).kind).toBe('outside')
    // x1 + x2 = 0 touches the box only at (0, 0).
    expect(decisionBoundary([1, 1], 0, 0.5, box).kind).toBe('outside')
  })

  it('has no line for a threshold of 0 or 1, or for non-finite weights', () => {
    expect(decisionBoundary([1, 1], -5, 0, box).kind).toBe('extremeThreshold')
    expect(decisionBoundary([1, 1], -5, 1, box).kind).toBe('extremeThreshold')
    expect(decisionBoundary([NaN, 1], -5, 0.5, box).kind).toBe('nonFinite')
    expect(decisionBoundary([1, 1], Infinity, 0.5, box).kind).toBe('nonFinite')
  })

  it('returns ends that lie on the line and inside the box, for any weights', () => {
    const weight = fc.double({ min: -50, max: 50, noNaN: true })
    fc.assert(
      fc.property(
        weight,
        weight,
        weight,
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (w1, w2, b, t) => {
          const boundary = decisionBoundary([w1, w2], b, t, box)
          if (boundary.kind !== 'segment') return
          const scale = Math.abs(w1) * 8 + Math.abs(w2) * 4 + Math.abs(b) + 1
          for (const p of [boundary.from, boundary.to]) {
            expect(p.x).toBeGreaterThanOrEqual(box.xMin)
            expect(p.x).toBeLessThanOrEqual(box.xMax)
            expect(p.y).toBeGreaterThanOrEqual(box.yMin)
            expect(p.y).toBeLessThanOrEqual(box.yMax)
            expect(Math.abs(w1 * p.x + w2 * p.y + b - logit(t)) / scale).toBeLessThan(1e-9)
          }
        }
      )
    )
  })
})

describe('plot bounds', () => {
  it('pads the lab data to round numbers', () => {
    const bounds = boundsOf([1, 2, 3, 4, 5, 6], [2, 3, 1, 3, 3, 2])
    expect(bounds.xMin).toBeLessThan(1)
    expect(bounds.xMax).toBeGreaterThan(6)
    expect(bounds.yMin).toBeLessThan(1)
    expect(bounds.yMax).toBeGreaterThan(3)
    expect(bounds).toEqual({ xMin: 0, xMax: 8, yMin: 0.5, yMax: 3.5 })
  })

  it('fits the chosen pair of columns of row-major data', () => {
    // Rows (x0, x1, x2): the plot across x2 and up x0 is the lab's (x1, x2) box.
    const lab = [
      [1, 9, 1],
      [2, 9, 2],
      [3, 9, 3],
      [3, 9, 4],
      [3, 9, 5],
      [2, 9, 6]
    ]
    const dataset = {
      rows: 6,
      cols: 3,
      x: Float64Array.from(lab.flat()),
      y: new Float64Array(6),
      featureNames: ['a', 'b', 'c']
    }
    expect(fitBounds(dataset, { x: 2, y: 0 })).toEqual(
      boundsOf([1, 2, 3, 4, 5, 6], [1, 2, 3, 3, 3, 2])
    )
    expect(fitBounds(dataset, { x: 2, y: 0 })).toEqual({ xMin: 0, xMax: 8, yMin: 0.5, yMax: 3.5 })
  })

  it('gives a box even when every value is the same', () => {
    const bounds = boundsOf([2, 2], [5, 5])
    expect(bounds.xMax).toBeGreaterThan(bounds.xMin)
    expect(bounds.yMax).toBeGreaterThan(bounds.yMin)
  })

  it('chooses steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1)
    expect(niceStep(1.3)).toBe(2)
    expect(niceStep(3)).toBe(5)
    expect(niceStep(0.03)).toBeCloseTo(0.05, 15)
    expect(niceStep(700)).toBe(1000)
  })
})
