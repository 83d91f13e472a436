// Predictions CSV: the data with what the model says about each row, under a header of the
// feature names, the label's name, `H(x)` and `prediction`:
//   x1,x2,y,H(x),prediction
//   1,2,0,0.00026...,0
// H(x) as the app computes it (evaluation.ts), written as the shortest text that reads back as the
// same number; prediction is [H(x) >= threshold], 0 or 1. Features and labels as stored.
import Papa from 'papaparse'
import type { CsvDelimiter } from '../csv'
import type { Dataset } from '../dataset'
import { evaluateModel } from './evaluation'
import { assertExportable, type ExportModel } from './model'

export interface PredictionsCsvOptions {
  /** The label column's header (the CSV's own, e.g. "passed"); 'y' by default. */
  labelName?: string
  delimiter?: CsvDelimiter
}

export const PROBABILITY_COLUMN = 'H(x)'
export const PREDICTION_COLUMN = 'prediction'

export function predictionsToCsv(
  model: ExportModel,
  dataset: Dataset,
  options: PredictionsCsvOptions = {}
): string {
  assertExportable(model, dataset)
  const { probabilities, predictions } = evaluateModel(model, dataset)
  const { rows, cols, x, y } = dataset
  const data: number[][] = []
  for (let i = 0; i < rows; i++) {
    const row = Array.from(x.subarray(i * cols, (i + 1) * cols))
    row.push(y[i], probabilities[i], predictions[i])
    data.push(row)
  }
  const fields = [
    ...dataset.featureNames,
    options.labelName ?? 'y',
    PROBABILITY_COLUMN,
    PREDICTION_COLUMN
  ]
  const config = { newline: '\n', delimiter: options.delimiter ?? ',' }
  return Papa.unparse({ fields, data }, config) + '\n'
}
