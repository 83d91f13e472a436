// The import's fast path for plain numbers: whenever it takes a cell as a number, that number is
// the one validation reads and String() spells the cell exactly as it was written.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellToNumber } from '@core/dataset'
import { canonicalDecimalValue } from '@renderer/csv/numberSpelling'

const digits = (max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((d) => d.join(''))
const decimalLike = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(18), fc.constantFrom('', '.'), digits(18))
  .map(([sign, int, point, fraction]) => sign + int + point + fraction)

describe('canonicalDecimalValue', () => {
  it('takes only cells that String() spells back exactly, with the value validation reads', () => {
    fc.assert(
      fc.property(fc.oneof(decimalLike, fc.double().map(String), fc.string()), (text) => {
        const value = canonicalDecimalValue(text)
        if (value === null) return
        expect(String(value)).toBe(text)
        expect(Object.is(value, cellToNumber(text))).toBe(true)
      }),
      { numRuns: 20_000 }
    )
  })

  it('takes the numbers a data file is made of', () => {
    for (const text of ['0', '1', '-0.294118', '0.00149028', '123456789012345', '0.000001'])
      expect(canonicalDecimalValue(text)).toBe(Number(text))
  })

  it('leaves every other spelling to the slow path', () => {
    const others = ['-0', '1.50', '1.', '.5', '+1', '01', '1e3', '0.0000001', '1234567890123456']
    for (const text of [...others, '', '-', 'abc', 'inf', ' 1'])
      expect(canonicalDecimalValue(text)).toBeNull()
  })
})
