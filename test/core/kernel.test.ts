// The fused pass: its cost is PyTorch's mean BCE (float32 H(x) on badly wrong rows, see
// kernel.ts), and its gradient sums, divided by n, are the derivative of that cost. The gradient
// uses H(x) rounded to float32 as PyTorch does, so it is checked against central finite
// differences of the smooth float64 cost, to the precision float32 rounding leaves.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  SUM_CORRECT,
  SUM_GRAD,
  SUM_LOSS,
  accumulate,
  probabilities,
  sumsLength,
  type Rows
} from '@core'

interface Problem {
  rows: Rows
  n: number
  params: Float64Array
}

/** Small data sets with |z| <= 16.5, where p(1 - p) stays above BCE's 1e-12 floor. */
const problems: fc.Arbitrary<Problem> = fc
  .record({ d: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 12 }) })
  .chain(({ d, n }) =>
    fc.record({
      x: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
        minLength: n * d,
        maxLength: n * d
      }),
      y: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
      params: fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), {
        minLength: d + 1,
        maxLength: d + 1
      }),
      d: fc.constant(d),
      n: fc.constant(n)
    })
  )
  .map(({ x, y, params, d, n }) => ({
    rows: { x: Float64Array.from(x), y: Float64Array.from(y), d },
    n,
    params: Float64Array.from(params)
  }))

function sums(problem: Problem, params = problem.params, threshold = 0.5): Float64Array {
  const out = new Float64Array(sumsLength(problem.rows.d))
  accumulate(problem.rows, params, threshold, null, 0, problem.n, out)
  return out
}

const cost = (problem: Problem, params: Float64Array): number =>
  sums(problem, params)[SUM_LOSS] / problem.n

/** -mean(y log p + (1 - y) log(1 - p)) with p = h(x·w + b): a plain reference. */
function referenceCost(problem: Problem, params: Float64Array, h: (z: number) => number): number {
  const { x, y, d } = problem.rows
  let total = 0
  for (let i = 0; i < problem.n; i++) {
    let z = params[d]
    for (let j = 0; j < d; j++) z += x[i * d + j] * params[j]
    const p = h(z)
    total -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p)
  }
  return total / problem.n
}

const sigmoid64 = (z: number): number => 1 / (1 + Math.exp(-z))
/** PyTorch's float32 sigmoid: 1 / (1 + exp(-z)), each step rounded to float32. */
const sigmoid32 = (z: number): number => Math.fround(1 / Math.fround(1 + Math.fround(Math.exp(-z))))

describe('the fused kernel', () => {
  it('gives gradients (sums / n) equal to central finite differences of the cost', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const gradient = sums(problem)
        const h = 1e-6
        for (let j = 0; j < problem.params.length; j++) {
          const up = Float64Array.from(problem.params)
          const down = Float64Array.from(problem.params)
          up[j] += h
          down[j] -= h
          const numeric =
            (referenceCost(problem, up, sigmoid64) - referenceCost(problem, down, sigmoid64)) /
            (up[j] - down[j])
          const analytic = gradient[SUM_GRAD + j] / problem.n
          // float32 H(x) moves each row's dL/dz by up to ~6e-8 (times |x| <= 2)
          expect(Math.abs(analytic - numeric)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(numeric)))
        }
      }),
      { numRuns: 300 }
    )
  })

  it('computes the cost as -mean(y log p + (1 - y) log(1 - p)), from float32 H(x) on badly wrong rows', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const { x, y, d } = problem.rows
        let total = 0
        for (let i = 0; i < problem.n; i++) {
          let z = problem.params[d]
          for (let j = 0; j < d; j++) z += x[i * d + j] * problem.params[j]
          // kernel.ts: float64 H(x) unless the label disagrees with z by more than 4
          const badlyWrong = z >= 0 !== (y[i] === 1) && Math.abs(z) > 4
          const p = badlyWrong ? sigmoid32(z) : sigmoid64(z)
          total -= Math.max(y[i] === 1 ? Math.log(p) : Math.log(1 - p), -100)
        }
        expect(cost(problem, problem.params)).toBeCloseTo(total / problem.n, 10)
      }),
      { numRuns: 300 }
    )
  })

  it("costs a row at most 100, like PyTorch's log clamp, however wrong it is", () => {
    const rows: Rows = { x: Float64Array.of(1, -1), y: Float64Array.of(0, 1), d: 1 }
    const out = new Float64Array(sumsLength(1))
    accumulate(rows, Float64Array.of(1000, 0), 0.5, null, 0, 2, out)
    expect(out[SUM_LOSS]).toBe(200)
    expect(out[SUM_CORRECT]).toBe(0)
  })

  it('predicts 1 when H(x) >= threshold: at zero weights every H is 0.5, so half the toy is right', () => {
    const rows: Rows = { x: Float64Array.of(1, 2, 3, 4), y: Float64Array.of(0, 0, 1, 1), d: 1 }
    const zeros = new Float64Array(2)
    const atHalf = new Float64Array(sumsLength(1))
    accumulate(rows, zeros, 0.5, null, 0, 4, atHalf)
    expect(atHalf[SUM_CORRECT]).toBe(2)
    expect(atHalf[SUM_LOSS] / 4).toBeCloseTo(Math.LN2, 15)
    const above = new Float64Array(sumsLength(1))
    accumulate(rows, zeros, 0.6, null, 0, 4, above)
    expect(above[SUM_CORRECT]).toBe(2) // now every row is predicted 0
  })

  it('sums the rows listed in `order` between start and end, and adds onto what is there', () => {
    fc.assert(
      fc.property(problems, fc.nat(), (problem, pick) => {
        const order = Uint32Array.from({ length: problem.n }, (_, i) => (i + pick) % problem.n)
        const start = pick % problem.n
        const picked = new Float64Array(sumsLength(problem.rows.d)).fill(1)
        accumulate(problem.rows, problem.params, 0.5, order, start, problem.n, picked)
        const expected = new Float64Array(sumsLength(problem.rows.d)).fill(1)
        for (let k = start; k < problem.n; k++) {
          accumulate(problem.rows, problem.params, 0.5, null, order[k], order[k] + 1, expected)
        }
        picked.forEach((value, slot) => expect(value).toBeCloseTo(expected[slot], 12))
      }),
      { numRuns: 200 }
    )
  })

  it('writes H(x) per row, consistent with the predictions it counts', () => {
    fc.assert(
      fc.property(problems, fc.double({ min: 0, max: 1, noNaN: true }), (problem, threshold) => {
        const p = new Float64Array(problem.n)
        probabilities(problem.rows, problem.params, 0, problem.n, p)
        let correct = 0
        for (let i = 0; i < problem.n; i++) {
          expect(p[i]).toBeGreaterThanOrEqual(0)
          expect(p[i]).toBeLessThanOrEqual(1)
          if ((p[i] >= threshold ? 1 : 0) === problem.rows.y[i]) correct++
        }
        expect(sums(problem, problem.params, threshold)[SUM_CORRECT]).toBe(correct)
      }),
      { numRuns: 300 }
    )
  })
})
