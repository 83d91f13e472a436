// The cost and accuracy of every epoch since the last frame. A run streams its first `cap` points
// exactly; past the cap the rest of the run is drawn from a min/max envelope, so a 1,000,000-epoch
// run stays bounded (about 2 * cap points in all) while no peak or dip is lost from the chart.
// Logged epochs do not depend on this: their lines travel separately and exactly.
import type { RunPoints } from './runnerTypes'

export const DEFAULT_HISTORY_CAP = 200_000

/** A series backed by its own ArrayBuffer, so it can be transferred. */
type Series = Float64Array<ArrayBuffer>

export interface TransferablePoints extends RunPoints {
  epochs: Series
  cost: Series
  accuracy: Series
}

/** Min and max of one series within a bucket, with the epochs they occurred at. */
class Extremes {
  min = 0
  minEpoch = 0
  max = 0
  maxEpoch = 0

  reset(epoch: number, value: number): void {
    this.min = this.max = value
    this.minEpoch = this.maxEpoch = epoch
  }

  add(epoch: number, value: number): void {
    if (value < this.min) {
      this.min = value
      this.minEpoch = epoch
    } else if (value > this.max) {
      this.max = value
      this.maxEpoch = epoch
    }
  }

  /** The two extremes in the order they occurred, so the envelope keeps the curve's direction. */
  get first(): number {
    return this.minEpoch <= this.maxEpoch ? this.min : this.max
  }

  get second(): number {
    return this.minEpoch <= this.maxEpoch ? this.max : this.min
  }
}

export class HistoryBuffer {
  private epochs: Series = new Float64Array(1024)
  private cost: Series = new Float64Array(1024)
  private accuracy: Series = new Float64Array(1024)
  private length = 0
  /** Exact points this run has streamed (pending ones included). */
  private exactCount = 0
  /** 0 while exact; then the envelope's bucket width in epochs. */
  private stride = 0
  private bucket = -1
  private bucketFirst = 0
  private bucketLast = 0
  private readonly costRange = new Extremes()
  private readonly accuracyRange = new Extremes()

  /**
   * @param cap exact points per run before the envelope starts
   * @param lastEpoch N, the run's last epoch, to size the envelope's buckets
   */
  constructor(
    private readonly cap: number,
    private readonly lastEpoch: number
  ) {}

  get downsampled(): boolean {
    return this.stride > 0
  }

  add(epoch: number, cost: number, accuracy: number): void {
    if (this.stride === 0) {
      if (this.exactCount < this.cap) {
        this.exactCount++
        this.push(epoch, cost, accuracy)
        return
      }
      // ~cap/2 buckets over what is left, two points each: at most ~cap more points.
      const remaining = this.lastEpoch - epoch + 1
      this.stride = Math.max(2, Math.ceil((2 * remaining) / Math.max(this.cap, 1)))
    }
    const bucket = Math.floor(epoch / this.stride)
    if (bucket !== this.bucket) {
      this.closeBucket()
      this.bucket = bucket
      this.bucketFirst = epoch
      this.costRange.reset(epoch, cost)
      this.accuracyRange.reset(epoch, accuracy)
    } else {
      this.costRange.add(epoch, cost)
      this.accuracyRange.add(epoch, accuracy)
    }
    this.bucketLast = epoch
  }

  /** Everything since the last take, as fresh (transferable) arrays. */
  take(): TransferablePoints {
    this.closeBucket()
    const points = {
      epochs: this.epochs.slice(0, this.length),
      cost: this.cost.slice(0, this.length),
      accuracy: this.accuracy.slice(0, this.length)
    }
    this.length = 0
    return points
  }

  private closeBucket(): void {
    if (this.bucket < 0) return
    const { costRange, accuracyRange } = this
    if (this.bucketFirst === this.bucketLast) {
      this.push(this.bucketFirst, costRange.min, accuracyRange.min)
    } else {
      this.push(this.bucketFirst, costRange.first, accuracyRange.first)
      this.push(this.bucketLast, costRange.second, accuracyRange.second)
    }
    this.bucket = -1
  }

  private push(epoch: number, cost: number, accuracy: number): void {
    if (this.length === this.epochs.length) this.grow()
    this.epochs[this.length] = epoch
    this.cost[this.length] = cost
    this.accuracy[this.length] = accuracy
    this.length++
  }

  private grow(): void {
    const size = this.epochs.length * 2
    const grown = (from: Series): Series => {
      const to = new Float64Array(size)
      to.set(from)
      return to
    }
    this.epochs = grown(this.epochs)
    this.cost = grown(this.cost)
    this.accuracy = grown(this.accuracy)
  }
}
