// Operations on many cells of a DataTable at once, each with the data needed to undo it: rows
// taken out and put back at their places, and rectangles saved before a paste and restored.
import type { DataTable } from './datasetTable'

/** Rows taken out of the table (ascending indices), with everything needed to put them back. */
export interface RemovedRows {
  indices: number[]
  /** Per column, the removed rows' values in order. */
  values: Float64Array[]
  /** Per column: position among the removed rows -> text as typed. */
  texts: Map<number, string>[]
}

/** A rectangle of cells, saved before a paste overwrites it. */
export interface SavedRegion {
  row: number
  column: number
  rows: number
  columns: number
  values: Float64Array
  texts: Map<number, string>
}

/** Splits a column's typed texts into the kept rows (renumbered) and the removed ones. */
function splitTexts(
  texts: Map<number, string>,
  newIndex: Int32Array,
  removedIndices: number[]
): [Map<number, string>, Map<number, string>] {
  const kept = new Map<number, string>()
  const removed = new Map<number, string>()
  if (texts.size === 0) return [kept, removed]
  const position = new Map(removedIndices.map((row, k) => [row, k]))
  for (const [row, text] of texts) {
    if (newIndex[row] >= 0) kept.set(newIndex[row], text)
    else removed.set(position.get(row) as number, text)
  }
  return [kept, removed]
}

/** Removes rows (any order, duplicates and rows outside ignored); returns them for putting back. */
export function removeRows(table: DataTable, rows: readonly number[]): RemovedRows {
  const n = table.rows
  const indices = [...new Set(rows)].filter((i) => i >= 0 && i < n).sort((a, b) => a - b)
  const removing = new Uint8Array(n)
  for (const i of indices) removing[i] = 1
  const newIndex = new Int32Array(n)
  let kept = 0
  for (let i = 0; i < n; i++) newIndex[i] = removing[i] ? -1 : kept++
  const { columns, texts } = table.state
  const removed: RemovedRows = { indices, values: [], texts: [] }
  columns.forEach((values, j) => {
    const keptValues = new Float64Array(n - indices.length)
    const removedValues = new Float64Array(indices.length)
    let k = 0
    let r = 0
    for (let i = 0; i < n; i++) {
      if (removing[i]) removedValues[r++] = values[i]
      else keptValues[k++] = values[i]
    }
    columns[j] = keptValues
    removed.values.push(removedValues)
    const [keptTexts, removedTexts] = splitTexts(texts[j], newIndex, indices)
    texts[j] = keptTexts
    removed.texts.push(removedTexts)
  })
  table.state.rows = n - indices.length
  table.recountRows()
  return removed
}

/** Puts removed rows back at their old indices (the inverse of removeRows). */
export function insertRows(table: DataTable, removed: RemovedRows): void {
  const { indices } = removed
  const total = table.rows + indices.length
  const { columns, texts } = table.state
  columns.forEach((values, j) => {
    const merged = new Float64Array(total)
    const mergedTexts = new Map<number, string>()
    let from = 0
    let back = 0
    for (let i = 0; i < total; i++) {
      const restoring = back < indices.length && indices[back] === i
      merged[i] = restoring ? removed.values[j][back] : values[from]
      const text = restoring ? removed.texts[j].get(back) : texts[j].get(from)
      if (text !== undefined) mergedTexts.set(i, text)
      if (restoring) back++
      else from++
    }
    columns[j] = merged
    texts[j] = mergedTexts
  })
  table.state.rows = total
  table.recountRows()
}

export function saveRegion(
  table: DataTable,
  row: number,
  column: number,
  rows: number,
  columns: number
): SavedRegion {
  const values = new Float64Array(rows * columns)
  const texts = new Map<number, string>()
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j
      values[k] = table.state.columns[column + j][row + i]
      const text = table.state.texts[column + j].get(row + i)
      if (text !== undefined) texts.set(k, text)
    }
  }
  return { row, column, rows, columns, values, texts }
}

export function restoreRegion(table: DataTable, region: SavedRegion): void {
  for (let i = 0; i < region.rows; i++) {
    for (let j = 0; j < region.columns; j++) {
      const k = i * region.columns + j
      table.setRaw(region.row + i, region.column + j, region.values[k], region.texts.get(k))
    }
  }
}
