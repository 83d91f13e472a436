// A DocumentPort for tests of other areas: every document request answers "nothing done".
import type { DocumentPort } from '../../../src/main/requestHandlers'

export function stubDocuments(): DocumentPort {
  const nothing = async () => ({ ok: true as const, value: null })
  return {
    saveSession: nothing,
    openDocument: nothing,
    answerOpen: nothing,
    openDroppedFile: nothing,
    newDocument: nothing,
    backupSession: nothing,
    setDocumentState: nothing,
    answerClose: nothing,
    answerRecovery: nothing,
    exportFile: nothing
  }
}
