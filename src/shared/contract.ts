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
import type {
  DocumentEvent,
  DocumentName,
  DocumentProblem,
  DocumentState,
  ExportFile,
  ExportKind,
  OpenedDocument
} from './documents'
import type { Locale, ShellPreferences, Theme } from './preferences'
import type { Session } from './session'

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
  /** A document could not be opened or saved: `problem` says which file and why. */
  | 'documentFailed'
  | 'noSuchRun'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  /** The payload path, row or column the error is about, when there is one. */
  field?: string
  message: string
  /** With 'documentFailed': the file and what went wrong, for a message in the UI's language. */
  problem?: DocumentProblem
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export type { Locale, ShellPreferences, Theme } from './preferences'
export type {
  DocumentEvent,
  DocumentName,
  DocumentProblem,
  DocumentState,
  ExportFile,
  ExportKind,
  FileProblemReason,
  OpenedDocument
} from './documents'
export type { Session } from './session'

/** What the report's Save dialog offers: a file name (no folder), e.g. 'logit-lab-report.pdf'. */
export interface ReportRequest {
  suggestedName: string
}

/** Commands from the application menu (desktop) to the renderer. */
export type MenuCommand =
  | { kind: 'setLocale'; locale: Locale }
  | { kind: 'setTheme'; theme: Theme }
  | { kind: 'showShortcuts' }
  /** View > Presentation: `on` is the menu's tick turned over, so a repeat does not undo it. */
  | { kind: 'setPresenting'; on: boolean }
  | { kind: 'importCsv' }
  | { kind: 'exportCsv' }
  | { kind: 'newDocument' }
  | { kind: 'openDocument' }
  | { kind: 'saveDocument'; as: boolean }
  | { kind: 'exportModel'; format: Exclude<ExportKind, 'zip'> }
  | { kind: 'importWeights' }
  /** File > Copy Share Link / Open Shared Link…: a lesson as a link (stores/share.ts). */
  | { kind: 'copyShareLink' }
  | { kind: 'openShareLink' }

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

  // The document (see ./documents.ts). The renderer asks by intent; it never names a path.
  /**
   * Saves the session to the window's file, or through the Save dialog when the window has no
   * file yet or `as` is set. Null: the user cancelled the dialog (nothing was written).
   * The session is handed over: build one for each call (the web edition moves its table's
   * columns to a worker, which leaves the caller's arrays empty).
   */
  saveSession(session: Session, options: { as: boolean }): Promise<ApiResult<DocumentName | null>>
  /** The Open dialog, for a session or a CSV. Null: the user cancelled. */
  openDocument(): Promise<ApiResult<OpenedDocument | null>>
  /** After an 'openRequested' event: open that file (once unsaved changes are dealt with) or not. */
  answerOpen(token: string, accept: boolean): Promise<ApiResult<OpenedDocument | null>>
  /** A file dropped on the window (a session or a CSV). */
  openDroppedFile(file: File): Promise<ApiResult<OpenedDocument | null>>
  /** A new, untitled document: the window forgets its file. */
  newDocument(): Promise<ApiResult<null>>
  /**
   * Keeps the work in the app's own storage (never beside the user's file), for recovery. The
   * session is handed over, as to saveSession.
   */
  backupSession(session: Session): Promise<ApiResult<null>>
  /** The window's title and unsaved-changes mark, and what the close prompt needs to know. */
  setDocumentState(state: DocumentState): Promise<ApiResult<null>>
  /** After a 'closeRequested' event: close now (saved, or the user discards the changes) or stay. */
  answerClose(token: string, close: boolean): Promise<ApiResult<null>>
  /** After a 'recoveryOffered' event: restore that work (its document) or discard it (null). */
  answerRecovery(restore: boolean): Promise<ApiResult<OpenedDocument | null>>
  /** Saves an export through a Save dialog (desktop) or as a download (web). Null: cancelled. */
  exportFile(file: ExportFile): Promise<ApiResult<DocumentName | null>>
  /**
   * The run's one-page report (components/report): the desktop app renders the window to a PDF
   * (print media) and saves it through a Save dialog, offering `suggestedName`; the web edition
   * opens the browser's print dialog, whose "Save as PDF" does the same (the value is then null).
   * Null: the user cancelled the dialog (nothing was written).
   */
  printReport(request: ReportRequest): Promise<ApiResult<DocumentName | null>>
  /** Returns an unsubscribe function. */
  onDocumentEvent(listener: (event: DocumentEvent) => void): () => void
}
