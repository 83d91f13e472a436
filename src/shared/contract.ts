// The one contract between the renderer and whoever trains for it (Electron main, or a Web Worker
// in the web edition). Shapes only: the payload schemas that main validates against live in
// ./schemas.ts and must describe exactly these types.
import type { TrainingConfig } from '../core/config'
import type { TrainerState } from '../core/trainer'

/** The data of one run, as transferable typed arrays (row-major features). */
export interface DatasetPayload {
  featureNames: string[]
  rows: number
  cols: number
  x: Float64Array
  y: Float64Array
}

/** 'max': as fast as possible; 'paced': slow motion for class. */
export type Speed = { mode: 'max' } | { mode: 'paced'; epochsPerSecond: number }

export interface TrainRequest {
  data: DatasetPayload
  config: TrainingConfig
  speed: Speed
  /** Start paused (the user pressed Step before Train). */
  startPaused?: boolean
  /** Continue a saved run instead of initialising the weights. */
  resumeFrom?: TrainerState
}

export type RunState = 'running' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error'

/** One of the lab's log lines, with the numbers it prints. */
export interface LogLine {
  epoch: number
  cost: number
  accuracy: number
  text: string
}

/** Cost and accuracy per epoch; epochs ascending. Beyond the per-run cap, a downsampled envelope. */
export interface HistoryChunk {
  epochs: Float64Array
  cost: Float64Array
  accuracy: Float64Array
}

export type RunProblem =
  | { code: 'diverged'; epoch: number; quantity: 'cost' | 'gradients' | 'weights' }
  | { code: 'workerCrashed'; detail: string }

/** What the renderer receives, at most ~60 times a second. */
export interface TrainingFrame {
  runId: string
  /** Frames of one run are numbered 0, 1, 2, ... */
  seq: number
  state: RunState
  /** The last epoch whose cost is in the history, or -1 before the first. */
  epoch: number
  /** N: the run ends after epoch N. */
  totalEpochs: number
  points: HistoryChunk
  /** True once the history passed the cap and `points` is an envelope for drawing. */
  downsampled: boolean
  /** Every logged line since the last frame, exactly. */
  logLines: LogLine[]
  weights: number[]
  bias: number
  /** H(x) per row with the latest weights; omitted for very large data (the renderer computes it). */
  probabilities?: Float64Array
  epochsPerSecond: number
  problem?: RunProblem
}

export type ApiErrorCode = 'invalidPayload' | 'invalidData' | 'noSuchRun' | 'internal'

export interface ApiError {
  code: ApiErrorCode
  /** The payload path, row or column the error is about, when there is one. */
  field?: string
  message: string
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export type Locale = 'ko' | 'en'
export type Theme = 'light' | 'dark' | 'system'

/** Commands from the application menu (desktop) to the renderer. */
export type MenuCommand =
  | { kind: 'setLocale'; locale: Locale }
  | { kind: 'setTheme'; theme: Theme }
  | { kind: 'showShortcuts' }
  | { kind: 'importCsv' }
  | { kind: 'exportCsv' }

/** Everything the renderer may ask of its platform. Nothing else crosses the bridge. */
export interface LabApi {
  readonly platform: 'electron' | 'web'
  train(request: TrainRequest): Promise<ApiResult<{ runId: string }>>
  pause(runId: string): Promise<ApiResult<null>>
  resume(runId: string): Promise<ApiResult<null>>
  /** Run exactly `epochs` more epochs, then pause. */
  step(runId: string, epochs: number): Promise<ApiResult<null>>
  stop(runId: string): Promise<ApiResult<null>>
  setSpeed(runId: string, speed: Speed): Promise<ApiResult<null>>
  /** Returns an unsubscribe function. */
  onFrame(listener: (frame: TrainingFrame) => void): () => void
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tell the desktop shell which language to use for menus and dialogs. */
  setLocale(locale: Locale): Promise<ApiResult<null>>
  /** Open one of the allow-listed https pages (course, project) in the system browser. */
  openExternal(url: string): Promise<ApiResult<null>>
}
