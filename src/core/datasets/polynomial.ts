// Polynomial features: x1^2, x2^2 and x1*x2 appended to two base features, so that the model's
// boundary, a line in the five columns, is a conic in (x1, x2) and can bend (round the XOR's
// corners, between overlapping clouds). featureMapOf tells the decision-boundary plot how each
// column is computed from the two base features, so it shades H(x) on a grid of (x1, x2).
import type { Dataset } from '../dataset'

/** Column j is x1^p * x2^q for powers[j] = [p, q]. */
export type Monomial = readonly [number, number]

export interface FeatureMap {
  /** The names of the two base features, the plot's axes. */
  base: readonly [string, string]
  /** One per column, in column order. */
  powers: readonly Monomial[]
  /** True when polynomial columns follow the base features. */
  polynomial: boolean
}

/** The columns polynomial features append, in order: x1^2, x2^2, x1*x2. */
export const POLYNOMIAL_POWERS: readonly Monomial[] = [
  [2, 0],
  [0, 2],
  [1, 1]
]

const BASE_POWERS: readonly Monomial[] = [
  [1, 0],
  [0, 1]
]

/**
 * The longest feature name (the app's limit, MAX_FEATURE_NAME_LENGTH in src/shared/limits.ts,
 * equal by test): longer derived names are cut to it.
 */
export const DERIVED_NAME_MAX = 200

/** 'x1^2', 'x2^2', 'x1*x2' for base names x1 and x2. */
export function polynomialNames(first: string, second: string): [string, string, string] {
  const cut = (name: string): string => name.slice(0, DERIVED_NAME_MAX)
  return [cut(`${first}^2`), cut(`${second}^2`), cut(`${first}*${second}`)]
}

/**
 * a * b to 15 significant digits: products of decimal data read as decimals (1.1^2 is 1.21,
 * not 1.2100000000000002), within 1e-15 of the exact product. toPrecision is exactly specified,
 * so every engine gives the same double.
 */
export function polynomialValue(a: number, b: number): number {
  const product = a * b
  return product === 0 ? 0 : Number(product.toPrecision(15))
}

/** Column j's value for base features (x1, x2), as the data's columns were computed. */
export function monomialValue([p, q]: Monomial, x1: number, x2: number): number {
  if (p + q === 1) return p === 1 ? x1 : x2
  return p === 2
    ? polynomialValue(x1, x1)
    : q === 2
      ? polynomialValue(x2, x2)
      : polynomialValue(x1, x2)
}

/** The data with x1^2, x2^2 and x1*x2 appended; null unless it has exactly two features. */
export function withPolynomialFeatures(dataset: Dataset): Dataset | null {
  if (dataset.cols !== 2) return null
  const { rows, x } = dataset
  const out = new Float64Array(rows * 5)
  for (let i = 0; i < rows; i++) {
    const x1 = x[2 * i]
    const x2 = x[2 * i + 1]
    out.set(
      [x1, x2, polynomialValue(x1, x1), polynomialValue(x2, x2), polynomialValue(x1, x2)],
      5 * i
    )
  }
  const [first, second] = dataset.featureNames
  return {
    rows,
    cols: 5,
    x: out,
    y: dataset.y,
    featureNames: [first, second, ...polynomialNames(first, second)]
  }
}

/**
 * How the data's columns come from two base features: for two features, themselves; for five
 * whose last three are exactly x1^2, x2^2 and x1*x2 of the first two on every row (as
 * withPolynomialFeatures computes them: a table edited since no longer matches), the polynomial
 * map. Null otherwise: the columns are independent, and there is no (x1, x2) plane to shade.
 */
export function featureMapOf(dataset: Dataset): FeatureMap | null {
  const [first, second] = dataset.featureNames
  if (dataset.cols === 2) return { base: [first, second], powers: BASE_POWERS, polynomial: false }
  if (dataset.cols !== 5) return null
  const { rows, x } = dataset
  for (let i = 0; i < rows; i++) {
    const o = 5 * i
    for (let k = 0; k < 3; k++) {
      if (x[o + 2 + k] !== monomialValue(POLYNOMIAL_POWERS[k], x[o], x[o + 1])) return null
    }
  }
  return { base: [first, second], powers: [...BASE_POWERS, ...POLYNOMIAL_POWERS], polynomial: true }
}

/**
 * z = b + sum_j w_j x1^p_j x2^q_j at a point (x1, x2) of the base plane: the model's logit there,
 * for the boundary plot (H(x) = sigmoid(z); the boundary is z = logit(threshold)).
 */
export function mappedLogit(
  map: FeatureMap,
  weights: ArrayLike<number>,
  bias: number,
  x1: number,
  x2: number
): number {
  let z = bias
  for (let j = 0; j < map.powers.length; j++) {
    // plain products here: a plot evaluates a whole grid, and 1e-15 does not show
    const [p, q] = map.powers[j]
    let term = weights[j]
    for (let k = 0; k < p; k++) term *= x1
    for (let k = 0; k < q; k++) term *= x2
    z += term
  }
  return z
}
