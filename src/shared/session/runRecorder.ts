// What a session keeps of a run trained outside the app (the CLI): every epoch's cost and accuracy
// through the runner's own history buffer (its first DEFAULT_HISTORY_CAP points exact, then a
// min/max envelope, so the app draws the curve it would have drawn), every logged epoch's line
// exactly as the app logs it, and at the end the trainer's weights and state.
//
//   const recorder = new RunRecorder(trainer)          // or RunRecorder.continuing(trainer, run)
//   trainer.run(Infinity, (record) => recorder.record(record))
//   const run = recorder.finish()                      // a SessionRun
import { costLine } from '../../core/format'
import { DEFAULT_HISTORY_CAP, HistoryBuffer } from '../../core/runnerHistory'
import type { EpochRecord, Trainer } from '../../core/trainer'
import { MAX_HISTORY_POINTS } from '../limits'
import type { SessionHistory, SessionLog, SessionRun, SessionRunState } from './sessionTypes'

/** What the recorder reads of the trainer it records. */
export type RecordedTrainer = Pick<
  Trainer,
  'config' | 'nextEpoch' | 'weights' | 'bias' | 'finished' | 'diverged' | 'snapshot'
>

export class RunRecorder {
  private readonly history: HistoryBuffer
  private readonly logEpochs: number[] = []
  private readonly logCost: number[] = []
  private readonly logAccuracy: number[] = []
  private readonly logTexts: string[] = []

  /** Records `trainer`'s epochs from its next one on, after `previous` (the run it continues). */
  constructor(
    private readonly trainer: RecordedTrainer,
    private readonly previous: SessionRun | null = null
  ) {
    // The runner's buffer, sized as the runner sizes it (a resumed run starts a fresh one too).
    this.history = new HistoryBuffer(DEFAULT_HISTORY_CAP, trainer.config.epochs)
  }

  /** Each epoch the trainer reports, in order. */
  record(record: EpochRecord): void {
    const { epoch, cost, accuracy } = record
    const { config } = this.trainer
    this.history.add(epoch, cost, accuracy)
    // Exactly the lab's `if epoch % k == 0`, and the app's line (the cost only; the accuracy is
    // kept as a number beside it).
    if (epoch % config.logEvery !== 0) return
    this.logEpochs.push(epoch)
    this.logCost.push(cost)
    this.logAccuracy.push(accuracy)
    this.logTexts.push(costLine(epoch, config.epochs, cost))
  }

  /** The run as a session holds it: done, diverged, or paused if the trainer has epochs left. */
  finish(): SessionRun {
    const { trainer, previous } = this
    const diverged = trainer.diverged !== null
    const state: SessionRunState = diverged ? 'diverged' : trainer.finished ? 'done' : 'paused'
    return {
      config: trainer.config,
      state,
      epoch: trainer.nextEpoch - 1,
      totalEpochs: trainer.config.epochs,
      weights: trainer.weights,
      bias: trainer.bias,
      // A diverged run cannot be continued (the app saves it so too).
      trainer: diverged ? null : trainer.snapshot(),
      // The status line's reason, as the app keeps it; a continued run keeps its chaos notice.
      problem: trainer.diverged === null ? null : { code: 'diverged', ...trainer.diverged },
      notice: previous?.notice ?? null,
      history: this.finishHistory(previous?.history ?? null),
      log: this.finishLog(previous?.log ?? null)
    }
  }

  private finishHistory(before: SessionHistory | null): SessionHistory {
    const points = this.history.take()
    const downsampled = this.history.downsampled || (before?.downsampled ?? false)
    const joined = {
      epochs: concat(before?.epochs, points.epochs),
      cost: concat(before?.cost, points.cost),
      accuracy: concat(before?.accuracy, points.accuracy),
      downsampled
    }
    return boundHistory(joined, MAX_HISTORY_POINTS)
  }

  private finishLog(before: SessionLog | null): SessionLog {
    return {
      epochs: concat(before?.epochs, Float64Array.from(this.logEpochs)),
      cost: concat(before?.cost, Float64Array.from(this.logCost)),
      accuracy: concat(before?.accuracy, Float64Array.from(this.logAccuracy)),
      texts: [...(before?.texts ?? []), ...this.logTexts]
    }
  }
}

function concat(before: Float64Array | undefined, after: Float64Array): Float64Array {
  if (!before || before.length === 0) return after
  const joined = new Float64Array(before.length + after.length)
  joined.set(before)
  joined.set(after, before.length)
  return joined
}

/**
 * The history within `max` points, by the renderer's rule past its bound (stores/trainingHistory):
 * halve the points, keeping of every four the lowest and the highest cost in epoch order, until
 * they fit. Only a run continued more than once, or far, gets here: one run's buffer stays under
 * ~2 * DEFAULT_HISTORY_CAP points.
 */
export function boundHistory(history: SessionHistory, max: number): SessionHistory {
  let { epochs, cost, accuracy } = history
  if (epochs.length <= max) return history
  while (epochs.length > max && epochs.length >= 4) {
    const kept: number[] = []
    for (let start = 0; start < epochs.length; start += 4) {
      const end = Math.min(start + 4, epochs.length)
      let low = start
      let high = start
      for (let i = start + 1; i < end; i++) {
        if (cost[i] < cost[low]) low = i
        if (cost[i] > cost[high]) high = i
      }
      kept.push(Math.min(low, high))
      if (low !== high) kept.push(Math.max(low, high))
    }
    epochs = Float64Array.from(kept, (i) => epochs[i])
    cost = Float64Array.from(kept, (i) => cost[i])
    accuracy = Float64Array.from(kept, (i) => accuracy[i])
  }
  return { epochs, cost, accuracy, downsampled: true }
}
