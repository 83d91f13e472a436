// A session in memory: the student's table, the settings and the run, as the UI holds them and as
// they cross IPC and worker boundaries (typed arrays, which structured cloning copies cheaply).
// On disk it is a JSON document (see documentSchema.ts); encode.ts and decode.ts convert.
import type { OptimizerConfig, TrainingConfig } from '../../core/config'
import type { TrainerState } from '../../core/trainerState'
import type { RunNotice, RunProblem, Speed } from '../contract'
import type { SessionError } from './sessionErrors'

/** What one press of Step runs: one epoch, or up to the next logged epoch. */
export type StepUnit = 'epoch' | 'logInterval'

/** A saved run is never 'running': a run saved mid-run is saved as paused, from its snapshot. */
export type SessionRunState = 'paused' | 'done' | 'stopped' | 'diverged' | 'error'

/**
 * The table as the editor holds it, invalid cells included: a session is the student's work in
 * progress, not a validated Dataset. Its shape is always consistent (see checkSession.ts).
 */
export interface SessionData {
  featureNames: string[]
  labelName: string
  rows: number
  /**
   * Column-major: the d feature columns, then the label column, each `rows` long. NaN where a
   * cell holds no number; ±Infinity where its text spells one (e.g. "inf"); labels may be any
   * number while the student is still typing.
   */
  columns: Float64Array[]
  /**
   * Per column (featureNames.length + 1 of them): [row, text] pairs for the cells whose text
   * differs from the number's own spelling (String(value), '' for NaN), e.g. "1.50", "abc", "".
   * Decoded sessions list them by ascending row; encodeSession takes them in any order.
   */
  texts: [number, string][][]
}

/** Every setting, as the Settings panel holds them. */
export interface SessionSettings {
  /** What Train would run with now. */
  config: TrainingConfig
  speed: Speed
  stepUnit: StepUnit
  /**
   * The optimizer not chosen (its kind differs from config.optimizer's), with the values it
   * keeps for when it is chosen again: switching SGD -> Adam -> SGD loses nothing, across a save.
   */
  otherOptimizer: OptimizerConfig
  /**
   * The mini-batch size the setting holds, kept while full batch is chosen; equal to
   * config.batchSize whenever that is not null.
   */
  batchSize: number
}

/** Cost and accuracy (a fraction) per epoch, epochs strictly ascending; all finite. */
export interface SessionSeries {
  epochs: Float64Array
  cost: Float64Array
  accuracy: Float64Array
}

export interface SessionHistory extends SessionSeries {
  /** True once the points past the runner's cap are a min/max envelope, not every epoch. */
  downsampled: boolean
}

/** Every logged line of the run, exactly as printed (texts[i] is the line of epochs[i]). */
export interface SessionLog extends SessionSeries {
  texts: string[]
}

export interface SessionRun {
  /** What the run trained with (the settings may have changed since). */
  config: TrainingConfig
  state: SessionRunState
  /** The last epoch in the history, -1 before the first. */
  epoch: number
  /** N: the run ends after epoch N; always config.epochs. */
  totalEpochs: number
  weights: number[]
  bias: number
  /** What continues the run exactly; null when it cannot be continued (diverged, failed). */
  trainer: TrainerState | null
  /**
   * What went wrong, as the status line says it: a diverged run's epoch and quantity (with state
   * 'diverged'), or a lost worker (with state 'error'); null for a run that went well.
   */
  problem: RunProblem | null
  /** From which epoch the run is chaotic (its numbers and PyTorch's cannot agree), or null. */
  notice: RunNotice | null
  history: SessionHistory
  log: SessionLog
}

/** How a kept run ended (a kept run is a finished one). */
export type KeptRunState = 'done' | 'stopped' | 'diverged'

/**
 * A finished run kept for comparison (see keptRuns.ts): its settings, where it ended, its final
 * numbers and weights, and its curves downsampled (plain arrays: a few thousand numbers).
 */
export interface KeptRun {
  config: TrainingConfig
  state: KeptRunState
  /** The last epoch it reached. */
  epoch: number
  weights: number[]
  bias: number
  /** The cost and accuracy (a fraction) at `epoch`. */
  finalCost: number
  finalAccuracy: number
  curve: { epochs: number[]; cost: number[]; accuracy: number[] }
}

export interface Session {
  /** Free text, may be ''. */
  title: string
  /** Free text, may be ''. */
  notes: string
  data: SessionData
  settings: SessionSettings
  run: SessionRun | null
  /** Runs kept for comparison, oldest first; absent: none (as a session before version 2). */
  keptRuns?: KeptRun[]
}

/** What a file says about itself, besides the session. */
export interface SessionMeta {
  /** The version of the app that saved it (as it wrote it). */
  appVersion: string
  /** When it was saved (ISO 8601, UTC), or null where the file does not say. */
  savedAt: string | null
  /** The document version it was migrated from, or null when it was already current. */
  migratedFrom: number | null
}

export type DecodeResult =
  { ok: true; session: Session; meta: SessionMeta } | { ok: false; error: SessionError }
