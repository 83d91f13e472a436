// One metric of the run (cost or accuracy) as chart points: the per-epoch curve and the logged
// epochs' markers, over the whole run or, once zoomed, over the visible range at full detail.
// Also keeps the latest and the best value for the chart's text alternative.
import type { LogLine } from '@shared/contract'
import type { ChartPoint } from './chartSetup'
import type { Metric } from './metricChartConfig'
import { StreamingView, rangeView, type SeriesSource } from './seriesView'

/** At most about this many logged-epoch markers at once: more would merge into a solid band. */
export const MARKER_BUDGET = 200

/** What the chart reads of the training history (stores/trainingHistory.ts). */
export interface MetricHistory {
  readonly length: number
  readonly epochs: Float64Array
  readonly cost: Float64Array
  readonly accuracy: Float64Array
  readonly logLines: readonly LogLine[]
}

export interface MetricReading {
  epoch: number
  value: number
}

export interface XRange {
  min: number
  max: number
}

export class MetricSeries {
  private readonly curve = new StreamingView('extremes')
  private readonly marks = new StreamingView('first', MARKER_BUDGET)
  private range: XRange | null = null
  private zoomedCurve: ChartPoint[] = []
  private zoomedMarks: ChartPoint[] = []
  private scanned = 0
  /** The logged epochs and their values, copied from the log lines as they are appended. */
  private markEpochs: number[] = []
  private markValues: number[] = []
  /**
   * Where the lowest cost, or highest accuracy, so far is in the history (-1: none yet). An
   * index, not a reading: cost falls nearly every epoch, and an object per new best added up to
   * tens of milliseconds per frame when a busy machine let many epochs pile up.
   */
  private bestIndex = -1

  constructor(
    private readonly metric: Metric,
    private readonly history: MetricHistory
  ) {}

  /** The curve's points as the chart should show them now. */
  get curvePoints(): ChartPoint[] {
    return this.range === null ? this.curve.points : this.zoomedCurve
  }

  get markerPoints(): ChartPoint[] {
    return this.range === null ? this.marks.points : this.zoomedMarks
  }

  /** Lowest cost, or highest accuracy, so far. */
  get best(): MetricReading | null {
    const i = this.bestIndex
    return i < 0 ? null : { epoch: this.history.epochs[i], value: this.values()[i] }
  }

  get latest(): MetricReading | null {
    const n = this.history.length
    if (n === 0) return null
    return { epoch: this.history.epochs[n - 1], value: this.values()[n - 1] }
  }

  private values(): Float64Array {
    return this.metric === 'cost' ? this.history.cost : this.history.accuracy
  }

  private curveSource(): SeriesSource {
    const epochs = this.history.epochs
    return { length: epochs.length, xs: epochs, ys: this.values() }
  }

  private markSource(): SeriesSource {
    const lines = this.history.logLines
    const cost = this.metric === 'cost'
    for (let i = this.markEpochs.length; i < lines.length; i++) {
      this.markEpochs.push(lines[i].epoch)
      this.markValues.push(cost ? lines[i].cost : lines[i].accuracy)
    }
    return { length: this.markEpochs.length, xs: this.markEpochs, ys: this.markValues }
  }

  clear(): void {
    this.curve.clear()
    this.marks.clear()
    this.zoomedCurve = []
    this.zoomedMarks = []
    this.scanned = 0
    this.markEpochs = []
    this.markValues = []
    this.bestIndex = -1
  }

  /** History points from `from` on are new (or rewritten); log lines are only ever appended. */
  sync(from: number): void {
    this.curve.sync(this.curveSource(), from)
    const marks = this.markSource()
    this.marks.sync(marks, marks.length) // log lines are only ever appended
    this.updateBest(from)
    if (this.range !== null && this.touchesRange(from)) this.rebuildRange()
  }

  /** Show [min, max] at full detail (zoomed or panned), or the whole run (null). */
  setRange(range: XRange | null): void {
    this.range = range
    if (range === null) {
      this.zoomedCurve = []
      this.zoomedMarks = []
    } else this.rebuildRange()
  }

  private touchesRange(from: number): boolean {
    const range = this.range
    if (range === null || from >= this.history.length) return false
    const width = range.max - range.min
    return this.history.epochs[from] <= range.max + width
  }

  private rebuildRange(): void {
    if (this.range === null) return
    const { min, max } = this.range
    this.zoomedCurve = rangeView(this.curveSource(), min, max, 'extremes')
    this.zoomedMarks = rangeView(this.markSource(), min, max, 'first', MARKER_BUDGET)
  }

  private updateBest(from: number): void {
    const values = this.values()
    const n = this.history.length
    if (from < this.scanned) {
      this.bestIndex = -1
      this.scanned = 0
    }
    const lower = this.metric === 'cost'
    let bestIndex = this.bestIndex
    let best = bestIndex < 0 ? Number.NaN : values[bestIndex]
    for (let i = this.scanned; i < n; i++) {
      const value = values[i]
      if (!Number.isFinite(value)) continue
      if (bestIndex < 0 || (lower ? value < best : value > best)) {
        bestIndex = i
        best = value
      }
    }
    this.bestIndex = bestIndex
    this.scanned = n
  }
}
