// The rows as points in the plane of the chosen features, by class, each knowing its row (for
// editing and for the link with the table), and the rows the model gets wrong.
import type { Dataset } from '@core/dataset'
import type { FeaturePair } from './boundaryPlane'
import type { RowPoint } from './boundaryPointer'

/**
 * Past this many rows the chart plots an even sample (the table still lists them all). Without a
 * GPU the browser rasterizes the plot's marks on the page's thread as it shows each frame: 5,000
 * points and their rings took 55-70 ms there at every redraw (each edit, each frame of a run), and
 * 2,000 still 25-45 ms. 1,000 marks already cover a plot of 400 x 200 pixels, and show where each
 * class lies as well as more would.
 */
export const MAX_SCATTER_POINTS = 1000

export interface PlottedRows {
  class0: RowPoint[]
  class1: RowPoint[]
  /** Every plotted point, in row order (hit-testing looks at these). */
  all: RowPoint[]
}

/** A point being dragged: drawn where the pointer is until it is let go. */
export interface MovedPoint {
  row: number
  x: number
  y: number
}

/** The rows as points by class; every k-th row when there are more than `limit`. */
export function plotRows(
  dataset: Dataset,
  pair: FeaturePair,
  moved: MovedPoint | null = null,
  limit = MAX_SCATTER_POINTS
): PlottedRows {
  const { rows, cols, x, y } = dataset
  // Read once, as everything the loops use: the pair may be reactive (the chart's choice), and a
  // tracked read per row added up (see wrongPoints).
  const across = pair.x
  const up = pair.y
  const movedRow = moved?.row ?? -1
  const class0: RowPoint[] = []
  const class1: RowPoint[] = []
  const all: RowPoint[] = []
  const stride = Math.max(1, Math.ceil(rows / limit))
  for (let i = 0; i < rows; i += stride) {
    const point =
      moved !== null && movedRow === i
        ? { x: moved.x, y: moved.y, row: i }
        : { x: x[i * cols + across], y: x[i * cols + up], row: i }
    ;(y[i] === 1 ? class1 : class0).push(point)
    all.push(point)
  }
  return { class0, class1, all }
}

/**
 * The plotted rows the model predicts wrongly: H(x) >= threshold where y = 0, or below it where
 * y = 1, with all the row's features (a dragged point where it is now).
 */
export function wrongPoints(
  dataset: Dataset,
  points: readonly RowPoint[],
  pair: FeaturePair,
  weights: readonly number[],
  bias: number,
  threshold: number
): RowPoint[] {
  const { cols, x, y } = dataset
  if (weights.length !== cols) return []
  // Read once: the store's weights are a reactive array and the pair may be one too (the chart's
  // choice); a tracked read per row and feature (24,000 for 1,000 points of 8 features) took
  // several ms of each draw.
  const w = Float64Array.from(weights)
  const across = pair.x
  const up = pair.y
  const wrong: RowPoint[] = []
  for (const point of points) {
    let z = bias
    const at = point.row * cols
    for (let k = 0; k < cols; k++) {
      const value = k === across ? point.x : k === up ? point.y : x[at + k]
      z += w[k] * value
    }
    const predicted = 1 / (1 + Math.exp(-z)) >= threshold ? 1 : 0
    if (predicted !== y[point.row]) wrong.push(point)
  }
  return wrong
}
