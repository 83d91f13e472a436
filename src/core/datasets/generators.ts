// The generated data sets: two features around the origin, labels 0 then 1 (the first half of
// the rows class 0, like the lab's table), every point drawn from the data seed's Mersenne
// Twister in row order and kept to 3 decimals (gaussian.ts).
//
//   blobs      two Gaussian clouds, centred at (-1, -1) (class 0) and (1, 1) (class 1), each
//              with standard deviation `noise` per coordinate: the larger, the more they overlap.
//   separable  the same clouds, keeping only points at least SEPARABLE_MARGIN on their own side
//              of the line x1 + x2 = 0 (a point that is not is drawn again): a straight line
//              always splits them, whatever the noise.
//   xor        four clouds at (±1, ±1), class 1 in the two quadrants where x1 and x2 differ in
//              sign: no straight line splits them (polynomial features' x1*x2 does).
import { MersenneTwister } from '../rng'
import { gaussianPair, roundGenerated } from './gaussian'

export type GeneratorKind = 'blobs' | 'separable' | 'xor'

export interface GeneratorParams {
  rows: number
  /** The standard deviation of each cloud, per coordinate. */
  noise: number
  seed: number
}

export interface GeneratedPoints {
  /** Row-major, rows x 2. */
  x: Float64Array
  y: Float64Array
}

/** The empty strip of `separable`: every point is at least this far from x1 + x2 = 0. */
export const SEPARABLE_MARGIN = 0.5

/** Where the row's cloud is centred: the label's, and for xor alternating between its two. */
function centreOf(kind: GeneratorKind, label: number, indexInClass: number): [number, number] {
  const side = label === 1 ? 1 : -1
  if (kind !== 'xor') return [side, side]
  // class 0: (1, 1) and (-1, -1); class 1: (1, -1) and (-1, 1)
  const flip = indexInClass % 2 === 0 ? 1 : -1
  return [flip, -side * flip]
}

/** Signed distance from the line x1 + x2 = 0, positive on class 1's side. */
const distanceFromLine = (x1: number, x2: number): number => (x1 + x2) / Math.SQRT2

export function generatePoints(kind: GeneratorKind, params: GeneratorParams): GeneratedPoints {
  const { rows, noise } = params
  const rng = new MersenneTwister(params.seed)
  const x = new Float64Array(rows * 2)
  const y = new Float64Array(rows)
  const zeros = Math.floor(rows / 2)
  for (let i = 0; i < rows; i++) {
    const label = i < zeros ? 0 : 1
    const [c1, c2] = centreOf(kind, label, label === 0 ? i : i - zeros)
    let x1: number
    let x2: number
    // At most a few draws: each cloud's centre lies beyond the margin, so more than half of its
    // points are kept whatever the noise.
    do {
      const [g1, g2] = gaussianPair(rng)
      x1 = roundGenerated(c1 + noise * g1)
      x2 = roundGenerated(c2 + noise * g2)
    } while (
      kind === 'separable' &&
      (label === 1 ? 1 : -1) * distanceFromLine(x1, x2) < SEPARABLE_MARGIN
    )
    x[2 * i] = x1
    x[2 * i + 1] = x2
    y[i] = label
  }
  return { x, y }
}
