// Seeded synthetic data for the benchmark: standard-normal features and labels drawn from a
// logistic model with fixed true weights, so the classes overlap (no separable data, no runaway
// weights) and every run of the bench trains on exactly the same numbers. The arrays are made in
// shared memory, so the parallel accumulator's workers read them as they are: no second copy.
import { MersenneTwister, type Dataset } from '@core'

/** A uniform double in (0, 1) from two 32-bit draws (53 random bits, never exactly 0). */
function uniform(rng: MersenneTwister): number {
  const high = rng.nextUint32() >>> 5
  const low = rng.nextUint32() >>> 6
  return (high * 67108864 + low + 0.5) / 9007199254740992
}

/** Box-Muller: one standard normal per call (the second value is dropped for simplicity). */
function normal(rng: MersenneTwister): number {
  return Math.sqrt(-2 * Math.log(uniform(rng))) * Math.cos(2 * Math.PI * uniform(rng))
}

export function syntheticDataset(rows: number, features: number, seed = 1): Dataset {
  const rng = new MersenneTwister(seed)
  // True weights in [-1, 1] and a small bias: the model the labels come from.
  const trueWeights = Array.from({ length: features }, () => 2 * uniform(rng) - 1)
  const trueBias = 0.25
  const x = new Float64Array(new SharedArrayBuffer(rows * features * 8))
  const y = new Float64Array(new SharedArrayBuffer(rows * 8))
  for (let i = 0; i < rows; i++) {
    let z = trueBias
    for (let j = 0; j < features; j++) {
      const value = normal(rng)
      x[i * features + j] = value
      z += value * trueWeights[j]
    }
    y[i] = uniform(rng) < 1 / (1 + Math.exp(-z)) ? 1 : 0
  }
  const featureNames = Array.from({ length: features }, (_, j) => `x${j + 1}`)
  return { rows, cols: features, x, y, featureNames }
}
