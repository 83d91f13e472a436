// The values of the lab's notebook cells (PyTorch Lab-05) for the current data and weights, as
// the Lab view shows them (issue 11 §2). PyTorch computes them in float32; so do these, where it
// shows: H(x) is the trainer's own float32 H(x) (kernel.ts `probabilities`, so the predictions and
// the gradient here are the trainer's), the cost forms are float32 logs and products as PyTorch's
// tensor ops take them (so an H(x) that rounds to exactly 0 or 1 gives the lab's inf or nan), and
// the step's gradient is the trainer's own sums (kernel.ts `accumulate`), the very gradient the
// next epoch applies.
import type { OptimizerConfig, TrainingConfig } from './config'
import type { Dataset } from './dataset'
import { SUM_GRAD, accumulate, probabilities, sumsLength, type Rows } from './kernel'
import { BCE_EPSILON, LOG_CLAMP } from './model'

/** The rows a cell lists: the lab's six, and a glimpse of larger data (the rest are counted). */
export const LAB_SHOWN_ROWS = 8

/** |mean of the losses - F.binary_cross_entropy| within this (relative to max(1, cost)): agree. */
export const COST_AGREEMENT = 1e-6

export interface LabCellInput {
  dataset: Pick<Dataset, 'rows' | 'cols' | 'x' | 'y'>
  weights: readonly number[]
  bias: number
  config: Pick<TrainingConfig, 'optimizer' | 'threshold' | 'batchSize'>
  /** How many rows the cells list (default LAB_SHOWN_ROWS). */
  shownRows?: number
}

/** One row of the batch, through every cell. */
export interface LabRow {
  index: number
  x: readonly number[]
  y: number
  /** z = XW + b */
  z: number
  /** 1 / (1 + torch.exp(-z)), each operation in float32 */
  formula: number
  /** torch.sigmoid(z): the trainer's H(x) */
  hypothesis: number
  /** -(y log H + (1 - y) log(1 - H)) in float32: inf or nan where H(x) is exactly 0 or 1 */
  loss: number
  /** The same with each log clamped at -100, as F.binary_cross_entropy takes it */
  clampedLoss: number
  /** dJ/dz of this row: H - y (0 where H(x) is exactly 0 or 1, as PyTorch's backward gives) */
  error: number
  /** (H - y) x_j */
  gradient: readonly number[]
  prediction: 0 | 1
  correct: boolean
}

export interface LabCosts {
  /** The cost of the first element, losses[0] */
  element: number
  /** losses.mean() */
  mean: number
  /** F.binary_cross_entropy(hypothesis, y_train) */
  bce: number
  /** Whether the mean and F.binary_cross_entropy are the same number (see COST_AGREEMENT). */
  agree: boolean
  /** Rows whose loss the clamp at -100 changed (H(x) exactly 0 or 1 on the wrong side). */
  clampedRows: number
}

export interface LabStep {
  /** dJ/dW = mean((H - y) x), the gradient the trainer's next full-batch step applies */
  gradW: readonly number[]
  /** dJ/db = mean(H - y) */
  gradB: number
  lr: number
  /** W - lr dJ/dW, b - lr dJ/db */
  nextW: readonly number[]
  nextB: number
  /** Whether that is the optimizer's step (plain SGD, full batch), not only the gradient's part. */
  plainSgd: boolean
}

export interface LabCells {
  /** The weights and bias the cells were computed with */
  weights: readonly number[]
  bias: number
  /** torch.exp(torch.FloatTensor([1])) */
  exp1: number
  /** torch.sigmoid(torch.FloatTensor([1])) */
  sigmoid1: number
  rows: readonly LabRow[]
  /** Rows of the data the cells do not list. */
  omittedRows: number
  costs: LabCosts
  step: LabStep
  threshold: number
  /** correct_prediction.sum() over all rows */
  correctRows: number
  /** correct_prediction.float().mean() over all rows */
  accuracy: number
}

const f32 = Math.fround

/** PyTorch's float32 1 / (1 + exp(-z)), one rounding per operation. */
function sigmoidFormula32(z: number): number {
  return f32(1 / f32(1 + f32(Math.exp(-f32(z)))))
}

/** A float32 natural log, as torch.log of a float32 tensor. */
function log32(value: number): number {
  return f32(Math.log(value))
}

/** The lab's -(y log H + (1 - y) log(1 - H)), as its tensor expression computes it. */
function rowLoss(h: number, y: number): number {
  return -f32(f32(y * log32(h)) + f32((1 - y) * log32(f32(1 - h))))
}

/**
 * F.binary_cross_entropy's term, as PyTorch's kernel writes it:
 * (y - 1) max(log(1 - H), -100) - y max(log H, -100).
 */
function clampedRowLoss(h: number, y: number): number {
  const clamp = (log: number): number => (log < LOG_CLAMP ? LOG_CLAMP : log)
  return f32(f32((y - 1) * clamp(log32(f32(1 - h)))) - f32(y * clamp(log32(h))))
}

/**
 * dL/dz as PyTorch's BCE backward gives it (and the trainer, kernel.ts): (H - y) s / max(s, 1e-12)
 * with s = H(1 - H), so H - y, and 0 where H(x) is exactly 0 or 1.
 */
function rowError(h: number, y: number): number {
  const s = h * (1 - h)
  return s >= BCE_EPSILON ? h - y : ((h - y) * s) / BCE_EPSILON
}

function plainSgd(optimizer: OptimizerConfig, fullBatch: boolean): boolean {
  return (
    fullBatch && optimizer.kind === 'sgd' && optimizer.momentum === 0 && optimizer.weightDecay === 0
  )
}

/** Every cell's value for the data and the weights given. */
export function labCells(input: LabCellInput): LabCells {
  const { dataset, config } = input
  const { rows: n, cols: d } = dataset
  const rows: Rows = { x: dataset.x, y: dataset.y, d }
  const params = Float64Array.from([...input.weights, input.bias])
  const hypotheses = new Float64Array(n)
  probabilities(rows, params, 0, n, hypotheses)
  const shown = Math.min(n, input.shownRows ?? LAB_SHOWN_ROWS)
  const listed: LabRow[] = []
  let lossSum = 0
  let clampedSum = 0
  let clampedRows = 0
  let correct = 0
  for (let i = 0; i < n; i++) {
    const h = hypotheses[i]
    const y = rows.y[i]
    const loss = rowLoss(h, y)
    const clampedLoss = clampedRowLoss(h, y)
    lossSum += loss
    clampedSum += clampedLoss
    // Where the two differ (beyond the sign of a zero), a log was past the clamp.
    if (!(loss === clampedLoss)) clampedRows++
    const prediction = h >= config.threshold ? 1 : 0
    if (prediction === y) correct++
    if (i < shown) listed.push(listedRow(rows, params, i, h, loss, clampedLoss, prediction))
  }
  const mean = f32(lossSum / n)
  const bce = f32(clampedSum / n)
  return {
    weights: [...input.weights],
    bias: input.bias,
    exp1: f32(Math.exp(1)),
    sigmoid1: sigmoidFormula32(1),
    rows: listed,
    omittedRows: n - shown,
    costs: {
      element: listed[0]?.loss ?? Number.NaN,
      mean,
      bce,
      agree: Math.abs(mean - bce) <= COST_AGREEMENT * Math.max(1, Math.abs(bce)),
      clampedRows
    },
    step: gradientStep(rows, params, input),
    threshold: config.threshold,
    correctRows: correct,
    accuracy: correct / n
  }
}

function listedRow(
  rows: Rows,
  params: Float64Array,
  i: number,
  h: number,
  loss: number,
  clampedLoss: number,
  prediction: 0 | 1
): LabRow {
  const { d } = rows
  const x = Array.from(rows.x.subarray(i * d, (i + 1) * d))
  let z = params[d]
  for (let j = 0; j < d; j++) z += x[j] * params[j]
  const y = rows.y[i]
  const error = rowError(h, y)
  return {
    index: i,
    x,
    y,
    z,
    formula: sigmoidFormula32(z),
    hypothesis: h,
    loss,
    clampedLoss,
    error,
    gradient: x.map((value) => error * value),
    prediction,
    correct: prediction === y
  }
}

/** The trainer's own full-batch gradient (its sums), and the plain SGD step from it. */
function gradientStep(rows: Rows, params: Float64Array, input: LabCellInput): LabStep {
  const { d } = rows
  const n = rows.y.length
  const { optimizer, threshold, batchSize } = input.config
  const sums = new Float64Array(sumsLength(d))
  accumulate(rows, params, threshold, null, 0, n, sums)
  // dJ/dw_j = mean((H - y) x_j), dJ/db = mean(H - y)
  const grad = Array.from(sums.subarray(SUM_GRAD, SUM_GRAD + d + 1), (sum) => sum / n)
  const lr = optimizer.lr
  // params[i] -= lr * grad[i], as the trainer's SGD writes it
  const next = Array.from(params, (value, i) => value - lr * grad[i])
  return {
    gradW: grad.slice(0, d),
    gradB: grad[d],
    lr,
    nextW: next.slice(0, d),
    nextB: next[d],
    plainSgd: plainSgd(optimizer, batchSize === null || batchSize >= n)
  }
}
