// The generated sets are the same rows on every machine: checked against values computed once,
// independently, in Python. numpy's RandomState(seed) is mt19937 seeded as torch.manual_seed
// seeds it (init_genrand), and its random_sample() is genrand_res53, so this reproduces every
// number (run with /usr/bin/python3):
//
//   import numpy as np, math
//   def gen(kind, rows, noise, seed):
//       r = np.random.RandomState(seed); out = []; zeros = rows // 2
//       for i in range(rows):
//           label = 0 if i < zeros else 1; side = 1 if label else -1
//           k = i if label == 0 else i - zeros; flip = 1 if k % 2 == 0 else -1
//           c = (flip, -side * flip) if kind == 'xor' else (side, side)
//           while True:
//               u1 = 1 - r.random_sample(); u2 = r.random_sample()
//               rr = math.sqrt(-2 * math.log(u1)); a = 2 * math.pi * u2
//               x1 = round(c[0] + noise * rr * math.cos(a), 3)
//               x2 = round(c[1] + noise * rr * math.sin(a), 3)
//               if kind != 'separable' or side * (x1 + x2) / math.sqrt(2) >= 0.5: break
//           out += [x1, x2]
//       return out
//   print(gen('blobs', 6, 1, 3), gen('separable', 6, 0.8, 3), gen('xor', 6, 0.4, 3))
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MersenneTwister,
  SEPARABLE_MARGIN,
  gaussianPair,
  generatePoints,
  uniform53,
  type GeneratorKind
} from '@core'

describe('the generators draw from the seed exactly as written down', () => {
  it("draws numpy's RandomState(3).random_sample() doubles from MersenneTwister(3)", () => {
    const rng = new MersenneTwister(3)
    const drawn = Array.from({ length: 4 }, () => uniform53(rng))
    expect(drawn).toEqual([
      0.5507979025745755, 0.7081478226181048, 0.2909047389129443, 0.510827605197663
    ])
  })

  it.each<[GeneratorKind, number, number[]]>([
    [
      'blobs',
      1,
      [-1.329, -2.222, -1.827, -1.056, 0.681, -2.282, 1.138, 1.499, 0.697, 1.118, 0.763, 1.066]
    ],
    [
      'separable',
      0.8,
      [-1.263, -1.977, -1.662, -1.045, 0.345, -2.026, 1.11, 1.4, 0.758, 1.095, 0.81, 1.053]
    ],
    [
      'xor',
      0.4,
      [0.868, 0.511, -1.331, -1.023, 1.672, 0.487, 1.055, -0.8, -1.121, 1.047, 0.905, -0.974]
    ]
  ])('%s, 6 rows, noise %s, seed 3: the rows Python computes', (kind, noise, expected) => {
    const { x, y } = generatePoints(kind, { rows: 6, noise, seed: 3 })
    expect(Array.from(x)).toEqual(expected)
    expect(Array.from(y)).toEqual([0, 0, 0, 1, 1, 1])
  })

  it('gives the same rows for the same seed and other rows for another', () => {
    const a = generatePoints('blobs', { rows: 50, noise: 1, seed: 7 })
    const b = generatePoints('blobs', { rows: 50, noise: 1, seed: 7 })
    const c = generatePoints('blobs', { rows: 50, noise: 1, seed: 8 })
    expect(b).toEqual(a)
    expect(Array.from(c.x)).not.toEqual(Array.from(a.x))
  })
})

describe('what each generator promises', () => {
  const kinds: GeneratorKind[] = ['blobs', 'separable', 'xor']
  const params = fc.record({
    rows: fc.integer({ min: 4, max: 300 }),
    noise: fc.double({ min: 0, max: 3, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 })
  })

  it('labels the first half 0 and the rest 1, with 3-decimal finite values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), params, (kind, p) => {
        const { x, y } = generatePoints(kind, p)
        const zeros = Math.floor(p.rows / 2)
        expect(Array.from(y)).toEqual(Array.from({ length: p.rows }, (_, i) => (i < zeros ? 0 : 1)))
        for (const v of x) {
          expect(Number.isFinite(v)).toBe(true)
          expect(Object.is(v, -0)).toBe(false)
          expect(Math.round(v * 1000) / 1000).toBe(v)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('separable: every point lies at least the margin on its own side of x1 + x2 = 0', () => {
    fc.assert(
      fc.property(params, (p) => {
        const { x, y } = generatePoints('separable', p)
        for (let i = 0; i < p.rows; i++) {
          const side = y[i] === 1 ? 1 : -1
          expect((side * (x[2 * i] + x[2 * i + 1])) / Math.SQRT2).toBeGreaterThanOrEqual(
            SEPARABLE_MARGIN
          )
        }
      }),
      { numRuns: 60 }
    )
  })

  it('xor at noise 0: class 1 exactly where x1 and x2 differ in sign, both corners of each class', () => {
    const { x, y } = generatePoints('xor', { rows: 8, noise: 0, seed: 1 })
    const points = Array.from(y, (label, i) => `${label}:${x[2 * i]},${x[2 * i + 1]}`)
    expect(new Set(points)).toEqual(new Set(['0:1,1', '0:-1,-1', '1:1,-1', '1:-1,1']))
  })

  it('blobs: more noise, more overlap (a line through the middle gets fewer right)', () => {
    const rightOf = (noise: number): number => {
      const { x, y } = generatePoints('blobs', { rows: 2000, noise, seed: 5 })
      let right = 0
      for (let i = 0; i < 2000; i++) if (+(x[2 * i] + x[2 * i + 1] > 0) === y[i]) right++
      return right / 2000
    }
    // The clouds' centres are 2√2 apart: Φ(√2/σ) of each class is on its side of x1 + x2 = 0.
    expect(rightOf(0.3)).toBe(1)
    expect(rightOf(1)).toBeCloseTo(0.92, 1)
    expect(rightOf(2)).toBeCloseTo(0.76, 1)
  })

  it('Box–Muller gives standard normal numbers (mean 0, variance 1 over 100,000 pairs)', () => {
    const rng = new MersenneTwister(11)
    let sum = 0
    let squares = 0
    for (let k = 0; k < 100_000; k++) {
      for (const g of gaussianPair(rng)) {
        sum += g
        squares += g * g
      }
    }
    expect(sum / 200_000).toBeCloseTo(0, 2)
    expect(squares / 200_000).toBeCloseTo(1, 1)
  })
})
