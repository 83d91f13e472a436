// The sums of a pass (kernel.ts's layout: Σ loss, Σ correct, Σ dL/dz · x_j, Σ dL/dz) for the
// deliberately wrong costs of src/core/mistakes.ts, computed as PyTorch's float32 lab computes
// them from its float32 H(x). A plain loop, not the kernel's tuned sweeps: a mistake is a
// classroom demonstration on small data, and keeping it apart keeps the lab's path fast.
import type { LossKind } from './config'
import { SUM_CORRECT, SUM_GRAD, SUM_LOSS, type Rows } from './kernel'
import { linear, type Parameters } from './model'

/** Past float32's range: fround() of anything this large is Infinity. */
const BEYOND_FLOAT32 = 1e39

/**
 * H(x) exactly as PyTorch's float32 CPU sigmoid computes it: 1 / (1 + exp(-z)), each step
 * rounded to float32. exp(-z) overflows to Infinity below z ~ -88.72, where H(x) is exactly 0,
 * and 1 + exp(-z) rounds to 1 above z ~ 16.64, where H(x) is exactly 1: the values at which an
 * unclamped log is -inf.
 */
export function float32Sigmoid(z: number): number {
  const expMinusZ = Math.fround(Math.min(Math.exp(-z), BEYOND_FLOAT32))
  return Math.fround(1 / Math.fround(1 + expMinusZ))
}

/** One row's loss and dL/dz for the mistaken costs, from H(x) = p and label y. */
function rowLoss(kind: Exclude<LossKind, 'bce'>, p: number, y: number): [number, number] {
  if (kind === 'mse') {
    // F.mse_loss: (p - y)^2; dL/dp = 2 (p - y), times sigmoid's dp/dz = p (1 - p)
    return [(p - y) * (p - y), 2 * (p - y) * p * (1 - p)]
  }
  // -(y log p + (1 - y) log(1 - p)) as written by hand: log(0) is -inf, and 0 * -inf is NaN, so
  // a row whose float32 H(x) is exactly 0 or 1 makes the cost inf (wrong) or NaN (right), and
  // autograd's y / p and (1 - y) / (1 - p) make its gradient NaN, exactly as in PyTorch.
  const loss = -(y * Math.log(p) + (1 - y) * Math.log(1 - p))
  const dLdp = -y / p + (1 - y) / (1 - p)
  return [loss, dLdp * (1 - p) * p]
}

/** Adds the sums over rows order[start..end) (rows start..end if null) into `sums`. */
export function accumulateMistaken(
  kind: Exclude<LossKind, 'bce'>,
  rows: Rows,
  params: Parameters,
  threshold: number,
  order: Uint32Array | null,
  start: number,
  end: number,
  sums: Float64Array
): void {
  const { x, y, d } = rows
  for (let k = start; k < end; k++) {
    const i = order === null ? k : order[k]
    const p = float32Sigmoid(linear(x, i * d, params, d))
    const [loss, dLdz] = rowLoss(kind, p, y[i])
    sums[SUM_LOSS] += loss
    sums[SUM_CORRECT] += +(p >= threshold) === y[i] ? 1 : 0
    for (let j = 0; j < d; j++) sums[SUM_GRAD + j] += dLdz * x[i * d + j]
    sums[SUM_GRAD + d] += dLdz
  }
}
