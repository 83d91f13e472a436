// The model seen in the plane of two chosen features: with every other feature held at its mean,
// z = w·x + b becomes  z = w_i * x_i + w_j * x_j + (b + sum over k not in {i, j} of w_k * mean_k),
// a two-feature model the decision line and the shading are drawn from. With d = 2 it is the model.
import type { Dataset } from '@core/dataset'
import { curveLogit, type CurveModel } from './boundaryCurve'

/** The feature columns plotted across (x) and up (y). */
export interface FeaturePair {
  x: number
  y: number
}

/** A two-feature model: H = sigmoid(weights[0] * across + weights[1] * up + bias). */
export interface PlaneModel {
  weights: [number, number]
  bias: number
}

/**
 * Each feature's mean over the rows (0 for a table with no rows), summed in row order. Column by
 * column into a local sum: adding into an array slot per cell took up to ~14 ms of a table edit
 * at 100,000 x 8.
 */
export function featureMeans(dataset: Dataset): number[] {
  const { rows, cols, x } = dataset
  const means = new Array<number>(cols)
  const end = rows * cols
  for (let j = 0; j < cols; j++) {
    let sum = 0
    for (let at = j; at < end; at += cols) sum += x[at]
    means[j] = rows > 0 ? sum / rows : 0
  }
  return means
}

export function planeModel(
  weights: readonly number[],
  bias: number,
  pair: FeaturePair,
  means: readonly number[]
): PlaneModel {
  let held = bias
  for (let k = 0; k < weights.length; k++) {
    if (k !== pair.x && k !== pair.y) held += weights[k] * (means[k] ?? 0)
  }
  return { weights: [weights[pair.x] ?? 0, weights[pair.y] ?? 0], bias: held }
}

/**
 * What the plot shades and draws the boundary of: a two-feature (linear) model, or, when every
 * column is computed from the two plotted features (polynomial features), the whole model.
 */
export type PlaneSurface = PlaneModel | CurveModel

export function isCurve(model: PlaneSurface): model is CurveModel {
  return 'map' in model
}

/** H at a point of the plane: sigmoid(w1 * x + w2 * y + b), or of the curve model's z there. */
export function planeProbability(model: PlaneSurface, x: number, y: number): number {
  const z = isCurve(model)
    ? curveLogit(model, x, y)
    : model.weights[0] * x + model.weights[1] * y + model.bias
  return 1 / (1 + Math.exp(-z))
}

/** A valid pair for d features: the one asked for when it names two columns, else (0, 1). */
export function validPair(pair: FeaturePair, d: number): FeaturePair {
  const ok = (j: number) => Number.isInteger(j) && j >= 0 && j < d
  if (ok(pair.x) && ok(pair.y) && pair.x !== pair.y) return pair
  return { x: 0, y: Math.min(1, d - 1) }
}
