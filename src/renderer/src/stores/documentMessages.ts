// What the document bar tells the user after a document action, as data for the view to
// translate (see components/document/documentMessageText.ts).
import type { ApiError, DocumentProblem } from '@shared/contract'

/** The action that failed, for the message's first words ("Could not save ..."). */
export type DocumentAction = 'save' | 'open' | 'new' | 'backup' | 'recover'

export type DocumentMessage =
  | { kind: 'saved'; fileName: string }
  | { kind: 'opened'; fileName: string | null }
  | { kind: 'restored'; fileName: string | null }
  | { kind: 'newDocument' }
  /** A file's or a session's problem, from the platform: the work open stays as it was. */
  | { kind: 'problem'; action: DocumentAction; problem: DocumentProblem }
  /** Any other refusal (a bug, a platform that could not answer). */
  | { kind: 'failed'; action: DocumentAction; error: ApiError }

/** The message for a refused request: its problem when it names one. */
export function failureMessage(action: DocumentAction, error: ApiError): DocumentMessage {
  return error.problem
    ? { kind: 'problem', action, problem: error.problem }
    : { kind: 'failed', action, error }
}
