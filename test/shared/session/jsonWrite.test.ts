// The codec's own JSON spellings: the ones JSON.stringify would lose, and its chunked fast path.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writeNumbers, writeValue } from '@shared/session/jsonWrite'

const cellsBack = (text: string): number[] =>
  (JSON.parse(text) as (number | null)[]).map((value) => (value === null ? Number.NaN : value))

describe('writeNumbers', () => {
  it('writes what JSON.stringify writes for finite numbers, across chunk boundaries', () => {
    for (const length of [0, 1, 1023, 1024, 1025, 2048, 3000]) {
      const values = Float64Array.from({ length }, (_, i) => Math.sin(i) * 10 ** (i % 7))
      expect(writeNumbers(values)).toBe(JSON.stringify(Array.from(values)))
    }
  })

  it('reads back every value exactly: NaN as null, ±Infinity as ±1e999, -0 as -0', () => {
    fc.assert(
      fc.property(fc.float64Array({ maxLength: 2500 }), (values) => {
        expect(cellsBack(writeNumbers(values))).toEqual(Array.from(values))
      }),
      { numRuns: 300 }
    )
    expect(writeNumbers(Float64Array.of(Number.NaN, Infinity, -Infinity, -0, 0))).toBe(
      '[null,1e999,-1e999,-0,0]'
    )
  })
})

describe('writeValue', () => {
  it('writes plain data as JSON.stringify does, keeping -0', () => {
    const config = {
      epochs: 10,
      optimizer: { kind: 'sgd', lr: 0.1, nesterov: false },
      batchSize: null
    }
    expect(writeValue(config)).toBe(JSON.stringify(config))
    expect(writeValue({ params: [-0, 1.5], left: undefined })).toBe('{"params":[-0,1.5]}')
  })

  it('refuses what has no JSON spelling rather than writing null', () => {
    expect(() => writeValue(Number.NaN)).toThrow(RangeError)
    expect(() => writeValue({ weights: [Infinity] })).toThrow(RangeError)
    expect(() => writeValue(() => 1)).toThrow(TypeError)
  })
})
