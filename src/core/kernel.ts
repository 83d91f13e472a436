// The fused pass: forward, cost, accuracy and gradient for a set of rows in one sweep,
// with one exp and one log1p per row. Everything the trainer needs per step comes from here,
// and a parallel backend simply runs it over disjoint row ranges and adds the sums.
import { BCE_EPSILON, LOG_CLAMP, linear, sigmoid, type Parameters } from './model'

/** Layout of the sums a pass produces. */
export const SUM_LOSS = 0
export const SUM_CORRECT = 1
/** Then dL/dw_0 .. dL/dw_{d-1}, then dL/db, summed (not yet divided by the row count). */
export const SUM_GRAD = 2

export function sumsLength(d: number): number {
  return SUM_GRAD + d + 1
}

export interface Rows {
  /** Row-major features, rows x d. */
  x: Float64Array
  /** Labels, exactly 0 or 1. */
  y: Float64Array
  d: number
}

/**
 * Adds, over rows order[start..end) (or rows start..end when `order` is null):
 *   Σ loss, Σ [prediction == y], Σ dL/dz · x_j and Σ dL/dz, into `sums` (see the layout above).
 * dL/dz = (p - y) · s / max(s, 1e-12) with s = p(1 - p): PyTorch's BCE backward times sigmoid's.
 */
export function accumulate(
  rows: Rows,
  params: Parameters,
  threshold: number,
  order: Uint32Array | null,
  start: number,
  end: number,
  sums: Float64Array
): void {
  const { x, y, d } = rows
  const bias = params[d]
  const biasSlot = SUM_GRAD + d
  let loss = 0
  let correct = 0
  let gradBias = 0
  for (let k = start; k < end; k++) {
    const i = order === null ? k : order[k]
    const offset = i * d
    let z = bias
    for (let j = 0; j < d; j++) z += x[offset + j] * params[j]
    // e = exp(-|z|) serves p and both logs: log p = -log1p(e) and log(1 - p) = -z - log1p(e)
    // for z >= 0, and z - log1p(e), -log1p(e) for z < 0, without overflow on either side.
    const e = Math.exp(z >= 0 ? -z : z)
    const softplus = Math.log1p(e)
    const label = y[i]
    let p: number
    let logLikelihood: number // log p if y = 1, log(1 - p) if y = 0
    if (z >= 0) {
      p = 1 / (1 + e)
      logLikelihood = label === 1 ? -softplus : -z - softplus
    } else {
      p = e / (1 + e)
      logLikelihood = label === 1 ? z - softplus : -softplus
    }
    loss -= logLikelihood < LOG_CLAMP ? LOG_CLAMP : logLikelihood
    if (p >= threshold === (label === 1)) correct++
    const s = p * (1 - p)
    const dLdz = s >= BCE_EPSILON ? p - label : ((p - label) * s) / BCE_EPSILON
    gradBias += dLdz
    for (let j = 0; j < d; j++) sums[SUM_GRAD + j] += dLdz * x[offset + j]
  }
  sums[SUM_LOSS] += loss
  sums[SUM_CORRECT] += correct
  sums[biasSlot] += gradBias
}

/** H(x) for rows [start, end) into `out` (out[i - start]). */
export function probabilities(
  rows: Rows,
  params: Parameters,
  start: number,
  end: number,
  out: Float64Array
): void {
  const { x, d } = rows
  for (let i = start; i < end; i++) out[i - start] = sigmoid(linear(x, i * d, params, d))
}
