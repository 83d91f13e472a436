// A session's table from a CSV's cells, as the app's import keeps them, and back to the data set
// it trains on.
import { describe, expect, it } from 'vitest'
import { parseCsvTable, toyDataset } from '@core'
import { datasetFromTable, tableFromCells, tableFromDataset } from '@shared/session'

describe('tableFromCells', () => {
  it("keeps each cell's value, and its text where it differs from the value's own spelling", () => {
    const parsed = parseCsvTable('hours,lab,passed\n1.50,2,0\n3,1e1,1\n-0,4,0\n')
    if (!parsed.ok) throw new Error('a valid CSV')
    const { featureNames, labelName, cells } = parsed.table
    const table = tableFromCells(featureNames, labelName, cells)
    expect(table.featureNames).toEqual(['hours', 'lab'])
    expect(table.labelName).toBe('passed')
    expect(table.rows).toBe(3)
    expect(table.columns.map((c) => Array.from(c))).toEqual([
      [1.5, 3, -0],
      [2, 10, 4],
      [0, 1, 0]
    ])
    expect(table.texts).toEqual([
      [
        [0, '1.50'],
        [2, '-0']
      ],
      [[1, '1e1']],
      []
    ])
    const trained = datasetFromTable(table)
    expect(trained.ok && Array.from(trained.dataset.x)).toEqual([1.5, 2, 3, 10, -0, 4])
  })

  it('gives the toy data the table tableFromDataset gives it', () => {
    const toy = toyDataset()
    const cells = Array.from({ length: toy.rows }, (_, i) =>
      [toy.x[2 * i], toy.x[2 * i + 1], toy.y[i]].map(String)
    )
    expect(tableFromCells(toy.featureNames, 'y', cells)).toEqual(tableFromDataset(toy))
  })
})

describe('datasetFromTable', () => {
  it('is the data set the table was made from, with the warning of a single class', () => {
    const toy = toyDataset()
    expect(datasetFromTable(tableFromDataset(toy))).toEqual({
      ok: true,
      dataset: toy,
      warnings: []
    })
    const ones = { ...toy, y: new Float64Array(toy.rows).fill(1) }
    const trained = datasetFromTable(tableFromDataset(ones))
    expect(trained.ok && trained.warnings).toEqual([
      { code: 'singleClass', severity: 'warning', value: '1' }
    ])
  })

  it('refuses an empty table, a table without features, and a label that is not 0 or 1', () => {
    const toy = tableFromDataset(toyDataset())
    const empty = { ...toy, rows: 0, columns: toy.columns.map(() => new Float64Array(0)) }
    expect(datasetFromTable(empty)).toMatchObject({ ok: false, issue: { code: 'empty' } })
    const bare = { ...toy, featureNames: [], columns: [toy.columns[2]], texts: [[]] }
    expect(datasetFromTable(bare)).toMatchObject({ ok: false, issue: { code: 'noFeatures' } })
    const labels = Float64Array.from([0, 0, 0, 1, 0.5, 1])
    const half = { ...toy, columns: [toy.columns[0], toy.columns[1], labels] }
    expect(datasetFromTable(half)).toEqual({
      ok: false,
      issue: { code: 'badLabel', severity: 'error', row: 4, column: 2, value: '0.5' },
      problems: 1
    })
  })
})
