// Test doubles for the runner: a clock whose time moves only when asked (plus a fixed amount per
// look, standing in for the time the epochs take), and helpers to build requests and read frames.
import {
  accumulate,
  labConfig,
  toyDataset,
  type BatchAccumulator,
  type TrainingConfig
} from '@core'
import type { RunnerClock } from '@core/runnerClock'
import type { RunFrame, RunRequest, RunSpeed } from '@core/runnerTypes'

interface Pending {
  at: number
  order: number
  callback: () => void
}

export class ManualClock implements RunnerClock {
  time = 0
  closed = false
  private pending: Pending[] = []
  private order = 0

  now(): number {
    return this.time
  }

  /** Work takes time: `ms` pass. */
  spend(ms: number): void {
    this.time += ms
  }

  later(callback: () => void, delayMs: number): () => void {
    const entry = { at: this.time + delayMs, order: this.order++, callback }
    this.pending.push(entry)
    return () => {
      this.pending = this.pending.filter((item) => item !== entry)
    }
  }

  close(): void {
    this.closed = true
  }

  get idle(): boolean {
    return this.pending.length === 0
  }

  /** Runs the next callback, moving time to when it was due; false if nothing is pending. */
  runNext(): boolean {
    if (this.pending.length === 0) return false
    this.pending.sort((a, b) => a.at - b.at || a.order - b.order)
    const next = this.pending.shift() as Pending
    this.time = Math.max(this.time, next.at)
    next.callback()
    return true
  }

  /** Runs callbacks until `done()` holds or nothing is pending. */
  runUntil(done: () => boolean, limit = 1_000_000): void {
    for (let i = 0; i < limit && !done(); i++) if (!this.runNext()) return
  }

  /** Runs callbacks due up to `time`, then moves time there. */
  advanceTo(time: number): void {
    for (;;) {
      this.pending.sort((a, b) => a.at - b.at || a.order - b.order)
      if (this.pending.length === 0 || this.pending[0].at > time) break
      this.runNext()
    }
    this.time = Math.max(this.time, time)
  }
}

/** The real kernel, with each full-batch epoch taking `msPerEpoch` of the clock's time. */
export function timedAccumulator(
  request: RunRequest,
  clock: ManualClock,
  msPerEpoch: number
): BatchAccumulator {
  const { x, y, cols, rows } = request.data
  return {
    accumulate(params, threshold, sums) {
      accumulate({ x, y, d: cols }, params, threshold, null, 0, rows, sums)
      clock.spend(msPerEpoch)
    }
  }
}

export function toyRequest(
  config: Partial<TrainingConfig> = {},
  speed: RunSpeed = { mode: 'max' }
): RunRequest {
  const data = toyDataset()
  return {
    data: { ...data, featureNames: [...data.featureNames] },
    config: { ...labConfig, ...config },
    speed
  }
}

/** Every history point of a run, in order, across its frames. */
export function historyOf(frames: RunFrame[]): { epochs: number[]; cost: number[] } {
  return {
    epochs: frames.flatMap((frame) => Array.from(frame.points.epochs)),
    cost: frames.flatMap((frame) => Array.from(frame.points.cost))
  }
}

export function logTextOf(frames: RunFrame[]): string[] {
  return frames.flatMap((frame) => frame.logLines.map((line) => line.text))
}

export { labCosts } from '../support/labLog'
