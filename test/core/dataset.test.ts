// Validation of untrusted tables: every error names its row and column.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_REPORTED_ISSUES,
  cellToNumber,
  describeIssue,
  validateTable,
  type DatasetIssue
} from '@core'

const goodTable = (rows: number, cols: number): { x: string[][]; y: string[] } => ({
  x: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => `${i + j}.5`)),
  y: Array.from({ length: rows }, (_, i) => String(i % 2))
})

type Fault = 'text' | 'empty' | 'nan' | 'infinity' | 'label'
const badCell: Record<Fault, string> = {
  text: 'abc',
  empty: '  ',
  nan: 'NaN',
  infinity: '-inf',
  label: '2'
}
const expectedCode: Record<Fault, DatasetIssue['code']> = {
  text: 'notANumber',
  empty: 'notANumber',
  nan: 'nonFinite',
  infinity: 'nonFinite',
  label: 'badLabel'
}

describe('validateTable', () => {
  it('accepts a clean table and stores the numbers as given', () => {
    const result = validateTable({
      featureNames: ['a', 'b'],
      x: [
        [1, '2.5'],
        ['-3e2', 4]
      ],
      y: [0, '1']
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Array.from(result.dataset.x)).toEqual([1, 2.5, -300, 4])
    expect(Array.from(result.dataset.y)).toEqual([0, 1])
    expect(result.dataset.featureNames).toEqual(['a', 'b'])
    expect(result.warnings).toEqual([])
  })

  it('names the row and column of a bad cell wherever it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<Fault>('text', 'empty', 'nan', 'infinity', 'label'),
        (rows, cols, r, c, fault) => {
          const table = goodTable(rows, cols)
          const row = r % rows
          const column = fault === 'label' ? cols : c % cols
          if (fault === 'label') table.y[row] = badCell[fault]
          else table.x[row][column] = badCell[fault]
          const result = validateTable({ featureNames: [], ...table })
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(result.errors).toEqual([
            { code: expectedCode[fault], severity: 'error', row, column, value: badCell[fault] }
          ])
        }
      ),
      { numRuns: 300 }
    )
  })

  it('names a ragged row and the first column it is missing or has extra', () => {
    const result = validateTable({
      featureNames: ['a', 'b', 'c'],
      x: [[1, 2, 3], [1], [1, 2, 3, 4]],
      y: [0, 1, 0]
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { code: 'ragged', severity: 'error', row: 1, column: 1, value: '1', expected: 3 },
      { code: 'ragged', severity: 'error', row: 2, column: 3, value: '4', expected: 3 }
    ])
  })

  it('accepts labels that are exactly 0 or 1 in any spelling, and nothing else', () => {
    for (const label of ['0', '1', '1.0', '0e5', ' 1 ', 1, 0, '-0']) {
      expect(
        validateTable({ featureNames: [], x: [[1], [2]], y: [label, label === 1 ? 0 : 1] }).ok
      ).toBe(true)
    }
    for (const label of ['0.5', '2', '-1', 'yes', '', 'true', null, true]) {
      const result = validateTable({ featureNames: [], x: [[1]], y: [label] })
      expect(result.ok, String(label)).toBe(false)
    }
  })

  it('stores a -0 label as class 0 (+0)', () => {
    const result = validateTable({ featureNames: [], x: [[1], [2]], y: ['-0', '1'] })
    expect(result.ok && Object.is(result.dataset.y[0], 0)).toBe(true)
  })

  it('allows a single class but warns about it', () => {
    const result = validateTable({ featureNames: [], x: [[1], [2]], y: [1, 1] })
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([{ code: 'singleClass', severity: 'warning', value: '1' }])
    expect(describeIssue(result.warnings[0])).toMatch(/every label is 1/)
  })

  it('reports no rows, no features and a label count that does not match', () => {
    const codes = (input: Parameters<typeof validateTable>[0]): string[] => {
      const result = validateTable(input)
      return result.ok ? [] : result.errors.map((e) => e.code)
    }
    expect(codes({ featureNames: [], x: [], y: [] })).toEqual(['empty'])
    expect(codes({ featureNames: [], x: [[]], y: [1] })).toEqual(['noFeatures'])
    expect(codes({ featureNames: [], x: [[1], [2]], y: [1] })).toEqual(['labelCount'])
  })

  it(`stops after ${MAX_REPORTED_ISSUES} errors: the first ones are what a user fixes`, () => {
    const x = Array.from({ length: 500 }, () => ['bad'])
    const result = validateTable({ featureNames: [], x, y: x.map(() => 0) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toHaveLength(MAX_REPORTED_ISSUES)
  })

  it('describes an issue in one line naming row and column (1-based)', () => {
    const issue: DatasetIssue = {
      code: 'notANumber',
      severity: 'error',
      row: 2,
      column: 0,
      value: 'a\nb'
    }
    expect(describeIssue(issue)).toBe('row 3, column 1: "a\\nb" is not a number')
    expect(describeIssue({ ...issue, value: '' })).toBe(
      'row 3, column 1: the cell is empty, expected a number'
    )
  })
})

describe('cellToNumber', () => {
  it('reads decimals and exponents, and inf/nan so they can be reported as non-finite', () => {
    expect(cellToNumber(' 1.5 ')).toBe(1.5)
    expect(cellToNumber('.5')).toBe(0.5)
    expect(cellToNumber('5.')).toBe(5)
    expect(cellToNumber('-2E-3')).toBe(-0.002)
    expect(cellToNumber('+7')).toBe(7)
    expect(cellToNumber('Infinity')).toBe(Infinity)
    expect(cellToNumber('-inf')).toBe(-Infinity)
    expect(cellToNumber('nan')).toBeNaN()
  })

  it('refuses what is not a plain decimal: hex, commas, units, blanks', () => {
    for (const text of ['0x10', '1,5', '3kg', '', ' ', '1e', '--1', '1 2']) {
      expect(cellToNumber(text), text).toBeNull()
    }
    expect(cellToNumber(undefined)).toBeNull()
    expect(cellToNumber(true)).toBeNull()
  })

  it('reads back every double JavaScript writes', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        // String(-0) is '0': the sign of zero is the one thing text does not carry
        expect(cellToNumber(String(value))).toBe(Object.is(value, -0) ? 0 : value)
      })
    )
  })
})

describe('describeIssue for ragged rows', () => {
  it('counts features in words that read right for one or several', () => {
    const issue: DatasetIssue = {
      code: 'ragged',
      severity: 'error',
      row: 0,
      column: 1,
      value: '1',
      expected: 2
    }
    expect(describeIssue(issue)).toBe('row 1, column 2: has 1 feature, expected 2')
    expect(describeIssue({ ...issue, value: '3', column: 2 })).toBe(
      'row 1, column 3: has 3 features, expected 2'
    )
  })
})
