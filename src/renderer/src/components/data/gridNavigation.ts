// Moving between the cells of the virtualised data grid from the keyboard: which cell a key leads
// to (useDataGridFocus then focuses it). One cell is "active" and is the grid's only Tab stop (a
// roving tabindex), so Tab can leave a grid of 100,000 rows.

export interface CellPosition {
  row: number
  column: number
}

export interface GridShape {
  rows: number
  /** The last column: the label (the feature count). */
  lastColumn: number
  /** Rows per page, for PageUp and PageDown. */
  pageRows: number
}

/** True when the caret sits where an arrow key should leave the text box rather than move in it. */
function caretAtEdge(target: HTMLElement, direction: 'start' | 'end'): boolean {
  if (!(target instanceof HTMLInputElement) || target.type !== 'text') return true
  const { selectionStart: start, selectionEnd: end, value } = target
  if (start === null || end === null) return true
  if (start === 0 && end === value.length) return true
  return direction === 'start' ? start === 0 && end === 0 : start === value.length
}

/** Where a key press moves the active cell, or null when the key is not for navigation. */
export function targetCell(
  event: KeyboardEvent,
  from: CellPosition,
  shape: GridShape,
  tabOrigin: number | null
): CellPosition | null {
  const { row, column } = from
  const target = event.target as HTMLElement
  const ctrl = event.ctrlKey || event.metaKey
  if (event.altKey) return null
  switch (event.key) {
    case 'ArrowUp':
      return { row: row - 1, column }
    case 'ArrowDown':
      return { row: row + 1, column }
    case 'ArrowLeft':
      return caretAtEdge(target, 'start') ? { row, column: column - 1 } : null
    case 'ArrowRight':
      return caretAtEdge(target, 'end') ? { row, column: column + 1 } : null
    case 'Enter':
      if (ctrl) return null
      // After a run of Tabs, Enter goes back to the column the run started in, like a spreadsheet.
      return { row: row + (event.shiftKey ? -1 : 1), column: tabOrigin ?? column }
    case 'Tab':
      // Within the row only: Tab at either end leaves the grid (no keyboard trap).
      if (event.shiftKey) return column > 0 ? { row, column: column - 1 } : null
      return column < shape.lastColumn ? { row, column: column + 1 } : null
    case 'PageUp':
      return { row: row - shape.pageRows, column }
    case 'PageDown':
      return { row: row + shape.pageRows, column }
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : null
    case 'End':
      return ctrl ? { row: shape.rows - 1, column: shape.lastColumn } : null
    default:
      return null
  }
}

export function clampCell(cell: CellPosition, shape: GridShape): CellPosition {
  const clamp = (value: number, max: number): number => Math.max(0, Math.min(value, max))
  return { row: clamp(cell.row, shape.rows - 1), column: clamp(cell.column, shape.lastColumn) }
}

/** The cell a grid element stands for (its data-row and data-col), or null for anything else. */
export function cellOf(target: EventTarget | null): CellPosition | null {
  if (!(target instanceof HTMLElement) || target.dataset.row === undefined) return null
  return { row: Number(target.dataset.row), column: Number(target.dataset.col) }
}

export function cellSelector(cell: CellPosition): string {
  return `[data-row="${cell.row}"][data-col="${cell.column}"]`
}
