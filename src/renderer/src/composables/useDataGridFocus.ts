// Focusing a cell (or a feature's name) of the virtualised data grid even when its row or column
// is not rendered yet: scroll first, then focus once the element exists.
import { nextTick, type Ref } from 'vue'
import { cellSelector, type CellPosition } from '@renderer/components/data/gridNavigation'

export function useDataGridFocus(
  container: Ref<HTMLElement | null>,
  scrollTo: (cell: Partial<CellPosition>) => void
) {
  /** Counts the requests, so that a request waiting for its element knows when it was replaced. */
  let requests = 0

  /** Waits (a few frames at most) for the element to be rendered, then focuses it. */
  async function focusWhenRendered(selector: string): Promise<boolean> {
    const request = ++requests
    for (let attempt = 0; attempt < 6; attempt++) {
      await nextTick()
      // A later move (the next arrow key, on a slow machine) has taken over: its target may be
      // focused already, and focusing this one now would pull the focus back behind it.
      if (request !== requests) return false
      const element = container.value?.querySelector<HTMLElement>(selector)
      if (element) {
        element.focus({ preventScroll: false })
        return true
      }
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
    return false
  }

  return {
    /** Brings the cell's row and column into view, then focuses it. */
    focusCell(cell: CellPosition): Promise<boolean> {
      scrollTo(cell)
      return focusWhenRendered(cellSelector(cell))
    },
    /** Brings a feature's column into view, then focuses its name in the header. */
    focusFeatureName(column: number): Promise<boolean> {
      scrollTo({ column })
      return focusWhenRendered(`[data-feature-name="${column}"]`)
    }
  }
}
