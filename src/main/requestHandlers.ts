// What each validated request does: training requests go to the TrainingService of the calling
// window, the rest to the desktop shell (menu language, the system browser, the printed report).
import type {
  ApiResult,
  DocumentName,
  ReportRequest,
  RunCommand,
  ShellPreferences,
  TrainRequest
} from '@shared/contract'
import type { DocumentMethod } from '@shared/channels'
import type { RequestHandlers } from './ipc'

/** The window's document (files, backups, recovery, exports): one handler per document request. */
export type DocumentPort = Pick<RequestHandlers, DocumentMethod>

/** The part of TrainingService (./training/service.ts) that requests reach. */
export interface TrainingPort {
  train(ownerId: number, request: TrainRequest): Promise<ApiResult<{ runId: string }>>
  command(ownerId: number, runId: string, command: RunCommand): Promise<ApiResult<null>>
}

export interface ShellPort {
  /** The menus follow the window's language and theme. */
  setMenuPreferences(preferences: ShellPreferences): void
  /** False when the URL is not on the allow-list (and so was not opened). */
  openAllowedLink(url: string): Promise<boolean>
  /** The window's report as a PDF, saved through a Save dialog (./report/printReport.ts). */
  printReport(ownerId: number, request: ReportRequest): Promise<ApiResult<DocumentName | null>>
}

const done: ApiResult<null> = { ok: true, value: null }

export function createRequestHandlers(
  training: TrainingPort,
  shell: ShellPort,
  documents: DocumentPort
): RequestHandlers {
  return {
    ...documents,
    train: (owner, request) => training.train(owner, request),
    command: (owner, { runId, command }) => training.command(owner, runId, command),
    setPreferences: async (_owner, preferences) => {
      shell.setMenuPreferences(preferences)
      return done
    },
    printReport: (owner, request) => shell.printReport(owner, request),
    openExternal: async (_owner, { url }) =>
      (await shell.openAllowedLink(url))
        ? done
        : {
            ok: false,
            error: { code: 'invalidPayload', field: 'url', message: 'not an allowed link' }
          }
  }
}
