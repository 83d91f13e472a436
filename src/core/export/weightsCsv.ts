// Weights CSV, for a spreadsheet: one row per parameter, under the header `parameter,feature,value`:
//   parameter,feature,value
//   weight,x1,3.2530...      one row per weight, in feature order, named by its feature
//   bias,,-14.4819...        then the bias (no feature)
//   threshold,,0.5           then the decision threshold (no feature): predict 1 if H(x) >= it
// The parameter column keeps a feature that happens to be called "bias" apart from the bias.
// Numbers are the shortest text that reads back as the same float64. Cells are quoted by Papa
// Parse where needed (names with commas, quotes or line breaks).
import Papa from 'papaparse'
import { assertExportable, type ExportModel } from './model'

export const WEIGHTS_CSV_HEADER = ['parameter', 'feature', 'value'] as const

export function weightsToCsv(model: ExportModel): string {
  assertExportable(model)
  const rows: (string | number)[][] = model.weights.map((w, j) => [
    'weight',
    model.featureNames[j],
    w
  ])
  rows.push(['bias', '', model.bias], ['threshold', '', model.threshold])
  return Papa.unparse({ fields: [...WEIGHTS_CSV_HEADER], data: rows }, { newline: '\n' }) + '\n'
}
