import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { costAccuracyLine, costLine, formatFixed, formatInt } from '@core'
import { pythonFormat } from '../support/pythonFormat'

/** Doubles of every kind: tiny, huge, subnormal, exact ties, integers, costs and percentages. */
const interesting = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  // odd multiples of 2^-(k+1) are exact ties at k decimals: round-half-even decides
  fc
    .tuple(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: 1, max: 12 }))
    .map(([j, k]) => (2 * j + 1) * 2 ** -(k + 1)),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((i) => i / 64),
  fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 0.0078125, 1e16, 1e22, 1e23, 2 ** 70, 5e-324)
)

describe("Python's format semantics", () => {
  it('rounds half to even on the exact binary value: 0.0078125 -> 0.007812, 0.125 -> 0.12', () => {
    // found by the property below: a tie that toFixed rounds up and Python rounds to even
    expect(formatFixed(49374514868371.54, 6)).toBe('49374514868371.539062')
    expect(formatFixed(0.0078125, 6)).toBe('0.007812')
    expect(formatFixed(0.0234375, 6)).toBe('0.023438')
    expect(formatFixed(0.125, 2)).toBe('0.12')
    expect(formatFixed(0.375, 2)).toBe('0.38')
    expect(formatFixed(2.5, 0)).toBe('2')
    // 0.015 is stored as 0.01499999...: not a tie, so it rounds down
    expect(formatFixed(0.015, 2)).toBe('0.01')
  })

  it('keeps the sign of negative zero and of negatives that round to zero', () => {
    expect(formatFixed(-0, 6)).toBe('-0.000000')
    expect(formatFixed(-1e-9, 6)).toBe('-0.000000')
    expect(formatFixed(0, 2)).toBe('0.00')
  })

  it('never writes scientific notation: 1e22 and 2^70 in full, 5e-324 as zeros', () => {
    expect(formatFixed(1e22, 2)).toBe('10000000000000000000000.00')
    expect(formatFixed(1e23, 1)).toBe('99999999999999991611392.0')
    expect(formatFixed(2 ** 70, 0)).toBe('1180591620717411303424')
    expect(formatFixed(5e-324, 6)).toBe('0.000000')
    expect(formatFixed(1.5e-7, 6)).toBe('0.000000')
    expect(formatFixed(1.5e-6, 6)).toBe('0.000002')
  })

  it("writes inf, -inf and nan like Python's float formatting", () => {
    expect(formatFixed(Infinity, 6)).toBe('inf')
    expect(formatFixed(-Infinity, 6)).toBe('-inf')
    expect(formatFixed(Number.NaN, 6)).toBe('nan')
  })

  it("agrees with Python's format(value, '.{k}f') on 3000 generated doubles", () => {
    const items = fc
      .sample(fc.tuple(interesting, fc.integer({ min: 0, max: 8 })), { numRuns: 3000, seed: 42 })
      .map(([value, digits]) => [value, `.${digits}f`] as const)
    const expected = pythonFormat(items)
    const actual = items.map(([value, spec]) => formatFixed(value, Number(spec.slice(1, -1))))
    const mismatches = items
      .map((item, i) => ({ value: item[0], spec: item[1], python: expected[i], ours: actual[i] }))
      .filter((m) => m.python !== m.ours)
    expect(mismatches).toEqual([])
  })

  it('agrees with toFixed wherever toFixed is exact (|x| < 1e21, no tie, not -0)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e20, max: 1e20, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        (value, digits) => {
          fc.pre(!Object.is(value, -0))
          // an exact tie at k decimals is an odd multiple of 2^-(k+1) (scaling by 2 is exact)
          const isTie =
            Number.isInteger(value * 2 ** (digits + 1)) && !Number.isInteger(value * 2 ** digits)
          fc.pre(!isTie)
          expect(formatFixed(value, digits)).toBe(value.toFixed(digits))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("right-aligns integers like '{:4d}', and widens past the width", () => {
    expect(formatInt(0, 4)).toBe('   0')
    expect(formatInt(100, 4)).toBe(' 100')
    expect(formatInt(12345, 4)).toBe('12345')
    expect(formatInt(-5, 4)).toBe('  -5')
    expect(formatInt(2 ** 53 - 1)).toBe('9007199254740991')
  })
})

describe("the lab's log lines", () => {
  it("prints 'Epoch {:4d}/{} Cost: {:.6f}'", () => {
    expect(costLine(0, 1000, Math.LN2)).toBe('Epoch    0/1000 Cost: 0.693147')
    expect(costLine(10000, 20000, 0.0078125)).toBe('Epoch 10000/20000 Cost: 0.007812')
  })

  it("prints 'Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%' from a fraction", () => {
    expect(costAccuracyLine(10, 100, 0.614853, 4 / 6)).toBe(
      'Epoch   10/100 Cost: 0.614853 Accuracy 66.67%'
    )
    expect(costAccuracyLine(100, 100, 0.1, 1)).toBe(
      'Epoch  100/100 Cost: 0.100000 Accuracy 100.00%'
    )
    expect(costAccuracyLine(5, 100, 0.1, 0)).toBe('Epoch    5/100 Cost: 0.100000 Accuracy 0.00%')
  })

  it('matches Python on the accuracy percentages n rows can produce (n up to 200)', () => {
    const items: [number, string][] = []
    for (let n = 1; n <= 200; n++) {
      for (let correct = 0; correct <= n; correct++) items.push([(correct / n) * 100, '2.2f'])
    }
    const expected = pythonFormat(items)
    const actual = items.map(([value]) => formatFixed(value, 2).padStart(2))
    expect(actual).toEqual(expected)
  })
})
