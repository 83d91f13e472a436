// The data set as Python lists in a generated script, one row per line, as the lab writes its
// x_data and y_data: features as Python floats (exactly the stored float64s), labels 0 or 1.
import type { Dataset } from '../dataset'
import { pythonFloatList, pythonString } from './pythonLiteral'

const LABELS_PER_LINE = 20

export interface PythonDataOptions {
  /** y_data as a column, [[0], [1], ...], like the lab's (PyTorch); else flat, [0, 1, ...]. */
  columnLabels: boolean
}

/**
 * feature_names = ["x1", "x2"]
 * x_data = [
 *     [1.0, 2.0],
 *     ...
 * ]
 * y_data = [
 *     [0], [0], ...
 * ]
 */
export function pythonData(dataset: Dataset, options: PythonDataOptions): string {
  const { rows, cols, x, y } = dataset
  const xLines: string[] = []
  for (let i = 0; i < rows; i++) {
    xLines.push(`    ${pythonFloatList(x.subarray(i * cols, (i + 1) * cols))},`)
  }
  const labels = Array.from(y, (label) => (options.columnLabels ? `[${label}]` : String(label)))
  const yLines: string[] = []
  for (let i = 0; i < labels.length; i += LABELS_PER_LINE) {
    yLines.push(`    ${labels.slice(i, i + LABELS_PER_LINE).join(', ')},`)
  }
  return [
    `feature_names = [${dataset.featureNames.map(pythonString).join(', ')}]`,
    `x_data = [\n${xLines.join('\n')}\n]`,
    `y_data = [\n${yLines.join('\n')}\n]`
  ].join('\n')
}
