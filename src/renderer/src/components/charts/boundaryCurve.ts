// The decision boundary when the columns are functions of the two plotted features (polynomial
// features: x1², x2², x1·x2, core's FeatureMap): z = b + Σ w_j x1^p_j x2^q_j is no longer linear
// in (x1, x2), so H(x) = t is a curve (a conic). It is traced on a grid by marching squares: each
// grid cell whose corners lie on both sides of z = logit(t) holds a piece of it, placed on the
// cell's edges by linear interpolation, and the pieces are joined into polylines to draw.
import { mappedLogit, type FeatureMap } from '@core/datasets'
import { logit, type Boundary, type PlotBounds, type Point } from './decisionBoundary'

/** The model in the plane of its two base features, every column computed from them. */
export interface CurveModel {
  map: FeatureMap
  /** One per column, in column order. */
  weights: readonly number[]
  bias: number
}

/** Grid cells each way: fine enough that a conic's pieces look smooth on a 1920-pixel plot. */
export const CURVE_GRID = 96

export function curveModel(map: FeatureMap, weights: readonly number[], bias: number): CurveModel {
  return { map, weights, bias }
}

/** z at (x, y) of the plane. */
export function curveLogit(model: CurveModel, x: number, y: number): number {
  return mappedLogit(model.map, model.weights, model.bias, x, y)
}

/**
 * The polylines where f(x, y) = 0 inside `bounds`, on an n x n grid. A saddle cell (corners
 * alternating in sign) is split by the sign at its centre, so two pieces never cross.
 */
export function contourLines(
  f: (x: number, y: number) => number,
  bounds: PlotBounds,
  n = CURVE_GRID
): Point[][] {
  const { xMin, xMax, yMin, yMax } = bounds
  const xAt = (i: number): number => xMin + (i / n) * (xMax - xMin)
  const yAt = (j: number): number => yMin + (j / n) * (yMax - yMin)
  const v = new Float64Array((n + 1) * (n + 1))
  for (let j = 0; j <= n; j++) for (let i = 0; i <= n; i++) v[j * (n + 1) + i] = f(xAt(i), yAt(j))
  const value = (i: number, j: number): number => v[j * (n + 1) + i]
  // Edge ids: horizontal edge (i, j)-(i+1, j) is j*n + i; vertical (i, j)-(i, j+1) follows them.
  const vertical = (n + 1) * n
  const hEdge = (i: number, j: number): number => j * n + i
  const vEdge = (i: number, j: number): number => vertical + j * (n + 1) + i
  const points = new Map<number, Point>()
  const crossing = (edge: number, i0: number, j0: number, i1: number, j1: number): number => {
    if (!points.has(edge)) {
      const a = value(i0, j0)
      const b = value(i1, j1)
      const s = a / (a - b)
      points.set(edge, {
        x: xAt(i0) + s * (xAt(i1) - xAt(i0)),
        y: yAt(j0) + s * (yAt(j1) - yAt(j0))
      })
    }
    return edge
  }
  const segments: [number, number][] = []
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const corners = [value(i, j), value(i + 1, j), value(i + 1, j + 1), value(i, j + 1)]
      if (!corners.every(Number.isFinite)) continue
      const [a, b, c, d] = corners.map((z) => z > 0)
      const bottom = a !== b ? crossing(hEdge(i, j), i, j, i + 1, j) : -1
      const right = b !== c ? crossing(vEdge(i + 1, j), i + 1, j, i + 1, j + 1) : -1
      const top = d !== c ? crossing(hEdge(i, j + 1), i, j + 1, i + 1, j + 1) : -1
      const left = a !== d ? crossing(vEdge(i, j), i, j, i, j + 1) : -1
      const cut = [bottom, right, top, left].filter((edge) => edge >= 0)
      if (cut.length === 2) segments.push([cut[0], cut[1]])
      else if (cut.length === 4) {
        const centre = f((xAt(i) + xAt(i + 1)) / 2, (yAt(j) + yAt(j + 1)) / 2) > 0
        if (centre === a) segments.push([bottom, right], [left, top])
        else segments.push([bottom, left], [right, top])
      }
    }
  }
  return joinSegments(segments).map((line) => line.map((edge) => points.get(edge) as Point))
}

/** Segments sharing an end joined into chains (each edge point is shared by at most two). */
function joinSegments(segments: readonly [number, number][]): number[][] {
  const atEnd = new Map<number, number[]>()
  segments.forEach(([a, b], k) => {
    for (const end of [a, b]) atEnd.set(end, [...(atEnd.get(end) ?? []), k])
  })
  const used = new Uint8Array(segments.length)
  const extend = (line: number[], from: number): void => {
    let end = from
    for (;;) {
      const next = (atEnd.get(end) ?? []).find((k) => !used[k])
      if (next === undefined) return
      used[next] = 1
      const [a, b] = segments[next]
      end = a === end ? b : a
      line.push(end)
    }
  }
  const lines: number[][] = []
  segments.forEach(([a, b], k) => {
    if (used[k]) return
    used[k] = 1
    const forward = [a, b]
    extend(forward, b)
    const backward: number[] = []
    extend(backward, a)
    lines.push([...backward.reverse(), ...forward])
  })
  return lines
}

/** Where the model changes its mind, as a curve in `bounds` (or why there is none). */
export function curveBoundary(
  model: CurveModel,
  threshold: number,
  bounds: PlotBounds,
  n = CURVE_GRID
): Boundary {
  if (![...model.weights, model.bias].every(Number.isFinite)) return { kind: 'nonFinite' }
  if (model.weights.every((w) => w === 0)) return { kind: 'zeroWeights' }
  if (!(threshold > 0 && threshold < 1)) return { kind: 'extremeThreshold' }
  const level = logit(threshold)
  const lines = contourLines((x, y) => curveLogit(model, x, y) - level, bounds, n)
  return lines.length === 0 ? { kind: 'outside' } : { kind: 'curve', lines }
}
