// Which part of the data grid is in the page: one virtualiser for the rows and one for the
// columns, over the same scroller, so a table of 100,000 rows or 4,096 features renders only the
// cells in view (and a few more each way). What is left out is stood for by padding: a row above
// and below, a cell before and after in every row.
import { computed, type Ref } from 'vue'
import { useVirtualizer } from '@tanstack/vue-virtual'
import type { CellPosition } from '@renderer/components/data/gridNavigation'

/** Pixel sizes, shared with the grid's styles (which take them from here). */
export const GRID_SIZES = { row: 32, header: 40, column: 112, rowNumber: 56 } as const

/**
 * Tables this narrow have every column in the page: a row of them costs little, and a screen
 * reader or the browser's find then meets every cell of a row. Wider ones keep only those in view.
 */
export const ALL_COLUMNS_UP_TO = 32

export function useDataGridWindow(
  scroller: Ref<HTMLElement | null>,
  rowCount: Ref<number>,
  /** Features and the label. */
  columnCount: Ref<number>
) {
  const rows = useVirtualizer(
    computed(() => ({
      count: rowCount.value,
      getScrollElement: () => scroller.value,
      estimateSize: () => GRID_SIZES.row,
      // The sticky header row covers the top of the scroller.
      paddingStart: GRID_SIZES.header,
      scrollPaddingStart: GRID_SIZES.header,
      overscan: 10
    }))
  )
  const columns = useVirtualizer(
    computed(() => ({
      horizontal: true,
      count: columnCount.value,
      getScrollElement: () => scroller.value,
      estimateSize: () => GRID_SIZES.column,
      // The sticky row-number column covers the left of the scroller.
      paddingStart: GRID_SIZES.rowNumber,
      scrollPaddingStart: GRID_SIZES.rowNumber,
      // At least one column past each edge, so that Tab reaches the next one.
      overscan: columnCount.value <= ALL_COLUMNS_UP_TO ? columnCount.value : 2
    }))
  )
  const rowItems = computed(() => rows.value.getVirtualItems())
  const columnItems = computed(() => columns.value.getVirtualItems())
  const shownRows = computed(() => rowItems.value.map((item) => item.index))
  const shownColumns = computed(() => columnItems.value.map((item) => item.index))

  const padTop = computed(() =>
    Math.max(0, (rowItems.value[0]?.start ?? GRID_SIZES.header) - GRID_SIZES.header)
  )
  const padBottom = computed(() => {
    const last = rowItems.value[rowItems.value.length - 1]
    return Math.max(0, rows.value.getTotalSize() - (last?.end ?? GRID_SIZES.header))
  })
  const padStart = computed(() =>
    Math.max(0, (columnItems.value[0]?.start ?? GRID_SIZES.rowNumber) - GRID_SIZES.rowNumber)
  )
  const padEnd = computed(() => {
    const last = columnItems.value[columnItems.value.length - 1]
    return Math.max(0, columns.value.getTotalSize() - (last?.end ?? GRID_SIZES.rowNumber))
  })

  /** True when the cell's row and column are both in the page. */
  function isShown(cell: CellPosition): boolean {
    return shownRows.value.includes(cell.row) && shownColumns.value.includes(cell.column)
  }

  /** Scrolls as little as needed to bring the row and the column into view. */
  function scrollTo(cell: Partial<CellPosition>): void {
    if (cell.row !== undefined) rows.value.scrollToIndex(cell.row, { align: 'auto' })
    if (cell.column !== undefined) columns.value.scrollToIndex(cell.column, { align: 'auto' })
  }

  return {
    shownRows,
    shownColumns,
    padTop,
    padBottom,
    padStart,
    padEnd,
    totalWidth: computed(() => columns.value.getTotalSize()),
    isShown,
    scrollTo
  }
}
