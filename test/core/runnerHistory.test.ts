import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HistoryBuffer } from '@core/runnerHistory'

describe('HistoryBuffer', () => {
  it('keeps the first cap points exact, then an envelope holding every extreme, however taken', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        // no subnormal costs: cost / 10 would round distinct ones together, and the envelopes of
        // cost and accuracy could then pick different epochs of a tie (which the check below reads)
        fc.array(
          fc.double({ min: 0, max: 10, noNaN: true }).filter((v) => v === 0 || v >= 1e-300),
          { minLength: 1, maxLength: 600 }
        ),
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 20 }),
        (cap, costs, takeAfter) => {
          const lastEpoch = costs.length - 1
          const buffer = new HistoryBuffer(cap, lastEpoch)
          const takes = new Set(takeAfter)
          const epochs: number[] = []
          const values: number[] = []
          const collect = (): void => {
            const points = buffer.take()
            epochs.push(...points.epochs)
            values.push(...points.cost)
            expect(Array.from(points.accuracy)).toEqual(Array.from(points.cost, (c) => c / 10))
          }
          costs.forEach((cost, epoch) => {
            buffer.add(epoch, cost, cost / 10)
            if (takes.has(epoch)) collect()
          })
          collect()
          for (let i = 1; i < epochs.length; i++) expect(epochs[i]).toBeGreaterThan(epochs[i - 1])
          const exact = Math.min(cap, costs.length)
          expect(values.slice(0, exact)).toEqual(costs.slice(0, exact))
          expect(epochs.slice(0, exact)).toEqual(costs.slice(0, exact).map((_, i) => i))
          expect(buffer.downsampled).toBe(costs.length > cap)
          if (costs.length > cap) {
            const rest = costs.slice(cap)
            expect(values).toContain(Math.min(...rest))
            expect(values).toContain(Math.max(...rest))
            expect(epochs.at(-1)).toBe(lastEpoch)
            // each envelope point is the cost of the epoch it sits at or of a neighbour's bucket
            for (const value of values.slice(exact)) expect(rest).toContain(value)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  it('bounds a long run to about twice the cap', () => {
    const buffer = new HistoryBuffer(1000, 999_999)
    let count = 0
    for (let epoch = 0; epoch < 1_000_000; epoch++) {
      buffer.add(epoch, Math.sin(epoch), 0.5)
      if (epoch % 5000 === 0) count += buffer.take().epochs.length
    }
    count += buffer.take().epochs.length
    expect(count).toBeGreaterThan(1000)
    expect(count).toBeLessThanOrEqual(2 * 1000 + 2 * 201)
  })
})
