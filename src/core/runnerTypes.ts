// The runner's vocabulary: what a run is asked to do and what it reports. These are the one
// declaration of those shapes: src/shared/contract.ts re-exports them under the names the renderer
// uses (TrainRequest = RunRequest, TrainingFrame = RunFrame, Speed = RunSpeed, ...), because
// dependencies point inward and core imports nothing outside core.
import type { ChaosNotice } from './chaos'
import type { TrainingConfig } from './config'
import type { TrainerState } from './trainer'

/** 'max': as fast as possible; 'paced': slow motion for class. */
export type RunSpeed = { mode: 'max' } | { mode: 'paced'; epochsPerSecond: number }

/** The data of one run (row-major features), as transferable typed arrays. */
export interface RunData {
  featureNames: string[]
  rows: number
  cols: number
  x: Float64Array
  y: Float64Array
}

export interface RunRequest {
  data: RunData
  config: TrainingConfig
  speed: RunSpeed
  /** Start paused (the user pressed Step before Train). */
  startPaused?: boolean
  /** Continue a saved run instead of initialising the weights. */
  resumeFrom?: TrainerState
}

export type RunState = 'running' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error'

/** One of the lab's log lines, with the numbers it prints. */
export interface RunLogLine {
  epoch: number
  cost: number
  accuracy: number
  text: string
}

/** Cost and accuracy per epoch, epochs ascending; beyond the per-run cap a min/max envelope. */
export interface RunPoints {
  epochs: Float64Array
  cost: Float64Array
  accuracy: Float64Array
}

/**
 * Why a training worker was lost. Our own reasons are kinds the UI says in its language; an
 * exception thrown in the worker (or a run it could not start) keeps its own words.
 */
export type WorkerLoss =
  | { kind: 'unknownMessage' }
  | { kind: 'unreadableMessage' }
  | { kind: 'stopped' }
  | { kind: 'exited'; exitCode: number }
  | { kind: 'failed'; message: string }

export type RunProblem =
  | { code: 'diverged'; epoch: number; quantity: 'cost' | 'gradients' | 'weights' }
  | { code: 'workerCrashed'; loss: WorkerLoss }

/**
 * What the student should know about a run that is not a problem (the run trains on):
 * 'chaotic' from `epoch` on, its numbers and PyTorch's can no longer agree, rounding differences
 * growing as a learning rate too large for the data makes the cost swing (core/chaos.ts); a
 * smaller learning rate makes them agree again.
 */
export type RunNotice = ChaosNotice

/** What a run reports (and the renderer receives), at most ~60 times a second. */
export interface RunFrame {
  runId: string
  /** Frames of one run are numbered 0, 1, 2, ... */
  seq: number
  state: RunState
  /** The last epoch whose cost is in the history, or -1 before the first. */
  epoch: number
  /** N: the run ends after epoch N. */
  totalEpochs: number
  points: RunPoints
  /** True once the history passed the cap and `points` is an envelope for drawing. */
  downsampled: boolean
  /** Every logged line since the last frame, exactly. */
  logLines: RunLogLine[]
  weights: number[]
  bias: number
  epochsPerSecond: number
  problem?: RunProblem
  /**
   * Present on every frame from the first one after the run was found chaotic (so a frame alone
   * says it, whichever the renderer sees); never on runs of data too large to watch.
   */
  notice?: RunNotice
  /**
   * What continues the run exactly (a session saves it): on every frame of a run that paused or
   * ended with finite weights, and on the frame a `snapshot` command asks for.
   */
  trainerState?: TrainerState
}

/** What a host may ask of a run in progress; each takes effect at the next epoch boundary. */
export type RunCommand =
  | { kind: 'pause' }
  | { kind: 'resume' }
  /** Run exactly `epochs` more epochs, then pause. */
  | { kind: 'step'; epochs: number }
  | { kind: 'stop' }
  | { kind: 'setSpeed'; speed: RunSpeed }
  /** A frame now, carrying the trainer's state, whatever the run's state (saving mid-run). */
  | { kind: 'snapshot' }

export const FINAL_STATES: readonly RunState[] = ['done', 'stopped', 'diverged', 'error']

export function isFinalState(state: RunState): boolean {
  return FINAL_STATES.includes(state)
}
