// What the printed report says about the data and the predictions: the class counts, and the
// first rows with H(x) (the report shows a few; the Predictions panel has all).
import type { Dataset } from '@core/dataset'

export interface ClassCounts {
  zeros: number
  ones: number
}

export function classCounts(dataset: Dataset): ClassCounts {
  let ones = 0
  for (const label of dataset.y) ones += label
  return { zeros: dataset.rows - ones, ones }
}

export interface ReportRow {
  /** 1-based, as the Data panel numbers rows. */
  row: number
  features: number[]
  label: number
  probability: number
  predicted: number
}

/**
 * The first `count` rows with H(x) (the window's predictions: useSharedPredictions) and the
 * prediction at `threshold`; [] while there are none for these rows.
 */
export function firstPredictions(
  dataset: Dataset,
  probabilities: Float64Array | null,
  threshold: number,
  count: number
): ReportRow[] {
  if (probabilities === null || probabilities.length !== dataset.rows) return []
  const d = dataset.cols
  return Array.from(probabilities.subarray(0, Math.min(count, dataset.rows)), (probability, i) => ({
    row: i + 1,
    features: Array.from(dataset.x.subarray(i * d, (i + 1) * d)),
    label: dataset.y[i] ?? 0,
    probability,
    predicted: probability >= threshold ? 1 : 0
  }))
}
