// The data embedded as the lab writes it (x_data, y_data lists, then torch.FloatTensor), with
// the column names in a comment. Each number is written so that Python reads the very double
// Logit Lab holds; torch.FloatTensor then rounds it to float32 as PyTorch rounds any data.
import type { Dataset } from '../dataset'
import type { CodeComments } from './comments'
import { commentLines, pythonList, pythonNumber } from './python'

export interface DataNames {
  featureNames: readonly string[]
  labelName: string
}

export function dataLines(dataset: Dataset, names: DataNames, text: CodeComments): string[] {
  const { rows, cols, x, y } = dataset
  const xRows: string[] = []
  const yRows: string[] = []
  for (let i = 0; i < rows; i++) {
    const cells: string[] = []
    for (let j = 0; j < cols; j++) cells.push(pythonNumber(x[i * cols + j]))
    xRows.push(`[${cells.join(', ')}]`)
    yRows.push(`[${pythonNumber(y[i])}]`)
  }
  const features = Array.from({ length: cols }, (_, j) => names.featureNames[j] ?? `x${j + 1}`)
  return [
    ...commentLines(text.data(features.join(', '), names.labelName)),
    ...pythonList('x_data = ', xRows),
    ...pythonList('y_data = ', yRows),
    'x_train = torch.FloatTensor(x_data)',
    'y_train = torch.FloatTensor(y_data)'
  ]
}
