// How main's answer to each request crosses back to the page: as it is, or, for an opened
// document, with its session's texts packed (what the page's thread would otherwise deserialize
// and copy across contextBridge as 100,000 small arrays: @shared/bridge). One entry per request,
// so a new request must say how its answer crosses.
import type { InvokeMethod, InvokeResult, RequestResult } from '@shared/channels'
import { wireOpenedAnswer } from '@shared/bridge'

const asItIs = <T>(answer: T): T => answer

export const answerWires: {
  [M in InvokeMethod]: (answer: RequestResult<M>) => InvokeResult<M>
} = {
  train: asItIs,
  command: asItIs,
  setPreferences: asItIs,
  openExternal: asItIs,
  saveSession: asItIs,
  openDocument: wireOpenedAnswer,
  answerOpen: wireOpenedAnswer,
  openDroppedFile: wireOpenedAnswer,
  newDocument: asItIs,
  backupSession: asItIs,
  setDocumentState: asItIs,
  answerClose: asItIs,
  answerRecovery: wireOpenedAnswer,
  exportFile: asItIs,
  printReport: asItIs
}
