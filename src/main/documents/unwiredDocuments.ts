// PLACEHOLDER until the desktop document service lands (issue 10): every document request is
// refused with an internal error, so the contract compiles and nothing pretends to save. The
// document service replaces this file.
import type { DocumentPort } from '../requestHandlers'

const refusal = async () =>
  ({ ok: false, error: { code: 'internal', message: 'documents are not wired yet' } }) as const

export function unwiredDocuments(): DocumentPort {
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
    exportFile: refusal
  }
}
