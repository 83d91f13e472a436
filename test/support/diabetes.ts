// The diabetes data set of the lab, read through the engine's own CSV reader.
import { readFileSync } from 'node:fs'
import { datasetFromCsv, type Dataset } from '@core'
import { diabetesCsvPath } from './paths'

let cached: Dataset | null = null

export function diabetesDataset(): Dataset {
  if (cached) return cached
  const parsed = datasetFromCsv(readFileSync(diabetesCsvPath, 'utf8'))
  if (!parsed.ok)
    throw new Error(`${diabetesCsvPath} did not load: ${JSON.stringify(parsed.errors)}`)
  cached = parsed.dataset
  return cached
}

/** Rows as nested arrays, e.g. for the PyTorch reference. */
export function datasetRows(dataset: Dataset): { x: number[][]; y: number[] } {
  const x: number[][] = []
  for (let i = 0; i < dataset.rows; i++) {
    x.push(Array.from(dataset.x.subarray(i * dataset.cols, (i + 1) * dataset.cols)))
  }
  return { x, y: Array.from(dataset.y) }
}
