// Where the model changes its mind, in the plane of two features: the points with H(x) = t, i.e.
// sigmoid(w1*x1 + w2*x2 + b) = t  <=>  w1*x1 + w2*x2 + b = logit(t) = ln(t / (1 - t)).
// The line is clipped to the plotted box so the chart can draw it as one segment.

export interface PlotBounds {
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

export interface Point {
  x: number
  y: number
}

export type Boundary =
  /** A segment of the line inside the box. */
  | { kind: 'segment'; from: Point; to: Point }
  /** Polynomial features (boundaryCurve.ts): the curve's pieces inside the box. */
  | { kind: 'curve'; lines: Point[][] }
  /** The line exists but misses the box (every point on one side). */
  | { kind: 'outside' }
  /** Both weights are zero: H(x) is the same everywhere, so there is no line. */
  | { kind: 'zeroWeights' }
  /** Threshold 0 or 1: logit(t) is infinite, every row falls on one side. */
  | { kind: 'extremeThreshold' }
  /** A weight or the bias is not a finite number (a diverged run). */
  | { kind: 'nonFinite' }

/** logit(t) = ln(t / (1 - t)): the z at which sigmoid(z) = t. */
export function logit(threshold: number): number {
  return Math.log(threshold / (1 - threshold))
}

/**
 * The box around the points: padded by a tenth of the span (1 when all values are equal), then
 * widened to round numbers (a multiple of 1, 2 or 5 times a power of ten) so the axes read well.
 */
export function boundsOf(xs: ArrayLike<number>, ys: ArrayLike<number>): PlotBounds {
  const [xMin, xMax] = niceRange(xs)
  const [yMin, yMax] = niceRange(ys)
  return { xMin, xMax, yMin, yMax }
}

function niceRange(values: ArrayLike<number>): [number, number] {
  let low = Infinity
  let high = -Infinity
  for (let i = 0; i < values.length; i++) {
    if (values[i] < low) low = values[i]
    if (values[i] > high) high = values[i]
  }
  if (!(low <= high)) return [0, 1]
  const pad = high > low ? (high - low) / 10 : Math.max(1, Math.abs(low) / 10)
  const step = niceStep((high - low + 2 * pad) / 5)
  return [Math.floor((low - pad) / step) * step, Math.ceil((high + pad) / step) * step]
}

/** The smallest of 1, 2, 5 x 10^k at least `rough`. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough))
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough) return factor * power
  return 10 * power
}

/**
 * The part of w1*x + w2*y + b = logit(threshold) inside `bounds`. Works on the four edges alike,
 * so a vertical (w2 = 0) or horizontal (w1 = 0) line needs no special case beyond skipping the
 * edges it runs parallel to.
 */
export function decisionBoundary(
  weights: readonly number[],
  bias: number,
  threshold: number,
  bounds: PlotBounds
): Boundary {
  const [w1, w2] = weights
  if (![w1, w2, bias].every(Number.isFinite)) return { kind: 'nonFinite' }
  if (w1 === 0 && w2 === 0) return { kind: 'zeroWeights' }
  if (!(threshold > 0 && threshold < 1)) return { kind: 'extremeThreshold' }
  const level = logit(threshold) - bias // w1*x + w2*y = level
  const { xMin, xMax, yMin, yMax } = bounds
  const tolerance = 1e-9 * Math.max(xMax - xMin, yMax - yMin)
  const inside = (p: Point): boolean =>
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    p.x >= xMin - tolerance &&
    p.x <= xMax + tolerance &&
    p.y >= yMin - tolerance &&
    p.y <= yMax + tolerance
  const crossings: Point[] = []
  if (w2 !== 0) {
    for (const x of [xMin, xMax]) crossings.push({ x, y: (level - w1 * x) / w2 })
  }
  if (w1 !== 0) {
    for (const y of [yMin, yMax]) crossings.push({ x: (level - w2 * y) / w1, y })
  }
  const hits = crossings.filter(inside)
  if (hits.length < 2) return { kind: 'outside' }
  // The two hits farthest apart are the segment's ends (a corner may appear twice).
  let from = hits[0]
  let to = hits[1]
  let longest = -1
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) {
      const length = Math.hypot(hits[i].x - hits[j].x, hits[i].y - hits[j].y)
      if (length > longest) {
        longest = length
        from = hits[i]
        to = hits[j]
      }
    }
  }
  if (longest <= tolerance) return { kind: 'outside' } // only touches a corner
  return { kind: 'segment', from: clampPoint(from, bounds), to: clampPoint(to, bounds) }
}

function clampPoint(p: Point, b: PlotBounds): Point {
  return {
    x: Math.min(Math.max(p.x, b.xMin), b.xMax),
    y: Math.min(Math.max(p.y, b.yMin), b.yMax)
  }
}
