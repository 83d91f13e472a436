// Collects the frames a TrainingService sends, per owner, and waits for the ones a test expects.
import type { TrainingFrame } from '@shared/contract'

interface Waiter {
  matches: (frame: TrainingFrame, ownerId: number) => boolean
  resolve: (frame: TrainingFrame) => void
}

export class FrameLog {
  readonly received: { ownerId: number; frame: TrainingFrame; at: number }[] = []
  private waiters: Waiter[] = []

  readonly sink = (ownerId: number, frame: TrainingFrame): void => {
    this.received.push({ ownerId, frame, at: performance.now() })
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(frame, ownerId)) {
        this.waiters = this.waiters.filter((other) => other !== waiter)
        waiter.resolve(frame)
      }
    }
  }

  of(runId: string): TrainingFrame[] {
    return this.received.filter(({ frame }) => frame.runId === runId).map(({ frame }) => frame)
  }

  /** The first frame from now on that matches; fails after `timeoutMs`. */
  next(
    matches: (frame: TrainingFrame, ownerId: number) => boolean,
    timeoutMs = 30_000
  ): Promise<TrainingFrame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such frame in time')), timeoutMs)
      this.waiters.push({
        matches,
        resolve: (frame) => {
          clearTimeout(timer)
          resolve(frame)
        }
      })
    })
  }

  /** The run's first frame in `state`, whether it came already or comes later. */
  state(runId: string, state: TrainingFrame['state']): Promise<TrainingFrame> {
    const seen = this.of(runId).find((frame) => frame.state === state)
    if (seen) return Promise.resolve(seen)
    return this.next((frame) => frame.runId === runId && frame.state === state)
  }

  /** The run's last frame, once it has ended. */
  end(runId: string): Promise<TrainingFrame> {
    const final = ['done', 'stopped', 'diverged', 'error']
    const seen = this.of(runId).find((frame) => final.includes(frame.state))
    if (seen) return Promise.resolve(seen)
    return this.next((frame) => frame.runId === runId && final.includes(frame.state))
  }
}

export function historyEpochs(frames: TrainingFrame[]): number[] {
  return frames.flatMap((frame) => Array.from(frame.points.epochs))
}

export function logLinesOf(frames: TrainingFrame[]): string[] {
  return frames.flatMap((frame) => frame.logLines.map((line) => line.text))
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
