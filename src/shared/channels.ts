// Every IPC channel between the renderer and main, declared once. The maps are keyed by LabApi's
// method names, so a method added to LabApi without a channel here fails to compile. What
// crosses is the bridge's shape (./bridge.ts: a session's texts packed); main's handlers get and
// answer LabApi's.
import type { ElectronBridge } from './bridge'
import type {
  DocumentState,
  ExportFile,
  LabApi,
  ReportRequest,
  RunCommand,
  Session,
  ShellPreferences,
  TrainRequest
} from './contract'
import type { WireSession } from './session/packedTexts'

type Method = Exclude<keyof LabApi, 'platform'>
/** LabApi's subscriptions (`onFrame`, `onMenuCommand`): main pushes on one channel each. */
export type EventMethod = Extract<Method, `on${string}`>
/** LabApi's requests: one `ipcRenderer.invoke` / `ipcMain.handle` pair each. */
export type InvokeMethod = Exclude<Method, EventMethod>
/** The requests about the window's document (./documents.ts). */
export type DocumentMethod =
  | 'saveSession'
  | 'openDocument'
  | 'answerOpen'
  | 'openDroppedFile'
  | 'newDocument'
  | 'backupSession'
  | 'setDocumentState'
  | 'answerClose'
  | 'answerRecovery'
  | 'exportFile'

export type Channel = `lab:${string}`

export const invokeChannels = {
  train: 'lab:train',
  command: 'lab:command',
  setPreferences: 'lab:set-preferences',
  openExternal: 'lab:open-external',
  saveSession: 'lab:save-session',
  openDocument: 'lab:open-document',
  answerOpen: 'lab:answer-open',
  openDroppedFile: 'lab:open-dropped-file',
  newDocument: 'lab:new-document',
  backupSession: 'lab:backup-session',
  setDocumentState: 'lab:set-document-state',
  answerClose: 'lab:answer-close',
  answerRecovery: 'lab:answer-recovery',
  exportFile: 'lab:export-file',
  printReport: 'lab:print-report'
} as const satisfies Record<InvokeMethod, Channel>

export const eventChannels = {
  onFrame: 'lab:frame',
  onMenuCommand: 'lab:menu-command',
  onDocumentEvent: 'lab:document-event'
} as const satisfies Record<EventMethod, Channel>

/**
 * The one argument each request sends over IPC (positional LabApi arguments become fields), as it
 * crosses: a session's texts packed.
 */
export interface InvokePayloads {
  train: TrainRequest
  command: { runId: string; command: RunCommand }
  setPreferences: ShellPreferences
  openExternal: { url: string }
  saveSession: { session: WireSession; as: boolean }
  openDocument: Record<string, never>
  answerOpen: { token: string; accept: boolean }
  /**
   * The preload turns the dropped File into its path (webUtils.getPathForFile): the page never
   * sees it. Main opens it only if it is a file with a session's or a CSV's extension.
   */
  openDroppedFile: { path: string }
  newDocument: Record<string, never>
  backupSession: { session: WireSession }
  setDocumentState: DocumentState
  answerClose: { token: string; close: boolean }
  answerRecovery: { restore: boolean }
  exportFile: ExportFile
  printReport: ReportRequest
}

/** Each request's payload as main's handler gets it: validated, its session whole again. */
export type RequestPayloads = Omit<InvokePayloads, 'saveSession' | 'backupSession'> & {
  saveSession: { session: Session; as: boolean }
  backupSession: { session: Session }
}

/** What each request resolves to as it crosses: what the bridge promises. */
export type InvokeResult<M extends InvokeMethod> = Awaited<ReturnType<ElectronBridge[M]>>

/** What main's handler answers (main packs it to cross): exactly what LabApi promises. */
export type RequestResult<M extends InvokeMethod> = Awaited<ReturnType<LabApi[M]>>

/** What main pushes on each event channel: what the bridge's listener receives. */
export type EventPayload<M extends EventMethod> = Parameters<Parameters<ElectronBridge[M]>[0]>[0]

// InvokePayloads must cover exactly the request methods.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Expect<T extends true> = T
export type _PayloadsCoverEveryRequest = Expect<SameKeys<keyof InvokePayloads, InvokeMethod>>
