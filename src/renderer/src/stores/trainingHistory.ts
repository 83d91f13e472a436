// The run's points for drawing and its log lines. Deliberately not reactive: a long run appends
// hundreds of thousands of points, and Vue tracking each one would cost more than drawing them.
// Charts subscribe instead: 'append' says which points are new, 'reset' says start over.
import type { HistoryChunk, LogLine } from '@shared/contract'
import { MAX_HISTORY_POINTS } from '@shared/limits'

export type HistoryEvent = { kind: 'append'; from: number } | { kind: 'reset' }
export type HistoryListener = (event: HistoryEvent) => void

const INITIAL_CAPACITY = 1024

export class TrainingHistory {
  private epochBuffer: Float64Array = new Float64Array(INITIAL_CAPACITY)
  private costBuffer: Float64Array = new Float64Array(INITIAL_CAPACITY)
  private accuracyBuffer: Float64Array = new Float64Array(INITIAL_CAPACITY)
  private count = 0
  private lines: LogLine[] = []
  private readonly listeners = new Set<HistoryListener>()
  /** True once the points past the trainer's cap are an envelope rather than every epoch. */
  downsampled = false

  /** Past `maxPoints` the history halves itself, keeping each pair's extremes. */
  constructor(private readonly maxPoints = MAX_HISTORY_POINTS) {}

  get length(): number {
    return this.count
  }

  /** Views of the stored points (valid until the next append or reset). */
  get epochs(): Float64Array {
    return this.epochBuffer.subarray(0, this.count)
  }

  get cost(): Float64Array {
    return this.costBuffer.subarray(0, this.count)
  }

  get accuracy(): Float64Array {
    return this.accuracyBuffer.subarray(0, this.count)
  }

  /** Every logged line of the run, exactly as the trainer printed it. */
  get logLines(): readonly LogLine[] {
    return this.lines
  }

  /** The mutable array behind logLines, for the store's shallowRef (appended in place). */
  get logLineArray(): LogLine[] {
    return this.lines
  }

  /**
   * Room for a run's points before it starts: at most one per epoch, and never more than the
   * bound. Doubling during the run copied the whole history into new buffers within one frame:
   * at 260,000 points, 6 MB into 12 MB of fresh memory, the longest task of a 1,000,000-epoch
   * run (50 ms and more). Reserved memory is only written as the points arrive, frame by frame.
   */
  reserve(points: number): void {
    const size = Math.min(points, this.maxPoints)
    if (size > this.epochBuffer.length) this.reallocate(size)
  }

  append(points: HistoryChunk, downsampled: boolean, logLines: readonly LogLine[]): void {
    for (const line of logLines) this.lines.push(line)
    this.downsampled ||= downsampled
    const added = points.epochs.length
    if (added === 0) return
    let compacted = false
    while (this.count + added > this.maxPoints && this.count >= 4) {
      this.compact()
      compacted = true
    }
    this.ensureCapacity(this.count + added)
    const from = this.count
    this.epochBuffer.set(points.epochs, from)
    this.costBuffer.set(points.cost, from)
    this.accuracyBuffer.set(points.accuracy, from)
    this.count += added
    this.emit(compacted ? { kind: 'reset' } : { kind: 'append', from })
  }

  /** Forget the run: no points, no lines. */
  clear(): void {
    this.count = 0
    this.lines = []
    this.downsampled = false
    this.emit({ kind: 'reset' })
  }

  subscribe(listener: HistoryListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(event: HistoryEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  /** Halve the points: of every four, keep the lowest and the highest cost, in epoch order. */
  private compact(): void {
    const { epochBuffer: e, costBuffer: c, accuracyBuffer: a } = this
    let kept = 0
    const keep = (i: number): void => {
      e[kept] = e[i]
      c[kept] = c[i]
      a[kept] = a[i]
      kept++
    }
    for (let start = 0; start < this.count; start += 4) {
      const end = Math.min(start + 4, this.count)
      let low = start
      let high = start
      for (let i = start + 1; i < end; i++) {
        if (c[i] < c[low]) low = i
        if (c[i] > c[high]) high = i
      }
      keep(Math.min(low, high))
      if (low !== high) keep(Math.max(low, high))
    }
    this.count = kept
    this.downsampled = true
  }

  /** Beyond what was reserved (or without a reservation), the buffers double. */
  private ensureCapacity(needed: number): void {
    if (needed <= this.epochBuffer.length) return
    let size = this.epochBuffer.length
    while (size < needed) size *= 2
    this.reallocate(size)
  }

  private reallocate(size: number): void {
    const grow = (from: Float64Array): Float64Array => {
      const to = new Float64Array(size)
      to.set(from.subarray(0, this.count))
      return to
    }
    this.epochBuffer = grow(this.epochBuffer)
    this.costBuffer = grow(this.costBuffer)
    this.accuracyBuffer = grow(this.accuracyBuffer)
  }
}
