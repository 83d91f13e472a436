// A session's table to and from what trains on it. Into a session: a data set (the values, no
// texts), or a CSV's cells kept the way the app's import keeps them (the value, and the text where
// it differs from the value's own spelling, e.g. "1.50"). Out of a session: the Dataset the app
// trains on, or the first invalid cell, named by row and column: a table is the student's work in
// progress, and a table with a cell that is not a number cannot be trained on.
import { cellToNumber, type Dataset, type DatasetIssue } from '../../core/dataset'
import type { SessionData } from './sessionTypes'

/** The spelling a cell's value has when nobody typed another: '' for "no number". */
function canonicalText(value: number): string {
  return Number.isNaN(value) ? '' : String(value)
}

/** The table of a data set: its features column by column, then its labels; no texts. */
export function tableFromDataset(dataset: Dataset, labelName = 'y'): SessionData {
  const { rows, cols, x, y } = dataset
  const columns = Array.from({ length: cols }, (_, j) => {
    const column = new Float64Array(rows)
    for (let i = 0; i < rows; i++) column[i] = x[i * cols + j]
    return column
  })
  columns.push(Float64Array.from(y))
  return {
    featureNames: [...dataset.featureNames],
    labelName,
    rows,
    columns,
    texts: columns.map(() => [])
  }
}

/**
 * The table of rows of text cells (the features, then the label), as the app's CSV import makes
 * it: each cell's value read as the app reads a typed cell, its text kept where it differs.
 */
export function tableFromCells(
  featureNames: readonly string[],
  labelName: string,
  cells: readonly (readonly string[])[]
): SessionData {
  const rows = cells.length
  const width = featureNames.length + 1
  const columns = Array.from({ length: width }, () => new Float64Array(rows))
  const texts: [number, string][][] = Array.from({ length: width }, () => [])
  for (let i = 0; i < rows; i++) {
    const row = cells[i]
    for (let j = 0; j < width; j++) {
      const text = row[j] ?? ''
      const value = cellToNumber(text) ?? Number.NaN
      columns[j][i] = value
      if (text !== canonicalText(value)) texts[j].push([i, text])
    }
  }
  return { featureNames: [...featureNames], labelName, rows, columns, texts }
}

export type TableDataset =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  /** `issue`: the first problem, row by row; `problems`: how many cells have one. */
  | { ok: false; issue: DatasetIssue; problems: number }

/** A cell's text: the one typed, else its value's own spelling. */
function cellText(data: SessionData, row: number, column: number): string {
  const typed = data.texts[column].find(([at]) => at === row)
  return typed ? typed[1] : canonicalText(data.columns[column][row])
}

/** The first invalid row of each column (-1 if none), and how many cells are invalid in all. */
function invalidCells(data: SessionData): { firstRows: number[]; count: number } {
  const d = data.featureNames.length
  let count = 0
  const firstRows = data.columns.map((column, j) => {
    // Labels are exactly 0 or 1; features any finite number (as the app's table checks them).
    const valid = j === d ? (v: number) => v === 0 || v === 1 : Number.isFinite
    let first = -1
    for (let i = 0; i < column.length; i++) {
      if (valid(column[i])) continue
      if (first < 0) first = i
      count++
    }
    return first
  })
  return { firstRows, count }
}

/** The data set the table trains on (row-major, as the app's toDataset), or its first problem. */
export function datasetFromTable(data: SessionData): TableDataset {
  const { rows, columns, featureNames } = data
  const cols = featureNames.length
  if (rows === 0) return { ok: false, issue: { code: 'empty', severity: 'error' }, problems: 1 }
  if (cols === 0)
    return { ok: false, issue: { code: 'noFeatures', severity: 'error' }, problems: 1 }
  const { firstRows, count } = invalidCells(data)
  if (count > 0) {
    // Row by row, then column by column: the order the app lists a table's problems in.
    let row = Infinity
    let column = -1
    firstRows.forEach((first, j) => {
      if (first >= 0 && first < row) [row, column] = [first, j]
    })
    const value = cellText(data, row, column)
    const code =
      column === cols ? 'badLabel' : cellToNumber(value) === null ? 'notANumber' : 'nonFinite'
    return { ok: false, issue: { code, severity: 'error', row, column, value }, problems: count }
  }
  const x = new Float64Array(rows * cols)
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) x[i * cols + j] = columns[j][i]
  const y = Float64Array.from(columns[cols])
  let ones = 0
  for (let i = 0; i < rows; i++) ones += y[i]
  const warnings: DatasetIssue[] =
    ones === 0 || ones === rows
      ? [{ code: 'singleClass', severity: 'warning', value: String(ones === 0 ? 0 : 1) }]
      : []
  return { ok: true, dataset: { rows, cols, x, y, featureNames: [...featureNames] }, warnings }
}
