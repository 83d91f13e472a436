// Standardization, the one optional preprocessing step (issue 11: "no hidden preprocessing"):
// each feature column j becomes x'_j = (x_j - μ_j) / σ_j, with μ_j its mean and σ_j its
// *population* standard deviation (dividing by n, not n - 1): what sklearn's StandardScaler and
// torch's x.std(dim=0, unbiased=False) compute, and what the generated PyTorch code writes out.
// A constant column (every value the same, σ = 0) cannot be scaled: it is left as it is (μ 0,
// σ 1 applied) and named, so the student sees why. The table keeps the raw numbers; the trainer
// sees the standardized ones; every view in raw units (the boundary plot, the predictions, the
// exports) uses the model folded back into raw units (rawUnitModel), which predicts the same.
import type { TrainingConfig } from './config'
import type { Dataset } from './dataset'

export interface Standardization {
  /** μ_j per feature column, as computed (also for a constant column). */
  readonly mean: readonly number[]
  /** σ_j per feature column (population sd): 0 for a constant column. */
  readonly sd: readonly number[]
  /** The columns left as they are, every value the same (σ = 0), ascending. */
  readonly constant: readonly number[]
}

type Columns = Pick<Dataset, 'rows' | 'cols' | 'x'>

/** μ and σ of every feature column of row-major `x` (two passes, so σ has no cancellation). */
export function standardizationOf(data: Columns): Standardization {
  const { rows, cols, x } = data
  const mean: number[] = []
  const sd: number[] = []
  const constant: number[] = []
  for (let j = 0; j < cols; j++) {
    let sum = 0
    let same = true
    const first = x[j]
    for (let i = 0; i < rows; i++) {
      const value = x[i * cols + j]
      sum += value
      if (value !== first) same = false
    }
    const mu = sum / rows
    let squares = 0
    for (let i = 0; i < rows; i++) {
      const deviation = x[i * cols + j] - mu
      squares += deviation * deviation
    }
    mean.push(mu)
    // A column of equal values is constant even where sum / n rounds away from the value.
    sd.push(same ? 0 : Math.sqrt(squares / rows))
    if (same) constant.push(j)
  }
  return { mean, sd, constant }
}

/** The shift and scale applied to column j: (0, 1) for a constant column, else (μ_j, σ_j). */
export function columnScaling(s: Standardization, j: number): { shift: number; scale: number } {
  return s.sd[j] === 0 ? { shift: 0, scale: 1 } : { shift: s.mean[j], scale: s.sd[j] }
}

/** A copy of `dataset` with x' = (x - μ) / σ per column (constant columns as they are). */
export function standardizeDataset(dataset: Dataset, s = standardizationOf(dataset)): Dataset {
  const { rows, cols } = dataset
  const x = new Float64Array(rows * cols)
  for (let j = 0; j < cols; j++) {
    const { shift, scale } = columnScaling(s, j)
    for (let i = 0; i < rows; i++) x[i * cols + j] = (dataset.x[i * cols + j] - shift) / scale
  }
  return { ...dataset, x }
}

/** Whether a run of `config` trains on standardized features. */
export const standardizes = (config: Pick<TrainingConfig, 'standardize'>): boolean =>
  config.standardize === true

/**
 * What the trainer of a `config` run trains on: the data itself, or its standardized copy. Every
 * door that starts a trainer (the runner host, the CLI) calls this, so a run means the same
 * wherever it runs.
 */
export function trainingDataset(dataset: Dataset, config: TrainingConfig): Dataset {
  return standardizes(config) ? standardizeDataset(dataset) : dataset
}

/**
 * The model of weights W and bias b trained on standardized features, in raw units: since
 * z = Σ W_j (x_j - μ_j) / σ_j + b, it is W'_j = W_j / σ_j and b' = b - Σ W_j μ_j / σ_j.
 */
export function rawUnitModel(
  weights: readonly number[],
  bias: number,
  s: Standardization
): { weights: number[]; bias: number } {
  let rawBias = bias
  const rawWeights = weights.map((w, j) => {
    const { shift, scale } = columnScaling(s, j)
    rawBias -= (w * shift) / scale
    return w / scale
  })
  return { weights: rawWeights, bias: rawBias }
}
