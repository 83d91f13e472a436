// The fused pass: forward, cost, accuracy and gradient for a set of rows in one sweep, with one
// exp per row and one log per 32 rows. Everything the trainer needs per step comes from here,
// and a parallel backend runs it over disjoint blocks of rows and adds the block sums in order.
//
// Float32 where PyTorch is float32: the lab's tensors are float32, so its H(x) is a float32 that
// rounds to exactly 1 for z > ~16.64 (and to 0 below z ~ -88.72). A confidently wrong row then
// costs the clamp value 100 and gets no gradient (p(1 - p) = 0), and with a large learning rate
// the notebook's cost sticks where a float64 engine's keeps falling (toy data, lr 10: 26.338709
// in PyTorch, 19.830267 in float64). So z and the sums stay float64, but the prediction and the
// gradient use H(x) rounded as PyTorch's float32 sigmoid rounds it, and so does the cost wherever
// that rounding shows: on rows whose label disagrees with the sign of z by more than
// COARSE_MARGIN, where the true class's float32 probability is coarse or 0. Elsewhere the cost is
// the exact float64 one, within 4e-6 of PyTorch's per row (1 ulp of float32 over that probability,
// at least 1 / (1 + e^4)), which keeps the common path free of a second log.
//
// Speed notes (V8/TurboFan): exp comes from kernelMath.ts; the data-dependent choices
// (the sign of z, the prediction) are comparisons turned into numbers, +(z >= 0), which TurboFan
// compiles to a setcc rather than a branch the CPU would mispredict half the time (the one branch
// left, on badly wrong rows, is rarely taken in a healthy run); the lab's widths d = 2 (toy) and
// d = 8 (diabetes) have unrolled sweeps that keep weights and gradient sums in registers. The
// row helpers below must stay in this module and small: TurboFan inlines them into each sweep
// only within its inlining budget (moved to another module they grow and the last ones stop
// being inlined: 2x slower).
import { expNegative } from './kernelMath'
import { BCE_EPSILON, LOG_CLAMP, linear, type Parameters } from './model'

/** Layout of the sums a pass produces. */
export const SUM_LOSS = 0
export const SUM_CORRECT = 1
/** Then dL/dw_0 .. dL/dw_{d-1}, then dL/db, summed (not yet divided by the row count). */
export const SUM_GRAD = 2

export function sumsLength(d: number): number {
  return SUM_GRAD + d + 1
}

/**
 * Rows are summed in aligned blocks of this many: each block from zero, then the block sums in
 * block order. The result therefore depends on the data alone, never on how blocks are shared
 * among threads, and rounding grows with n / BLOCK_ROWS + BLOCK_ROWS rather than with n.
 */
export const BLOCK_ROWS = 1024

export interface Rows {
  /** Row-major features, rows x d. */
  x: Float64Array
  /** Labels, exactly 0 or 1. */
  y: Float64Array
  d: number
}

const LOSS_CAP = -LOG_CLAMP
const GRAD_EPSILON = BCE_EPSILON

// One row, from z = x·w + b, e = exp(-|z|) and the sign of z, in small pieces that TurboFan
// inlines into each sweep (one function returning three values would need memory in between).

/** Below this PyTorch's float32 exp(-z) has overflowed (z < ~-88.72) and its H(x) is exactly 0. */
const SIGMOID32_MIN = 1 / 3.4028234663852886e38

/**
 * H(x) as PyTorch's float32 sigmoid gives it, from e = exp(-|z|): for z >= 0 its
 * 1 / (1 + exp(-z)) with 1 + exp(-z) and the quotient rounded to float32, so H(x) is exactly 1
 * for z > ~16.64 as in PyTorch; for z < 0, e / (1 + e) likewise. Either way within a float32 ulp
 * of PyTorch's value (which also rounds e itself first: that changes nothing but exact ties).
 * Where PyTorch's exp(-z) overflows (z < ~-88.72) its H(x) is 0 and this one a float32 subnormal:
 * the same prediction, a gradient below 1e-26 either way, and the cost comes from float32RowLoss
 * there; probabilities() shows PyTorch's 0 (a select per row in the sweeps would cost 6%).
 */
function probabilityOf(e: number, positive: number): number {
  return Math.fround((positive + (1 - positive) * e) / Math.fround(1 + e))
}

/** Past this disagreement between label and z, the cost is taken from float32 H(x) (see top). */
const COARSE_MARGIN = 4
/** Past float32's range: fround() of anything this large is Infinity, as PyTorch's exp(-z) is. */
const BEYOND_FLOAT32 = 1e39

/**
 * -log of the true class's probability with H(x) exactly as PyTorch's float32 CPU sigmoid
 * computes it, 1 / (1 + exp(-z)) rounded to float32 at each step (exp(-z) = e for z >= 0 and 1/e
 * below, overflowing to Infinity and H(x) to 0 past z ~ -88.72). Only for badly wrong rows.
 */
function float32RowLoss(e: number, positive: number, label: number): number {
  const expMinusZ = positive === 1 ? e : Math.min(1 / e, BEYOND_FLOAT32)
  const p = Math.fround(1 / Math.fround(1 + Math.fround(expMinusZ)))
  return -Math.log(label === 1 ? p : 1 - p)
}

/**
 * BCE of one row, -log p if y = 1 and -log(1 - p) if y = 0, is log1p(e) plus |z| when the label
 * disagrees with the sign of z. The sweeps add the two parts apart: this linear part, and the
 * factor 1 + e into a running product whose log they take every 32 rows (LOG_GROUP_MASK): one
 * Math.log for 32 rows instead of a log1p per row, 20% of the pass. Past COARSE_MARGIN of
 * disagreement float32 H(x) decides (see top): the whole loss is linear then, clamped at 100
 * like PyTorch's log at -100, and the factor is 1. Below it the loss is at most log 2 + 4, far
 * from the clamp.
 */
function rowLinearLoss(e: number, disagreement: number, positive: number, label: number): number {
  if (disagreement <= COARSE_MARGIN) return disagreement
  const loss = float32RowLoss(e, positive, label)
  return loss > LOSS_CAP ? LOSS_CAP : loss
}

/** The row's factor in the product whose log is the sum of log1p(e) (1 for a coarse row). */
function rowLogFactor(e: number, disagreement: number): number {
  return 1 + e * +(disagreement <= COARSE_MARGIN)
}

/** How much the label disagrees with the sign of z: |z| when they differ, else 0. */
function rowDisagreement(a: number, positive: number, label: number): number {
  return a * (positive + label - 2 * positive * label)
}

/**
 * Rows per log of the product of factors (each in [1, 2], so the product stays below 2^32).
 * The grouping follows the row index, so a block's sums never depend on which thread ran it;
 * the log of 32 rounded products is within ~7e-15 of the sum of the 32 logs.
 */
const LOG_GROUP_MASK = 31

/** 1 when the prediction [p >= threshold] equals the label, else 0. */
function rowCorrect(p: number, threshold: number, label: number): number {
  const predicted = +(p >= threshold)
  return 1 - (predicted + label - 2 * predicted * label)
}

/** dL/dz = (p - y) s / max(s, 1e-12) with s = p(1 - p): BCE's backward times sigmoid's. */
function rowGradient(p: number, label: number): number {
  const s = p * (1 - p)
  return s >= GRAD_EPSILON ? p - label : ((p - label) * s) / GRAD_EPSILON
}

/** Block scratch for widths without an unrolled sweep; grown (rarely) for wide data. */
let gradientScratch = new Float64Array(64)

/** Adds, into out[at..], the sums over rows order[start..end) (rows start..end if null). */
function sweepAnyWidth(
  rows: Rows,
  params: Parameters,
  threshold: number,
  order: Uint32Array | null,
  start: number,
  end: number,
  out: Float64Array,
  at: number
): void {
  const { x, y, d } = rows
  if (gradientScratch.length < d) gradientScratch = new Float64Array(d)
  const gradient = gradientScratch
  gradient.fill(0, 0, d)
  const bias = params[d]
  const cut = +threshold // a double from here on, not converted again per row
  let loss = 0
  let product = 1 // of the rows' 1 + e since the last log (see rowLogFactor)
  let correct = 0
  let gradBias = 0
  for (let k = start; k < end; k++) {
    const i = order === null ? k : order[k]
    const offset = i * d
    let z = bias
    for (let j = 0; j < d; j++) z += x[offset + j] * params[j]
    const a = Math.abs(z)
    const e = expNegative(a)
    const positive = +(z >= 0)
    const p = probabilityOf(e, positive)
    const label = y[i]
    const disagreement = rowDisagreement(a, positive, label)
    loss += rowLinearLoss(e, disagreement, positive, label)
    product *= rowLogFactor(e, disagreement)
    correct += rowCorrect(p, cut, label)
    const dLdz = rowGradient(p, label)
    gradBias += dLdz
    for (let j = 0; j < d; j++) gradient[j] += dLdz * x[offset + j]
    if ((k & LOG_GROUP_MASK) === LOG_GROUP_MASK) {
      loss += Math.log(product)
      product = 1
    }
  }
  loss += Math.log(product)
  out[at + SUM_LOSS] += loss
  out[at + SUM_CORRECT] += correct
  for (let j = 0; j < d; j++) out[at + SUM_GRAD + j] += gradient[j]
  out[at + SUM_GRAD + d] += gradBias
}

/** sweepAnyWidth for d = 2, consecutive rows. */
function sweepWidth2(
  x: Float64Array,
  y: Float64Array,
  params: Parameters,
  threshold: number,
  start: number,
  end: number,
  out: Float64Array,
  at: number
): void {
  const w0 = params[0]
  const w1 = params[1]
  const bias = params[2]
  const cut = +threshold // a double from here on, not converted again per row
  let loss = 0
  let product = 1 // of the rows' 1 + e since the last log (see rowLogFactor)
  let correct = 0
  let g0 = 0
  let g1 = 0
  let gb = 0
  for (let i = start, o = start * 2; i < end; i++, o += 2) {
    const x0 = x[o]
    const x1 = x[o + 1]
    const z = bias + x0 * w0 + x1 * w1
    const a = Math.abs(z)
    const e = expNegative(a)
    const positive = +(z >= 0)
    const p = probabilityOf(e, positive)
    const label = y[i]
    const disagreement = rowDisagreement(a, positive, label)
    loss += rowLinearLoss(e, disagreement, positive, label)
    product *= rowLogFactor(e, disagreement)
    correct += rowCorrect(p, cut, label)
    const dLdz = rowGradient(p, label)
    gb += dLdz
    g0 += dLdz * x0
    g1 += dLdz * x1
    if ((i & LOG_GROUP_MASK) === LOG_GROUP_MASK) {
      loss += Math.log(product)
      product = 1
    }
  }
  loss += Math.log(product)
  out[at + SUM_LOSS] += loss
  out[at + SUM_CORRECT] += correct
  out[at + SUM_GRAD] += g0
  out[at + SUM_GRAD + 1] += g1
  out[at + SUM_GRAD + 2] += gb
}

/** sweepAnyWidth for d = 8, consecutive rows. */
function sweepWidth8(
  x: Float64Array,
  y: Float64Array,
  params: Parameters,
  threshold: number,
  start: number,
  end: number,
  out: Float64Array,
  at: number
): void {
  const w0 = params[0]
  const w1 = params[1]
  const w2 = params[2]
  const w3 = params[3]
  const w4 = params[4]
  const w5 = params[5]
  const w6 = params[6]
  const w7 = params[7]
  const bias = params[8]
  const cut = +threshold // a double from here on, not converted again per row
  let loss = 0
  let product = 1 // of the rows' 1 + e since the last log (see rowLogFactor)
  let correct = 0
  let g0 = 0
  let g1 = 0
  let g2 = 0
  let g3 = 0
  let g4 = 0
  let g5 = 0
  let g6 = 0
  let g7 = 0
  let gb = 0
  for (let i = start, o = start * 8; i < end; i++, o += 8) {
    const x0 = x[o]
    const x1 = x[o + 1]
    const x2 = x[o + 2]
    const x3 = x[o + 3]
    const x4 = x[o + 4]
    const x5 = x[o + 5]
    const x6 = x[o + 6]
    const x7 = x[o + 7]
    const z = bias + x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + x4 * w4 + x5 * w5 + x6 * w6 + x7 * w7
    const a = Math.abs(z)
    const e = expNegative(a)
    const positive = +(z >= 0)
    const p = probabilityOf(e, positive)
    const label = y[i]
    const disagreement = rowDisagreement(a, positive, label)
    loss += rowLinearLoss(e, disagreement, positive, label)
    product *= rowLogFactor(e, disagreement)
    correct += rowCorrect(p, cut, label)
    const dLdz = rowGradient(p, label)
    gb += dLdz
    g0 += dLdz * x0
    g1 += dLdz * x1
    g2 += dLdz * x2
    g3 += dLdz * x3
    g4 += dLdz * x4
    g5 += dLdz * x5
    g6 += dLdz * x6
    g7 += dLdz * x7
    if ((i & LOG_GROUP_MASK) === LOG_GROUP_MASK) {
      loss += Math.log(product)
      product = 1
    }
  }
  loss += Math.log(product)
  const g = SUM_GRAD
  out[at + SUM_LOSS] += loss
  out[at + SUM_CORRECT] += correct
  out[at + g] += g0
  out[at + g + 1] += g1
  out[at + g + 2] += g2
  out[at + g + 3] += g3
  out[at + g + 4] += g4
  out[at + g + 5] += g5
  out[at + g + 6] += g6
  out[at + g + 7] += g7
  out[at + g + 8] += gb
}

/** One block's sums added into out[at..]. */
function sweep(
  rows: Rows,
  params: Parameters,
  threshold: number,
  order: Uint32Array | null,
  start: number,
  end: number,
  out: Float64Array,
  at: number
): void {
  const { x, y, d } = rows
  if (order === null && d === 8) sweepWidth8(x, y, params, threshold, start, end, out, at)
  else if (order === null && d === 2) sweepWidth2(x, y, params, threshold, start, end, out, at)
  else sweepAnyWidth(rows, params, threshold, order, start, end, out, at)
}

/**
 * Adds, over rows order[start..end) (or rows start..end when `order` is null):
 *   Σ loss, Σ [prediction == y], Σ dL/dz · x_j and Σ dL/dz, into `sums` (see the layout above),
 * block by block (see BLOCK_ROWS).
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
  for (let from = start; from < end;) {
    const to = Math.min(end, (Math.floor(from / BLOCK_ROWS) + 1) * BLOCK_ROWS)
    sweep(rows, params, threshold, order, from, to, sums, 0)
    from = to
  }
}

/**
 * The sums of each full-batch block b in [firstBlock, endBlock), written (not added) to
 * out[b * sumsLength(d) ..]: what one thread of a parallel backend computes.
 */
export function writeBlockSums(
  rows: Rows,
  params: Parameters,
  threshold: number,
  firstBlock: number,
  endBlock: number,
  out: Float64Array
): void {
  const size = sumsLength(rows.d)
  const n = rows.y.length
  for (let b = firstBlock; b < endBlock; b++) {
    out.fill(0, b * size, (b + 1) * size)
    const from = b * BLOCK_ROWS
    sweep(rows, params, threshold, null, from, Math.min(n, from + BLOCK_ROWS), out, b * size)
  }
}

/** Adds the block sums of blocks [0, blocks) to `sums` in block order: equals `accumulate`. */
export function addBlockSums(blockSums: Float64Array, blocks: number, sums: Float64Array): void {
  const size = sums.length
  for (let b = 0; b < blocks; b++) {
    for (let j = 0; j < size; j++) sums[j] += blockSums[b * size + j]
  }
}

/**
 * H(x) for rows [start, end) into `out` (out[i - start]), computed exactly as the sweeps do, so
 * predictions made from these always agree with the accuracy the sweeps count.
 */
export function probabilities(
  rows: Rows,
  params: Parameters,
  start: number,
  end: number,
  out: Float64Array
): void {
  const { x, d } = rows
  for (let i = start; i < end; i++) {
    const z = linear(x, i * d, params, d)
    const p = probabilityOf(expNegative(Math.abs(z)), +(z >= 0))
    out[i - start] = p >= SIGMOID32_MIN ? p : 0
  }
}

/**
 * Runs every sweep once, when this module loads, over a few rows of ordinary non-integer numbers
 * and through every branch (saturated rows, the loss cap, exp underflow). V8 optimizes each
 * operation for the kinds of values it has seen; the lab's first epoch (zero weights: z = 0 and
 * integers everywhere) would otherwise teach it "small integers only", and the next epoch would
 * throw the optimized code away, leaving the loop in slower on-stack-replacement code for good
 * (measured: ~2x slower per row on 4,096-16,384-row data). Costs well under a millisecond.
 */
function primeTypeFeedback(): void {
  const n = 4
  for (const d of [2, 8, 3]) {
    const x = Float64Array.from({ length: n * d }, (_, i) => Math.sin(i + 0.5))
    const y = Float64Array.from({ length: n }, (_, i) => i % 2)
    const sums = new Float64Array(sumsLength(d))
    for (const scale of [0.7, 60, 2000]) {
      const params = Float64Array.from({ length: d + 1 }, (_, j) => scale * Math.cos(j + 0.25))
      accumulate({ x, y, d }, params, 0.5, null, 0, n, sums)
      accumulate({ x, y, d }, params, 0.5, Uint32Array.of(3, 1, 2, 0), 0, n, sums)
    }
  }
}

primeTypeFeedback()
