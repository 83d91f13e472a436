// The answers of the document requests: a value, or 'documentFailed' carrying the problem for
// the page to say in its language (the message is English, for logs).
import type { ApiResult, DocumentProblem } from '@shared/contract'
import { describeSessionError } from '@shared/session'

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value })

export function failed<T>(problem: DocumentProblem): ApiResult<T> {
  const why =
    problem.kind === 'file'
      ? `${problem.reason}${problem.detail ? ` (${problem.detail})` : ''}`
      : describeSessionError(problem.error)
  return {
    ok: false,
    error: { code: 'documentFailed', message: `${problem.fileName}: ${why}`, problem }
  }
}

/** An answer to a question main is not asking (answered already, expired, or never asked). */
export function unknownToken<T>(): ApiResult<T> {
  return {
    ok: false,
    error: { code: 'invalidPayload', field: 'token', message: 'no open question has this token' }
  }
}
