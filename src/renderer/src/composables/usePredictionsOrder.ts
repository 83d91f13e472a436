// The prediction table's order (components/predictions/predictionsOrder), kept as the data, H(x)
// and the threshold change. Sorting 100,000 rows takes tens of milliseconds, so while a long run
// streams new H(x) values a large table is re-sorted at most every RESORT_INTERVAL_MS (the rows
// themselves still show the latest values at once).
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Dataset } from '@core/dataset'
import {
  dependsOnModel,
  sortValues,
  sortedOrder,
  type SortColumn,
  type SortDirection,
  type SortState
} from '@renderer/components/predictions/predictionsOrder'

/** Above this many rows, re-sorting on streamed values is throttled. */
export const LARGE_TABLE_ROWS = 20_000
export const RESORT_INTERVAL_MS = 500

export interface PredictionsOrder {
  sort: Ref<SortState>
  /** Row indices in display order; null means natural order (sorted by row, ascending). */
  order: ShallowRef<Uint32Array | null>
  /** Click on a header: sort by it ascending, or flip the direction if it is already the key. */
  toggle(column: SortColumn): void
}

export function usePredictionsOrder(
  dataset: Ref<Dataset | null>,
  revision: Ref<number>,
  probabilities: Ref<Float64Array | null>,
  threshold: Ref<number>
): PredictionsOrder {
  const sort = shallowRef<SortState>({ column: 'row', direction: 'ascending' })
  const order = shallowRef<Uint32Array | null>(null)
  let lastSortAt = -Infinity
  let trailing: ReturnType<typeof setTimeout> | null = null

  function resort(): void {
    if (trailing !== null) clearTimeout(trailing)
    trailing = null
    lastSortAt = performance.now()
    const data = dataset.value
    const { column, direction } = sort.value
    if (data === null || (column === 'row' && direction === 'ascending')) {
      order.value = null
      return
    }
    order.value = sortedOrder(
      sortValues(column, data, probabilities.value, threshold.value),
      direction
    )
  }

  function resortThrottled(): void {
    const rows = dataset.value?.rows ?? 0
    if (rows <= LARGE_TABLE_ROWS) return resort()
    const wait = lastSortAt + RESORT_INTERVAL_MS - performance.now()
    if (wait <= 0) return resort()
    if (trailing === null) trailing = setTimeout(resort, wait)
  }

  watch([sort, dataset, revision], resort)
  watch([probabilities, threshold], () => {
    if (dependsOnModel(sort.value.column)) resortThrottled()
  })
  onScopeDispose(() => {
    if (trailing !== null) clearTimeout(trailing)
  })

  return {
    sort,
    order,
    toggle(column) {
      const current = sort.value
      const direction: SortDirection =
        current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending'
      sort.value = { column, direction }
    }
  }
}
