// The one contract between the renderer and whoever trains for it (Electron main, or a Web Worker
// in the web edition). Shapes only: the payload schemas that main validates against live in
// ./schemas.ts and must describe exactly these types.
import type {
  RunCommand,
  RunData,
  RunFrame,
  RunLogLine,
  RunPoints,
  RunRequest,
  RunSpeed
} from '../core/runnerTypes'
import type { Locale, ShellPreferences, Theme } from './preferences'

// The run's shapes are declared once, in core (which may import nothing of ours); these are the
// contract's names for them.
export type { RunCommand, RunNotice, RunProblem, RunState, WorkerLoss } from '../core/runnerTypes'
/** The data of one run, as transferable typed arrays (row-major features). */
export type DatasetPayload = RunData
/** 'max': as fast as possible; 'paced': slow motion for class. */
export type Speed = RunSpeed
export type TrainRequest = RunRequest
/** One of the lab's log lines, with the numbers it prints. */
export type LogLine = RunLogLine
/** Cost and accuracy per epoch; epochs ascending. Beyond the per-run cap, an envelope. */
export type HistoryChunk = RunPoints
/** What the renderer receives, at most ~60 times a second. */
export type TrainingFrame = RunFrame

export type ApiErrorCode =
  | 'invalidPayload'
  | 'invalidData'
  /** Past the size any valid request can have (refused before it is read). */
  | 'tooLarge'
  /** The window's previous run is still starting (its first frame has not come yet). */
  | 'busy'
  | 'noSuchRun'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  /** The payload path, row or column the error is about, when there is one. */
  field?: string
  message: string
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export type { Locale, ShellPreferences, Theme } from './preferences'

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
  /** Pause, resume, step, stop or change the speed of the run `runId` (see RunCommand). */
  command(runId: string, command: RunCommand): Promise<ApiResult<null>>
  /** Returns an unsubscribe function. */
  onFrame(listener: (frame: TrainingFrame) => void): () => void
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tell the desktop shell the window's language and theme, for its menus and dialogs. */
  setPreferences(preferences: ShellPreferences): Promise<ApiResult<null>>
  /** Open one of the allow-listed https pages (course, project) in the system browser. */
  openExternal(url: string): Promise<ApiResult<null>>
}
