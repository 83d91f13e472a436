// The order in which the prediction table lists rows: by any column, ascending or descending, ties
// kept in row order. Sorting 100,000 rows takes tens of milliseconds, so while a long run streams
// new H(x) values a large table is re-sorted at most every RESORT_INTERVAL_MS (the rows themselves
// still show the latest values at once).
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Dataset } from '@core/dataset'

export type SortColumn = 'row' | 'y' | 'h' | 'prediction' | 'correct' | `feature:${number}`
export type SortDirection = 'ascending' | 'descending'

export interface SortState {
  column: SortColumn
  direction: SortDirection
}

/** Above this many rows, re-sorting on streamed values is throttled. */
export const LARGE_TABLE_ROWS = 20_000
export const RESORT_INTERVAL_MS = 500

/** Does the column's value change when H(x) or the threshold changes? */
export function dependsOnModel(column: SortColumn): boolean {
  return column === 'h' || column === 'prediction' || column === 'correct'
}

/** The sort value of each row for a column (predictions and correctness as 0/1). */
export function sortValues(
  column: SortColumn,
  dataset: Dataset,
  probabilities: Float64Array | null,
  threshold: number
): Float64Array {
  const n = dataset.rows
  const values = new Float64Array(n)
  const predicted = (i: number): number =>
    probabilities !== null && probabilities[i] >= threshold ? 1 : 0
  for (let i = 0; i < n; i++) {
    if (column === 'row') values[i] = i
    else if (column === 'y') values[i] = dataset.y[i]
    else if (column === 'h') values[i] = probabilities === null ? NaN : probabilities[i]
    else if (column === 'prediction') values[i] = predicted(i)
    else if (column === 'correct') values[i] = predicted(i) === dataset.y[i] ? 1 : 0
    else values[i] = dataset.x[i * dataset.cols + Number(column.slice('feature:'.length))]
  }
  return values
}

/** Row indices sorted by `values`; ties (and NaN, last) in row order whatever the direction. */
export function sortedOrder(values: Float64Array, direction: SortDirection): Uint32Array {
  const order = new Uint32Array(values.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  const sign = direction === 'ascending' ? 1 : -1
  order.sort((a, b) => {
    const va = values[a]
    const vb = values[b]
    if (Number.isNaN(va) || Number.isNaN(vb)) {
      if (Number.isNaN(va) && Number.isNaN(vb)) return a - b
      return Number.isNaN(va) ? 1 : -1
    }
    return va !== vb ? sign * (va - vb) : a - b
  })
  return order
}

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
