// The prediction table's fixed geometry. Every row has the same height, so the virtualiser can
// place 100,000 rows without measuring them; and every column a fixed width, because each row is
// its own grid: flexible tracks would size differently row by row and the columns would not line up.
import type { Dataset } from '@core/dataset'
import { formatFeature } from './predictionFormat'

export const ROW_HEIGHT = 28
/** Smaller tables render every row (simpler for screen readers, nothing to scroll in). */
export const VIRTUAL_FROM_ROWS = 200

/** Rows read to size a feature column: enough to see typical values, cheap for 100,000 rows. */
const SAMPLE_ROWS = 1000
const MIN_CHARS = 3
/** Longer values are cut with an ellipsis (the full value is in the Data panel). */
const MAX_CHARS = 14
/** A monospace digit is about 0.6em wide; the cell padding is 5px on each side. */
const width = (chars: number) => `calc(${(chars * 0.62).toFixed(2)}em + 10px)`

/**
 * Characters each feature column's name or longest (sampled) value needs, unbounded. Formats
 * up to 1,000 rows of every feature (a few ms at 8 features): compute it once per table and hand
 * it to the functions below.
 */
export function neededChars(dataset: Dataset): number[] {
  const { rows, cols, x, featureNames } = dataset
  const chars = featureNames.map((name) => Math.max(MIN_CHARS, name.length))
  const stride = Math.max(1, Math.floor(rows / SAMPLE_ROWS))
  for (let i = 0; i < rows; i += stride) {
    for (let j = 0; j < cols; j++) {
      chars[j] = Math.max(chars[j], formatFeature(x[i * cols + j]).length)
    }
  }
  return chars
}

/** Characters given to each feature column: its name or its longest (sampled) value. */
export function featureChars(dataset: Dataset, needed = neededChars(dataset)): number[] {
  return needed.map((n) => Math.min(n, MAX_CHARS))
}

/**
 * Feature columns whose values may be cut (with an ellipsis). Only their cells clip: a clipping
 * cell is a paint layer of its own to the browser, and hundreds of them made every live update of
 * the table slow to composite.
 */
export function clippedFeatures(dataset: Dataset, needed = neededChars(dataset)): boolean[] {
  return needed.map((n) => n > MAX_CHARS)
}

/** grid-template-columns: #, the features, y, H(x), prediction, correct. */
export function tableColumns(dataset: Dataset, needed = neededChars(dataset)): string {
  const rowNumber = width(Math.max(2, String(dataset.rows).length) + 2) // room for the sort arrow
  const features = featureChars(dataset, needed).map(width)
  // y, H(x) and the two word columns: sized for "Prediction" and "✓ Correct" in the UI font, so the
  // lab's table fits the panel of a 1280 x 720 projector (about 400 pixels) without scrolling.
  return [rowNumber, ...features, '2rem', '4.25rem', '5.75rem', '5.25rem'].join(' ')
}
