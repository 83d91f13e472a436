// What a chart holds of a long history: at most about 2 x BUCKET_BUDGET points, whatever the run's
// length, so memory stays bounded and a frame's redraw stays cheap. Up to the budget every point
// is kept; beyond it, points are grouped in buckets of a power-of-two size and each bucket keeps
// its lowest and highest value (as real (epoch, value) pairs, in epoch order), so no spike or dip
// disappears. Streaming is incremental: closed buckets are never recomputed from the source, and
// when the budget is crossed the bucket size doubles by merging pairs of closed buckets, so the
// work per frame is bounded by the new points and the budget, never by the run's length.
import type { ChartPoint } from './chartSetup'

/**
 * 1,024 buckets (up to 2,048 points) give a chart at least three points per pixel column at
 * 1920 x 1080 (a zoomed range is rebuilt at full detail); 4,096 made each live redraw about twice
 * as slow for nothing visible.
 */
export const BUCKET_BUDGET = 1024

/** 'extremes': lowest and highest of each bucket (curves). 'first': its first point (markers). */
export type Reduction = 'extremes' | 'first'

/**
 * Points by index, x ascending (epochs), as two arrays (the history's typed arrays as they are):
 * a long run streams tens of thousands of points a frame, and plain array reads keep that cheap.
 */
export interface SeriesSource {
  readonly length: number
  readonly xs: ArrayLike<number>
  readonly ys: ArrayLike<number>
}

/** The smallest power of two s with count / s <= budget. */
export function strideFor(count: number, budget: number): number {
  let stride = 1
  while (count / stride > budget) stride *= 2
  return stride
}

/** Appends to `out` the reduction of source points [start, end). */
export function reduceBucket(
  source: SeriesSource,
  start: number,
  end: number,
  reduction: Reduction,
  out: ChartPoint[]
): void {
  if (end <= start) return
  const { xs, ys } = source
  if (reduction === 'first' || end - start === 1) {
    out.push({ x: xs[start], y: ys[start] })
    return
  }
  // NaN (a diverged epoch) is skipped; a bucket of NaN only yields its first point.
  let low = -1
  let high = -1
  let lowValue = 0
  let highValue = 0
  for (let i = start; i < end; i++) {
    const value = ys[i]
    if (Number.isNaN(value)) continue
    if (low < 0 || value < lowValue) {
      low = i
      lowValue = value
    }
    if (high < 0 || value > highValue) {
      high = i
      highValue = value
    }
  }
  if (low < 0) {
    out.push({ x: xs[start], y: ys[start] })
    return
  }
  const first = Math.min(low, high)
  const second = Math.max(low, high)
  out.push({ x: xs[first], y: ys[first] })
  if (second !== first) out.push({ x: xs[second], y: ys[second] })
}

/** Points as a source, for reducing already reduced points (they keep their epochs). */
function pointSource(points: readonly ChartPoint[]): SeriesSource {
  return {
    length: points.length,
    xs: Float64Array.from(points, (point) => point.x),
    ys: Float64Array.from(points, (point) => point.y)
  }
}

/** The whole history, kept up to date as points stream in. `points` is mutated in place. */
export class StreamingView {
  readonly points: ChartPoint[] = []
  private stride = 1
  /** Source points folded into closed buckets. */
  private consumed = 0
  /** points[0, closedLength) come from closed buckets; the rest from the open one. */
  private closedLength = 0
  /** Where each closed bucket's points end in `points` (a bucket keeps one or two). */
  private bucketEnds: number[] = []

  constructor(
    private readonly reduction: Reduction,
    private readonly budget = BUCKET_BUDGET
  ) {}

  get bucketSize(): number {
    return this.stride
  }

  clear(): void {
    this.points.length = 0
    this.stride = 1
    this.consumed = 0
    this.closedLength = 0
    this.bucketEnds = []
  }

  /** The source changed from index `from` on (earlier points are as they were). */
  sync(source: SeriesSource, from: number): void {
    const stride = Math.max(this.stride, strideFor(source.length, this.budget))
    if (from < this.consumed) {
      this.clear()
      this.stride = stride
    }
    while (this.stride < stride) this.doubleStride()
    this.points.length = this.closedLength
    let start = this.consumed
    for (; start + this.stride <= source.length; start += this.stride) {
      reduceBucket(source, start, start + this.stride, this.reduction, this.points)
      this.bucketEnds.push(this.points.length)
    }
    this.consumed = start
    this.closedLength = this.points.length
    reduceBucket(source, start, source.length, this.reduction, this.points)
  }

  /**
   * Twice the bucket size, from the closed buckets alone: the extremes (or the first point) of two
   * buckets are the extremes (or the first) of their points. So the work is bounded by the budget,
   * not the run's length. An odd last bucket goes back to the source with the open one.
   */
  private doubleStride(): void {
    const merged: ChartPoint[] = []
    const ends: number[] = []
    const pairs = Math.floor(this.bucketEnds.length / 2)
    const closed = pointSource(this.points.slice(0, this.closedLength))
    let begin = 0
    for (let k = 0; k < pairs; k++) {
      const end = this.bucketEnds[2 * k + 1]
      reduceBucket(closed, begin, end, this.reduction, merged)
      ends.push(merged.length)
      begin = end
    }
    this.points.length = 0
    for (const point of merged) this.points.push(point)
    this.closedLength = merged.length
    this.bucketEnds = ends
    this.consumed = pairs * 2 * this.stride
    this.stride *= 2
  }
}

/** First index i with x(i) >= value (x ascending). */
export function lowerBound(source: SeriesSource, value: number): number {
  let low = 0
  let high = source.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (source.xs[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The points of x in [min, max] plus one range's width on each side (so a pan shows data at once,
 * before the view is rebuilt for the new range), reduced to the budget.
 */
export function rangeView(
  source: SeriesSource,
  min: number,
  max: number,
  reduction: Reduction,
  budget = BUCKET_BUDGET
): ChartPoint[] {
  const width = Math.max(max - min, 0)
  // One point beyond each end too, so the line runs to the chart's edges.
  const start = Math.max(0, lowerBound(source, min - width) - 1)
  const end = Math.min(source.length, lowerBound(source, max + width) + 1)
  const stride = strideFor(end - start, budget)
  const points: ChartPoint[] = []
  for (let i = start; i < end; i += stride) {
    reduceBucket(source, i, Math.min(i + stride, end), reduction, points)
  }
  return points
}
