// PLACEHOLDER until the web edition's documents land (issue 10): downloads, uploads, the File
// System Access API and IndexedDB backups. Every document request is refused with an internal
// error, so the contract compiles and nothing pretends to save. The web document module replaces
// this file.
import type { ApiResult, LabApi } from '@shared/contract'

type DocumentMethods = Pick<
  LabApi,
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
  | 'onDocumentEvent'
>

const refusal = async (): Promise<ApiResult<never>> => ({
  ok: false,
  error: { code: 'internal', message: 'documents are not wired yet' }
})

export function createWebDocuments(): DocumentMethods {
  return {
    saveSession: refusal,
    openDocument: refusal,
    answerOpen: refusal,
    openDroppedFile: refusal,
    newDocument: refusal,
    backupSession: refusal,
    setDocumentState: refusal,
    answerClose: refusal,
    answerRecovery: refusal,
    exportFile: refusal,
    onDocumentEvent: () => () => undefined
  }
}
