// Every change to the table as a reversible edit: each function applies its change at once and
// returns how to undo and redo it (or null when nothing changed), for the store's history.
import type { ColumnData, DataTable, TableState } from './datasetTable'
import type { Edit } from './datasetHistory'
import { insertRows, removeRows, restoreRegion, saveRegion } from './datasetBlocks'

const STRING_BYTES = 48
const textBytes = (text: string): number => STRING_BYTES + text.length * 2

export function setCellEdit(
  table: DataTable,
  row: number,
  column: number,
  text: string
): Edit | null {
  const before = table.text(row, column)
  if (before === text) return null
  table.setText(row, column, text)
  return {
    undo: () => table.setText(row, column, before),
    redo: () => table.setText(row, column, text),
    bytes: 64 + textBytes(before) + textBytes(text),
    row
  }
}

export interface PasteOutcome {
  edit: Edit | null
  /** Cells written. */
  pasted: number
  /** Cells right of the label column, left out. */
  dropped: number
  addedRows: number
}

/** Writes a block of cells with its top-left at (row, column), adding rows as needed. */
export function pasteEdit(
  table: DataTable,
  row: number,
  column: number,
  block: readonly (readonly string[])[]
): PasteOutcome {
  const lastColumn = table.featureCount
  const widest = block.reduce((max, cells) => Math.max(max, cells.length), 0)
  const width = Math.min(widest, lastColumn + 1 - column)
  const oldRows = table.rows
  const needed = row + block.length
  const addedRows = Math.max(0, needed - oldRows)
  let pasted = 0
  let cellBytes = 0
  for (const cells of block) {
    pasted += Math.min(cells.length, width)
    for (const cell of cells) cellBytes += textBytes(cell)
  }
  const dropped = block.reduce((sum, cells) => sum + cells.length, 0) - pasted
  if (pasted === 0) return { edit: null, pasted, dropped, addedRows: 0 }
  const saved = saveRegion(table, row, column, Math.max(0, Math.min(needed, oldRows) - row), width)
  const apply = (): void => {
    if (addedRows > 0) table.appendRows(addedRows)
    block.forEach((cells, i) => {
      for (let j = 0; j < Math.min(cells.length, width); j++)
        table.setText(row + i, column + j, cells[j])
    })
  }
  apply()
  const edit: Edit = {
    undo: () => {
      table.truncateRows(oldRows)
      restoreRegion(table, saved)
    },
    redo: apply,
    bytes: saved.values.byteLength + saved.texts.size * STRING_BYTES + cellBytes
  }
  return { edit, pasted, dropped, addedRows }
}

export function addRowsEdit(table: DataTable, count: number): Edit {
  const oldRows = table.rows
  table.appendRows(count)
  return {
    undo: () => table.truncateRows(oldRows),
    redo: () => table.appendRows(count),
    bytes: 64
  }
}

export function removeRowsEdit(table: DataTable, rows: readonly number[]): Edit | null {
  let removed = removeRows(table, rows)
  if (removed.indices.length === 0) return null
  const textCount = removed.texts.reduce((sum, map) => sum + map.size, 0)
  return {
    undo: () => insertRows(table, removed),
    redo: () => {
      removed = removeRows(table, removed.indices)
    },
    bytes: removed.indices.length * (table.featureCount + 2) * 8 + textCount * STRING_BYTES
  }
}

/** A new feature column just before the label, its cells empty (to be typed). */
export function addFeatureEdit(table: DataTable, name: string): Edit {
  const at = table.featureCount
  let column: ColumnData = {
    name,
    values: new Float64Array(table.rows).fill(Number.NaN),
    texts: new Map()
  }
  table.insertColumn(at, column)
  return {
    // Taken back out as it is now (row removals replace column arrays), to put back on redo.
    undo: () => {
      column = table.removeColumn(at)
    },
    redo: () => table.insertColumn(at, column),
    bytes: table.rows * 8 + 64
  }
}

/** Null when the column does not exist or is the last feature (a model needs one). */
export function removeFeatureEdit(table: DataTable, at: number): Edit | null {
  if (table.featureCount <= 1 || at < 0 || at >= table.featureCount) return null
  let column = table.removeColumn(at)
  return {
    undo: () => table.insertColumn(at, column),
    redo: () => {
      column = table.removeColumn(at)
    },
    bytes: column.values.byteLength + column.texts.size * STRING_BYTES
  }
}

export function renameFeatureEdit(table: DataTable, at: number, name: string): Edit | null {
  const names = table.state.featureNames
  const before = names[at]
  if (before === undefined || before === name) return null
  const rename = (to: string) => () => {
    table.state.featureNames[at] = to
  }
  rename(name)()
  return {
    undo: rename(before),
    redo: rename(name),
    bytes: 64 + textBytes(before) + textBytes(name)
  }
}

export function renameLabelEdit(table: DataTable, name: string): Edit | null {
  const before = table.state.labelName
  if (before === name) return null
  const rename = (to: string) => () => {
    table.state.labelName = to
  }
  rename(name)()
  return {
    undo: rename(before),
    redo: rename(name),
    bytes: 64 + textBytes(before) + textBytes(name)
  }
}

/** A whole new table (an import, the lab's data); the previous one is kept for undo. */
export function replaceTableEdit(table: DataTable, next: TableState): Edit {
  const bytes = table.estimateBytes()
  const previous = table.replace(next)
  return {
    undo: () => table.replace(previous),
    redo: () => table.replace(next),
    bytes
  }
}

/** A new row at the end with these cells (features, then the label), as one step. */
export function appendRowEdit(table: DataTable, texts: readonly string[]): Edit {
  const oldRows = table.rows
  const apply = (): void => {
    table.appendRows(1)
    texts.forEach((text, column) => table.setText(oldRows, column, text))
  }
  apply()
  return {
    undo: () => table.truncateRows(oldRows),
    redo: apply,
    bytes: 64 + texts.reduce((sum, text) => sum + textBytes(text), 0)
  }
}

/** Several cells of one row at once (a point moved on the plot), as one step; null if none change. */
export function setRowCellsEdit(
  table: DataTable,
  row: number,
  cells: readonly { column: number; text: string }[]
): Edit | null {
  const changes = cells
    .map(({ column, text }) => ({ column, text, before: table.text(row, column) }))
    .filter(({ text, before }) => text !== before)
  if (changes.length === 0) return null
  const write = (to: 'text' | 'before') => () => {
    for (const change of changes) table.setText(row, change.column, change[to])
  }
  write('text')()
  return {
    undo: write('before'),
    redo: write('text'),
    bytes: 64 + changes.reduce((sum, c) => sum + textBytes(c.text) + textBytes(c.before), 0),
    row
  }
}
