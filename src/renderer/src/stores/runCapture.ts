// A run as a session saves it, and back: pure helpers of the training store. A saved run must be
// one moment of the run, its trainer state included (the format checks that the state continues
// exactly the saved weights at the saved epoch), so the store notes such a moment, a checkpoint,
// whenever a frame carries the trainer's state: every frame of a paused or ended run, and the
// frame a snapshot command asks for while it runs.
import type { TrainingConfig } from '@core/config'
import type { TrainerState } from '@core/trainerState'
import type { HistoryChunk, LogLine, RunNotice, RunProblem, RunState } from '@shared/contract'
import type { SessionLog, SessionRun } from '@shared/session'

/** The run at one frame: its numbers, and how much of the history and the log it had then. */
export interface RunCheckpoint {
  state: RunState
  epoch: number
  weights: number[]
  bias: number
  trainerState: TrainerState | null
  historyLength: number
  logLength: number
  downsampled: boolean
  problem: RunProblem | null
  notice: RunNotice | null
}

/** True when `state` continues exactly the run at `checkpoint` (its next epoch, its weights). */
export function continuesCheckpoint(state: TrainerState, checkpoint: RunCheckpoint): boolean {
  const { weights, bias, epoch } = checkpoint
  if (state.epoch !== epoch + 1 || state.params.length !== weights.length + 1) return false
  return state.params.every((p, i) => p === (i < weights.length ? weights[i] : bias))
}

/**
 * The session's run at `checkpoint`: copies of the first historyLength points and logLength
 * lines (typed-array copies, cheap even for 500,000 points), saved 'paused' if it was running.
 */
export function sessionRunOf(
  checkpoint: RunCheckpoint,
  config: TrainingConfig,
  history: HistoryChunk,
  lines: readonly LogLine[]
): SessionRun {
  const { state, trainerState, historyLength: n } = checkpoint
  const trainer =
    trainerState !== null && continuesCheckpoint(trainerState, checkpoint) ? trainerState : null
  return {
    config,
    state: state === 'running' ? 'paused' : state,
    epoch: checkpoint.epoch,
    totalEpochs: config.epochs,
    weights: [...checkpoint.weights],
    bias: checkpoint.bias,
    trainer,
    problem: checkpoint.problem,
    notice: checkpoint.notice,
    history: {
      epochs: history.epochs.slice(0, n),
      cost: history.cost.slice(0, n),
      accuracy: history.accuracy.slice(0, n),
      downsampled: checkpoint.downsampled
    },
    log: logOf(lines, checkpoint.logLength)
  }
}

function logOf(lines: readonly LogLine[], count: number): SessionLog {
  const epochs = new Float64Array(count)
  const cost = new Float64Array(count)
  const accuracy = new Float64Array(count)
  const texts = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    const line = lines[i]
    epochs[i] = line.epoch
    cost[i] = line.cost
    accuracy[i] = line.accuracy
    texts[i] = line.text
  }
  return { epochs, cost, accuracy, texts }
}

/** A saved log as the lines the Log panel shows. */
export function logLinesOf(log: SessionLog): LogLine[] {
  return log.texts.map((text, i) => ({
    epoch: log.epochs[i],
    cost: log.cost[i],
    accuracy: log.accuracy[i],
    text
  }))
}
