// The hypothesis H(X) = sigmoid(XW + b) and the constants of PyTorch's binary cross-entropy.
// The per-row cost and gradient live in kernel.ts, fused into one pass over the rows.

/** Parameters as one vector: the d weights, then the bias (so optimizers treat them alike). */
export type Parameters = Float64Array

/** PyTorch clamps each log in F.binary_cross_entropy to >= -100, so one row costs at most 100. */
export const LOG_CLAMP = -100

/** PyTorch's BCE backward divides by max(p(1 - p), 1e-12). */
export const BCE_EPSILON = 1e-12

/** z = x·w + b for one row of a row-major matrix. */
export function linear(
  x: ArrayLike<number>,
  offset: number,
  params: Parameters,
  d: number
): number {
  let z = params[d]
  for (let j = 0; j < d; j++) z += x[offset + j] * params[j]
  return z
}

/** sigmoid(z) = 1 / (1 + e^-z), without overflow on either side. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}
