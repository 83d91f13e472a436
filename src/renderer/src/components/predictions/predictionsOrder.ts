// The order in which the prediction table lists rows: by any column, ascending or descending, ties
// kept in row order.
import type { Dataset } from '@core/dataset'

export type SortColumn = 'row' | 'y' | 'h' | 'prediction' | 'correct' | `feature:${number}`
export type SortDirection = 'ascending' | 'descending'

export interface SortState {
  column: SortColumn
  direction: SortDirection
}

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
