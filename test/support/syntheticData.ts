// Seeded synthetic classification data for tests: d features in [-2, 2] on a 1/64 grid (exact in
// float32, so PyTorch sees the same inputs), labels from a noisy linear rule so that no line
// separates the classes and the weights stay finite, like real data.
import { MersenneTwister, type Dataset } from '@core'

export function syntheticDataset(rows: number, features: number, seed: number): Dataset {
  const rng = new MersenneTwister(seed)
  const uniform = (): number => rng.nextUint32() / 0x100000000
  const truth = Array.from({ length: features }, () => uniform() * 4 - 2)
  const x = new Float64Array(rows * features)
  const y = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    let z = 0
    for (let j = 0; j < features; j++) {
      const value = Math.round((uniform() * 4 - 2) * 64) / 64
      x[i * features + j] = value
      z += truth[j] * value
    }
    // noise of about the signal's size keeps both classes mixed near the boundary
    y[i] = z + (uniform() * 2 - 1) * 2 > 0 ? 1 : 0
  }
  const featureNames = Array.from({ length: features }, (_, j) => `x${j + 1}`)
  return { rows, cols: features, x, y, featureNames }
}
