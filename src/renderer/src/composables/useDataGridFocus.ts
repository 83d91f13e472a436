// Focusing a cell of the virtualised data grid even when its row is not rendered yet: scroll
// first, then focus once the row exists.
import { nextTick, type Ref } from 'vue'
import { cellSelector, type CellPosition } from '@renderer/components/data/gridNavigation'

/**
 * Focuses a cell of the grid: asks the virtualiser to bring its row into view, then waits (a few
 * frames at most) for the row to be rendered.
 */
export function useDataGridFocus(
  container: Ref<HTMLElement | null>,
  scrollToRow: (row: number) => void
): (cell: CellPosition) => Promise<boolean> {
  return async (cell) => {
    scrollToRow(cell.row)
    for (let attempt = 0; attempt < 6; attempt++) {
      await nextTick()
      const element = container.value?.querySelector<HTMLElement>(cellSelector(cell))
      if (element) {
        element.focus({ preventScroll: false })
        return true
      }
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
    return false
  }
}
