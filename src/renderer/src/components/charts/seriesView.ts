// What a chart holds of a long history: at most about 2 x BUCKET_BUDGET points, whatever the run's
// length, so memory stays bounded and a frame's redraw stays cheap. Up to the budget every point
// is kept; beyond it, points are grouped in buckets of a power-of-two size and each bucket keeps
// its lowest and highest value (as real (epoch, value) pairs, in epoch order), so no spike or dip
// disappears. Streaming is incremental: closed buckets are never recomputed, and the bucket size
// doubles (one rebuild) only when the budget is crossed, so the work per point stays constant.
import type { ChartPoint } from './chartSetup'

export const BUCKET_BUDGET = 4096

/** 'extremes': lowest and highest of each bucket (curves). 'first': its first point (markers). */
export type Reduction = 'extremes' | 'first'

/** Points by index, x ascending (epochs). Accessors, so typed arrays and log lines both fit. */
export interface SeriesSource {
  readonly length: number
  x(index: number): number
  y(index: number): number
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
  if (reduction === 'first' || end - start === 1) {
    out.push({ x: source.x(start), y: source.y(start) })
    return
  }
  let low = start
  let high = start
  for (let i = start + 1; i < end; i++) {
    const value = source.y(i)
    // NaN never wins a comparison, so a non-finite bucket still yields its first point.
    if (value < source.y(low)) low = i
    if (value > source.y(high)) high = i
  }
  const first = Math.min(low, high)
  const second = Math.max(low, high)
  out.push({ x: source.x(first), y: source.y(first) })
  if (second !== first) out.push({ x: source.x(second), y: source.y(second) })
}

/** The whole history, kept up to date as points stream in. `points` is mutated in place. */
export class StreamingView {
  readonly points: ChartPoint[] = []
  private stride = 1
  /** Source points folded into closed buckets. */
  private consumed = 0
  /** points[0, closedLength) come from closed buckets; the rest from the open one. */
  private closedLength = 0

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
  }

  /** The source changed from index `from` on (earlier points are as they were). */
  sync(source: SeriesSource, from: number): void {
    const stride = Math.max(this.stride, strideFor(source.length, this.budget))
    if (from < this.consumed || stride !== this.stride) {
      this.clear()
      this.stride = stride
    }
    this.points.length = this.closedLength
    let start = this.consumed
    for (; start + this.stride <= source.length; start += this.stride) {
      reduceBucket(source, start, start + this.stride, this.reduction, this.points)
    }
    this.consumed = start
    this.closedLength = this.points.length
    reduceBucket(source, start, source.length, this.reduction, this.points)
  }
}

/** First index i with x(i) >= value (x ascending). */
export function lowerBound(source: SeriesSource, value: number): number {
  let low = 0
  let high = source.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (source.x(middle) < value) low = middle + 1
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
