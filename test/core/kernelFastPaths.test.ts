// The kernel's speed paths against the plain ones: the table-driven exp against Math.exp, the
// cost summed through a product of factors against log1p per row, H(x) against PyTorch's float32
// sigmoid, the unrolled sweeps for d = 2 and d = 8 against the general sweep (which the same rows
// take when listed through `order`), and block sums against `accumulate`.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BLOCK_ROWS,
  accumulate,
  addBlockSums,
  probabilities,
  sigmoid,
  sumsLength,
  writeBlockSums,
  type Rows
} from '@core'
import { expNegative } from '@core/kernelMath'
import { syntheticDataset } from '../support/syntheticData'

/** Units in the last place of `reference` between the two values. */
function ulpsApart(value: number, reference: number): number {
  const spacing = Math.max(2 ** (Math.floor(Math.log2(Math.abs(reference))) - 52), Number.MIN_VALUE)
  return Math.abs(value - reference) / spacing
}

function rowsOf(rows: number, features: number, seed: number): Rows {
  const data = syntheticDataset(rows, features, seed)
  return { x: data.x, y: data.y, d: features }
}

const identity = (n: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => i)

describe('exp from tables', () => {
  it('give exp(-a) within 4 ulp of Math.exp for a in [0, 700]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 700, noNaN: true }), (a) => {
        expect(ulpsApart(expNegative(a), Math.exp(-a))).toBeLessThanOrEqual(4)
      }),
      { numRuns: 20_000 }
    )
  })

  it('give 1 at 0, 0 past underflow and at infinity, and NaN for NaN', () => {
    expect(expNegative(0)).toBe(1)
    expect(expNegative(746.5)).toBe(0)
    expect(expNegative(Infinity)).toBe(0)
    expect(expNegative(NaN)).toBeNaN()
  })
})

describe('the cost through a product of factors', () => {
  /** Σ BCE per row by Math.log1p and Math.exp; float32 H(x) on badly wrong rows, as kernel.ts. */
  function referenceLoss(rows: Rows, params: Float64Array, n: number): number {
    const { x, y, d } = rows
    let total = 0
    for (let i = 0; i < n; i++) {
      let z = params[d]
      for (let j = 0; j < d; j++) z += x[i * d + j] * params[j]
      const disagreement = z >= 0 !== (y[i] === 1) ? Math.abs(z) : 0
      if (disagreement > 4) {
        const p = Math.fround(1 / Math.fround(1 + Math.fround(Math.exp(-z))))
        total += Math.min(-Math.log(y[i] === 1 ? p : 1 - p), 100)
      } else {
        total += Math.log1p(Math.exp(-Math.abs(z))) + disagreement
      }
    }
    return total
  }

  it.each([2, 8, 3])("sums the rows' losses as log1p per row would, at d = %i", (d) => {
    const n = 3 * BLOCK_ROWS + 77 // groups of 32 rows, and a last group cut short
    const rows = rowsOf(n, d, 90 + d)
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -4, max: 4, noNaN: true }), {
          minLength: d + 1,
          maxLength: d + 1
        }),
        fc.integer({ min: 0, max: n - 1 }),
        (weights, start) => {
          const params = Float64Array.from(weights)
          const sums = new Float64Array(sumsLength(d))
          accumulate(rows, params, 0.5, null, 0, n, sums)
          const expected = referenceLoss(rows, params, n)
          expect(Math.abs(sums[0] - expected)).toBeLessThanOrEqual(1e-13 * expected)
          // from any first row, so that groups start mid-way (mini-batches, other blocks)
          const part = new Float64Array(sumsLength(d))
          const order = Uint32Array.from({ length: n - start }, (_, i) => i + start)
          accumulate(rows, params, 0.5, order, 0, n - start, part)
          const tail = referenceLoss(rows, params, n) - referenceLoss(rows, params, start)
          expect(Math.abs(part[0] - tail)).toBeLessThanOrEqual(1e-12 * (1 + expected))
        }
      ),
      { numRuns: 30 }
    )
  })
})

describe("H(x) as PyTorch's float32 sigmoid", () => {
  // One feature equal to z, weight 1, bias 0: the kernel's H(x) at exactly these z, each the
  // float32 value torch.tensor(zs) holds.
  const zs = [16.5, 16.7, 17, 0, -88, -88.7, -88.8, -95].map(Math.fround)
  const rows: Rows = { x: Float64Array.from(zs), y: new Float64Array(zs.length), d: 1 }
  const params = Float64Array.of(1, 0)

  it('rounds to exactly 1 above z ~ 16.64 and to 0 below z ~ -88.72, like torch.sigmoid', () => {
    const p = new Float64Array(zs.length)
    probabilities(rows, params, 0, zs.length, p)
    // printed by torch.sigmoid(torch.tensor(zs)).tolist() in PyTorch 1.13 (float32)
    const torchFloat32 = [
      0.9999998807907104, 1, 1, 0.5, 6.054601485195952e-39, 3.006635794144578e-39, 0, 0
    ]
    expect(Array.from(p)).toEqual(torchFloat32)
  })

  it('makes a confidently wrong row cost the clamp value 100 with no gradient, as PyTorch does', () => {
    const wrong: Rows = { x: Float64Array.of(17), y: Float64Array.of(0), d: 1 }
    const sums = new Float64Array(sumsLength(1))
    accumulate(wrong, params, 0.5, null, 0, 1, sums)
    expect(sums[0]).toBe(100)
    expect(sums[1]).toBe(0)
    expect(Array.from(sums.subarray(2))).toEqual([0, 0])
  })
})

describe('the unrolled sweeps', () => {
  it.each([2, 8, 3])('give the general sweep bit for bit at d = %i', (d) => {
    const n = 3 * BLOCK_ROWS + 77
    const rows = rowsOf(n, d, 40 + d)
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
          minLength: d + 1,
          maxLength: d + 1
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, threshold) => {
          const params = Float64Array.from(weights)
          const direct = new Float64Array(sumsLength(d))
          const listed = new Float64Array(sumsLength(d))
          accumulate(rows, params, threshold, null, 0, n, direct)
          accumulate(rows, params, threshold, identity(n), 0, n, listed)
          expect(Array.from(direct)).toEqual(Array.from(listed))
        }
      ),
      { numRuns: 40 }
    )
  })

  it('count as correct exactly the predictions made from probabilities()', () => {
    const n = 2 * BLOCK_ROWS + 5
    const rows = rowsOf(n, 8, 7)
    const params = Float64Array.of(0.4, -0.3, 0.2, 0.1, -0.5, 0.3, 0.05, -0.2, 0.1)
    const p = new Float64Array(n)
    probabilities(rows, params, 0, n, p)
    for (const threshold of [0.3, 0.5, p[0], p[1]]) {
      const sums = new Float64Array(sumsLength(8))
      accumulate(rows, params, threshold, null, 0, n, sums)
      const correct = p.reduce(
        (count, pi, i) => count + ((pi >= threshold ? 1 : 0) === rows.y[i] ? 1 : 0),
        0
      )
      expect(sums[1]).toBe(correct)
    }
    p.forEach((pi, i) => {
      let z = params[8]
      for (let j = 0; j < 8; j++) z += rows.x[i * 8 + j] * params[j]
      // H(x) is a float32, as in PyTorch: within one float32 ulp of the exact sigmoid
      expect(Math.abs(pi - sigmoid(z))).toBeLessThanOrEqual(sigmoid(z) * 2 ** -23)
    })
  })
})

describe('block sums', () => {
  it('add up, in block order, to exactly what accumulate gives, however the blocks are split', () => {
    const n = 5 * BLOCK_ROWS + 300
    const blocks = 6
    const rows = rowsOf(n, 3, 11)
    const params = Float64Array.of(0.7, -1.1, 0.4, 0.2)
    const expected = new Float64Array(sumsLength(3))
    accumulate(rows, params, 0.5, null, 0, n, expected)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: blocks }), (split) => {
        const blockSums = new Float64Array(blocks * sumsLength(3)).fill(Number.NaN)
        writeBlockSums(rows, params, 0.5, split, blocks, blockSums) // one thread's share
        writeBlockSums(rows, params, 0.5, 0, split, blockSums) // the other's
        const sums = new Float64Array(sumsLength(3))
        addBlockSums(blockSums, blocks, sums)
        expect(Array.from(sums)).toEqual(Array.from(expected))
      })
    )
  })
})
